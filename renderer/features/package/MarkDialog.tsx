// Records the county's verdict on a package. A return needs its reason (the county's note is what the next
// revision must fix); an acceptance says what it changes: the next quarter compares with this package.
import { useState, type FormEvent } from 'react';
import type { PackageEntry } from '@shared/contract';
import { Dialog } from '@renderer/components/Dialog';
import { FormAlert } from '@renderer/components/FormAlert';
import type { Caller } from '@renderer/components/useCaller';

export type MarkTarget = { entry: PackageEntry; status: 'accepted' | 'returned' };

type MarkDialogProps = { caller: Caller; target: MarkTarget; onClose: () => void; onDone: () => void };

export function MarkDialog({ caller, target, onClose, onDone }: MarkDialogProps) {
  const { entry, status } = target;
  const returning = status === 'returned';
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (returning && note.trim() === '') {
      setNoteError('请填写县局退回的原因，便于更正后重新报送');
      return;
    }
    setSaving(true);
    const result = await caller('packages:mark', { id: entry.id, status, note: note.trim() || undefined });
    setSaving(false);
    if (result.ok) onDone();
    else setError(result.error.message);
  };

  return (
    <Dialog title={returning ? '标记为被县局退回' : '标记为县局已接收'} onClose={onClose} width={560}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>
          报送包 <strong className="mono">{entry.fileName}</strong>（第 {entry.revision} 版）
        </p>
        {returning ? (
          <p className="muted">按退回原因修改记录（人员信息请保存为“更正”），再生成本季度的更正版本重新报送。</p>
        ) : (
          <p className="muted">标记后，下一季度报送包的变动标志（新增、变更、未变、删除）将以此包为对比基准。</p>
        )}
        <div className="field">
          <div className="field-label">
            <label htmlFor="mark-note">{returning ? '退回原因' : '备注'}</label>
            {returning ? (
              <span className="required" aria-hidden="true">
                *
              </span>
            ) : null}
          </div>
          <textarea
            id="mark-note"
            className="input"
            rows={3}
            maxLength={500}
            value={note}
            required={returning}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={noteError ? 'mark-note-error' : undefined}
            placeholder={returning ? '如：人员表第 12 行民族代码有误' : '如：县就业服务中心李科长电话告知已接收'}
            onChange={(event) => {
              setNote(event.target.value);
              setNoteError(null);
            }}
          />
          {noteError ? (
            <div id="mark-note-error" className="field-error">
              {noteError}
            </div>
          ) : null}
        </div>
        <FormAlert message={error} />
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {returning ? '确认退回' : '确认已接收'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
