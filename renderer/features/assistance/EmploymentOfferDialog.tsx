// After a placement (结果 已就业) the server offers to mark the person employed with the action's date, employer and
// form of employment. The clerk sees the values, may correct them, and confirms; 暂不登记 leaves the register as it is.
import { useState } from 'react';
import { DateField } from '@renderer/components/DateField';
import { Dialog } from '@renderer/components/Dialog';
import { FormAlert } from '@renderer/components/FormAlert';
import { SelectField } from '@renderer/components/SelectField';
import { TextField } from '@renderer/components/TextField';
import type { FieldErrors } from '@renderer/components/fieldErrors';
import { EMPLOYMENT_TYPE, isCode } from '@shared/codes/index';
import type { EmploymentOffer } from '@shared/contract';
import type { Caller } from './request';

type Props = {
  offer: EmploymentOffer;
  caller: Caller;
  /** employed: true once the register says 已就业 */
  onDone: (employed: boolean) => void;
};

export function EmploymentOfferDialog({ offer, caller, onDone }: Props) {
  const [employedOn, setEmployedOn] = useState(offer.employedOn);
  const [employer, setEmployer] = useState(offer.employer ?? '');
  const [employmentType, setEmploymentType] = useState<string>(offer.employmentType);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (!isCode(EMPLOYMENT_TYPE, employmentType)) {
      setErrors({ employmentType: '请选择就业形式' });
      return;
    }
    setBusy(true);
    const result = await caller('persons:employ', {
      id: offer.personId,
      version: offer.version,
      employedOn,
      employmentType,
      employer,
    });
    setBusy(false);
    if (result.ok) {
      onDone(true);
      return;
    }
    setErrors(result.error.fields ?? {});
    setMessage(result.error.message);
  };

  return (
    <Dialog title="登记就业" onClose={() => onDone(false)}>
      <p className="as-offer-question">
        是否同时将 <strong>{offer.name}</strong> 登记为已就业（日期、单位、就业形式）？
      </p>
      <FormAlert message={message} />
      <DateField
        id="as-offer-date"
        label="就业日期"
        required
        value={employedOn}
        onChange={setEmployedOn}
        error={errors.employedOn}
      />
      <TextField
        id="as-offer-employer"
        label="就业单位"
        value={employer}
        maxLength={100}
        onChange={setEmployer}
        error={errors.employer}
      />
      <SelectField
        id="as-offer-type"
        label="就业形式"
        required
        value={employmentType}
        options={EMPLOYMENT_TYPE}
        onChange={setEmploymentType}
        error={errors.employmentType}
      />
      <div className="actions">
        <button type="button" className="btn" onClick={() => onDone(false)}>
          暂不登记
        </button>
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void confirm()}>
          确认
        </button>
      </div>
    </Dialog>
  );
}
