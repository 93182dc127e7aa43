// 认定 and 退出 of 就业困难人员. 认定 asks the server which categories apply at the chosen date (age from the ID
// number, certificate, household, flags…) and ticks them with the reason; the clerk checks the papers and confirms.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import { DateField } from '@renderer/components/DateField';
import { TextField } from '@renderer/components/TextField';
import { DIFFICULTY, type DifficultyCode } from '@shared/codes/index';
import { isValidIsoDate } from '@shared/domain/dates';
import { splitDifficultyCodes } from '@shared/domain/difficulty';
import { ActionMessage, DialogActions, type ActionDialogProps } from './dialogParts';
import { todayDate, typedDate } from './format';
import { useAction } from './useAction';

type Suggestions = { atDate: string; reasons: Map<string, string> } | null;

export function RecogniseDialog({ person, caller, onClose, onDone, onReload }: ActionDialogProps) {
  const current = person.difficultyExitOn ? [] : splitDifficultyCodes(person.difficulty);
  const [recognisedOn, setRecognisedOn] = useState(todayDate);
  const [ticked, setTicked] = useState<Set<string>>(() => new Set(current));
  const touched = useRef(false);
  const [suggestions, setSuggestions] = useState<Suggestions>(null);
  const [enabled, setEnabled] = useState<Set<string> | null>(null);
  const action = useAction(caller, 'persons:recognise-difficulty');

  // Which categories the county uses; if the settings cannot be read, all are offered and the server decides.
  useEffect(() => {
    let live = true;
    void caller('settings:get', {}).then((result) => {
      if (live && result.ok) setEnabled(new Set(result.value.difficulty.enabled));
    });
    return () => {
      live = false;
    };
  }, [caller]);

  useEffect(() => {
    const atDate = typedDate(recognisedOn);
    if (!isValidIsoDate(atDate)) return undefined;
    let live = true;
    void caller('persons:suggest-difficulty', { id: person.id, atDate }).then((result) => {
      if (!live || !result.ok) return;
      setSuggestions({ atDate, reasons: new Map(result.value.map((s) => [s.code, s.reason])) });
      // The suggestion is ticked until the clerk decides otherwise; after that a new date only updates the reasons.
      if (!touched.current) setTicked(new Set([...current, ...result.value.map((s) => s.code)]));
    });
    return () => {
      live = false;
    };
    // `current` is read when the answer arrives on purpose: it only changes with a reload, which closes the dialog
  }, [caller, person.id, recognisedOn]);

  const toggle = (code: string, on: boolean) => {
    touched.current = true;
    setTicked((old) => {
      const next = new Set(old);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });
    action.clearField('codes');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const codes = DIFFICULTY.map((entry) => entry.code).filter((code) => ticked.has(code));
    const input = { id: person.id, version: person.version, codes, recognisedOn: typedDate(recognisedOn) };
    if (await action.run(input)) onDone(`已认定 ${person.name} 为就业困难人员（${recognisedOn}）`);
  };

  const offered = DIFFICULTY.filter((entry) => !enabled || enabled.has(entry.code) || ticked.has(entry.code));
  return (
    <Dialog title={`认定就业困难人员：${person.name}`} onClose={onClose} width={640}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ActionMessage action={action} onReload={onReload} />
        <DateField
          id="ps-recognisedOn"
          label="认定日期"
          required
          value={recognisedOn}
          error={action.errors.recognisedOn}
          hint="年龄等条件按认定日期计算；改日期会重新给出建议"
          onChange={(value) => {
            setRecognisedOn(value);
            action.clearField('recognisedOn');
          }}
        />
        <fieldset className="ps-categories" aria-describedby={action.errors.codes ? 'ps-codes-error' : undefined}>
          <legend>困难类别（已按系统建议勾选，请对照材料确认）</legend>
          {offered.map((entry) => (
            <CategoryRow
              key={entry.code}
              code={entry.code}
              label={entry.name}
              reason={suggestions?.reasons.get(entry.code)}
              checked={ticked.has(entry.code)}
              onChange={(on) => toggle(entry.code, on)}
            />
          ))}
          {suggestions && suggestions.reasons.size === 0 ? (
            <p className="muted">按现有登记信息，系统没有找到符合的类别；如有证明材料，可手工勾选。</p>
          ) : null}
          {action.errors.codes ? (
            <div id="ps-codes-error" className="field-error">
              {action.errors.codes}
            </div>
          ) : null}
        </fieldset>
        <DialogActions busy={action.busy} confirm="确认认定" onCancel={onClose} />
      </form>
    </Dialog>
  );
}

type CategoryRowProps = {
  code: DifficultyCode;
  label: string;
  reason: string | undefined;
  checked: boolean;
  onChange: (on: boolean) => void;
};

function CategoryRow({ code, label, reason, checked, onChange }: CategoryRowProps) {
  return (
    <label className={reason ? 'ps-category ps-category-suggested' : 'ps-category'}>
      <input
        type="checkbox"
        checked={checked}
        aria-describedby={reason ? `ps-reason-${code}` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>{label}</span>
      {reason ? (
        <span id={`ps-reason-${code}`} className="ps-reason">
          建议：{reason}
        </span>
      ) : null}
    </label>
  );
}

export function EndDifficultyDialog({ person, caller, onClose, onDone, onReload }: ActionDialogProps) {
  const [exitOn, setExitOn] = useState(todayDate);
  const [reason, setReason] = useState('');
  const action = useAction(caller, 'persons:end-difficulty');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { id: person.id, version: person.version, exitOn: typedDate(exitOn), reason };
    if (await action.run(input)) onDone(`${person.name} 已退出就业困难人员（${exitOn}）`);
  };
  return (
    <Dialog title={`就业困难人员退出：${person.name}`} onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ActionMessage action={action} onReload={onReload} />
        <DateField
          id="ps-exitOn"
          label="退出日期"
          required
          value={exitOn}
          error={action.errors.exitOn}
          onChange={(value) => {
            setExitOn(value);
            action.clearField('exitOn');
          }}
        />
        <TextField
          id="ps-exitReason"
          label="退出原因"
          required
          maxLength={200}
          value={reason}
          error={action.errors.reason}
          hint="如：已实现稳定就业、不再符合认定条件"
          onChange={(value) => {
            setReason(value);
            action.clearField('reason');
          }}
        />
        <DialogActions busy={action.busy} confirm="确认退出" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
