// The three changes of a registration: 登记就业 and 注销登记 end it, 重新登记 starts a new one. Each carries the
// version the clerk saw, so a change made meanwhile by another clerk is refused rather than overwritten.
import { useState, type FormEvent } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import { DateField } from '@renderer/components/DateField';
import { SelectField } from '@renderer/components/SelectField';
import { TextField } from '@renderer/components/TextField';
import { CANCEL_REASON, EMPLOYMENT_TYPE } from '@shared/codes/index';
import { ActionMessage, DialogActions, type ActionDialogProps } from './dialogParts';
import { todayDate, typedDate } from './format';
import { useAction } from './useAction';

export function EmployDialog({ person, caller, onClose, onDone, onReload }: ActionDialogProps) {
  const [employedOn, setEmployedOn] = useState(todayDate);
  const [employmentType, setEmploymentType] = useState('');
  const [employer, setEmployer] = useState('');
  const action = useAction(caller, 'persons:employ');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      id: person.id,
      version: person.version,
      employedOn: typedDate(employedOn),
      employmentType,
      employer,
    };
    if (await action.run(input)) onDone(`已为 ${person.name} 登记就业（${employedOn}）`);
  };
  return (
    <Dialog title={`登记就业：${person.name}`} onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ActionMessage action={action} onReload={onReload} />
        <DateField
          id="ps-employedOn"
          label="就业日期"
          required
          value={employedOn}
          error={action.errors.employedOn}
          hint={person.registeredOn ? `不早于失业登记日期 ${person.registeredOn}` : undefined}
          onChange={(value) => {
            setEmployedOn(value);
            action.clearField('employedOn');
          }}
        />
        <SelectField
          id="ps-employmentType"
          label="就业形式"
          required
          value={employmentType}
          options={EMPLOYMENT_TYPE}
          error={action.errors.employmentType}
          onChange={(value) => {
            setEmploymentType(value);
            action.clearField('employmentType');
          }}
        />
        <TextField
          id="ps-employer"
          label="就业单位"
          maxLength={100}
          value={employer}
          error={action.errors.employer}
          hint="灵活就业、自主创业可不填"
          onChange={setEmployer}
        />
        <DialogActions busy={action.busy} confirm="确认登记就业" onCancel={onClose} />
      </form>
    </Dialog>
  );
}

export function CancelDialog({ person, caller, onClose, onDone, onReload }: ActionDialogProps) {
  const [cancelledOn, setCancelledOn] = useState(todayDate);
  const [cancelReason, setCancelReason] = useState('');
  const [note, setNote] = useState('');
  const action = useAction(caller, 'persons:cancel');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { id: person.id, version: person.version, cancelledOn: typedDate(cancelledOn), cancelReason, note };
    if (await action.run(input)) onDone(`已注销 ${person.name} 的失业登记（${cancelledOn}）`);
  };
  return (
    <Dialog title={`注销登记：${person.name}`} onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ActionMessage action={action} onReload={onReload} />
        <DateField
          id="ps-cancelledOn"
          label="注销日期"
          required
          value={cancelledOn}
          error={action.errors.cancelledOn}
          onChange={(value) => {
            setCancelledOn(value);
            action.clearField('cancelledOn');
          }}
        />
        <SelectField
          id="ps-cancelReason"
          label="注销原因"
          required
          value={cancelReason}
          options={CANCEL_REASON}
          error={action.errors.cancelReason}
          hint="找到工作的请用“登记就业”，不要在此注销"
          onChange={(value) => {
            setCancelReason(value);
            action.clearField('cancelReason');
          }}
        />
        <TextField
          id="ps-cancelNote"
          label="说明"
          maxLength={200}
          value={note}
          error={action.errors.note}
          onChange={setNote}
        />
        <DialogActions busy={action.busy} confirm="确认注销" onCancel={onClose} />
      </form>
    </Dialog>
  );
}

export function ReregisterDialog({ person, caller, onClose, onDone, onReload }: ActionDialogProps) {
  const [registeredOn, setRegisteredOn] = useState(todayDate);
  const [unemploymentReason, setReason] = useState('');
  const action = useAction(caller, 'persons:reregister');
  const ended = person.status === '2' ? person.employedOn : person.cancelledOn;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { id: person.id, version: person.version, registeredOn: typedDate(registeredOn), unemploymentReason };
    if (await action.run(input)) onDone(`已为 ${person.name} 重新登记失业（${registeredOn}）`);
  };
  return (
    <Dialog title={`重新登记失业：${person.name}`} onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ActionMessage action={action} onReload={onReload} />
        <p className="muted ps-dialog-intro">上一次登记的就业或注销情况会保留在变更记录中。</p>
        <DateField
          id="ps-reregisteredOn"
          label="重新登记日期"
          required
          value={registeredOn}
          error={action.errors.registeredOn}
          hint={ended ? `不早于上次${person.status === '2' ? '就业' : '注销'}日期 ${ended}` : undefined}
          onChange={(value) => {
            setRegisteredOn(value);
            action.clearField('registeredOn');
          }}
        />
        <TextField
          id="ps-reregisterReason"
          label="失业原因"
          maxLength={200}
          value={unemploymentReason}
          error={action.errors.unemploymentReason}
          hint="不填则沿用原来的失业原因"
          onChange={setReason}
        />
        <DialogActions busy={action.busy} confirm="确认重新登记" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
