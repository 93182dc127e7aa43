// 删除: only for a record entered by mistake or a duplicate of another person (then the kept record is named). The
// record leaves every register but stays in the change history; nothing is deleted for a person who simply left.
import { useEffect, useState, type FormEvent } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import { TextField } from '@renderer/components/TextField';
import { ActionMessage, DialogActions, type ActionDialogProps } from './dialogParts';
import { useAction } from './useAction';

type Kept = { id: number | null; text: string } | null;

export function DeleteDialog({ person, caller, onClose, onDone, onReload }: ActionDialogProps) {
  const [reason, setReason] = useState<'error' | 'duplicate'>('error');
  const [keptId, setKeptId] = useState('');
  const [kept, setKept] = useState<Kept>(null);
  const action = useAction(caller, 'persons:delete');
  const typed = keptId.trim();

  // The kept record is named by its 人员编号 or its ID number; its name is shown, so a mistyped one is noticed
  // before the duplicate is removed.
  useEffect(() => {
    setKept(null);
    if (reason !== 'duplicate' || !/^\d+[Xx]?$/.test(typed)) return undefined;
    let live = true;
    const find = async (): Promise<Kept> => {
      if (typed.length < 15) {
        const result = await caller('persons:get', { id: Number(typed) });
        return result.ok
          ? { id: result.value.id, text: `${result.value.name}（${result.value.idNumber}）` }
          : { id: null, text: result.error.message };
      }
      const result = await caller('persons:lookup', { idNumber: typed });
      if (!result.ok) return { id: null, text: result.error.message };
      const existing = result.value.existing;
      return existing
        ? { id: existing.id, text: `${existing.name}（编号 ${existing.id}）` }
        : { id: null, text: '没有以此身份证号登记的人员' };
    };
    void find().then((found) => {
      if (live) setKept(found);
    });
    return () => {
      live = false;
    };
  }, [caller, reason, typed]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      id: person.id,
      version: person.version,
      reason,
      ...(reason === 'duplicate' && kept?.id ? { mergedIntoId: kept.id } : {}),
    };
    if (await action.run(input)) onDone(`已删除 ${person.name} 的记录`);
  };

  const keptError = action.errors.mergedIntoId;
  return (
    <Dialog title={`删除人员记录：${person.name}`} onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ActionMessage action={action} onReload={onReload} />
        <p className="ps-dialog-intro">
          删除后，该记录将从所有名册中去掉（变更记录中仍可查到）。已就业、已迁出等情况请用“登记就业”或“注销登记”，不要删除。
        </p>
        <fieldset className="ps-radios">
          <legend>删除原因</legend>
          <label className="ps-check">
            <input
              type="radio"
              name="ps-delete-reason"
              checked={reason === 'error'}
              onChange={() => setReason('error')}
            />
            录入错误（本不该登记此人）
          </label>
          <label className="ps-check">
            <input
              type="radio"
              name="ps-delete-reason"
              checked={reason === 'duplicate'}
              onChange={() => setReason('duplicate')}
            />
            重复记录（同一人已有另一条记录）
          </label>
        </fieldset>
        {reason === 'duplicate' ? (
          <TextField
            id="ps-mergedIntoId"
            label="保留的那条记录"
            required
            autoComplete="off"
            value={keptId}
            error={keptError}
            hint={kept ? `${kept.id ? '保留：' : ''}${kept.text}` : '输入其身份证号，或人员编号（人员页上方所示）'}
            onChange={(value) => {
              setKeptId(value);
              action.clearField('mergedIntoId');
            }}
          />
        ) : null}
        <DialogActions busy={action.busy} confirm="确认删除" danger onCancel={onClose} />
      </form>
    </Dialog>
  );
}
