import { TextField } from '@renderer/components/TextField';
import type { FieldErrors } from '@renderer/components/fieldErrors';
import type { SetupDraft } from './setupDraft';

type StepProps = {
  draft: SetupDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<SetupDraft>, field: string) => void;
};

export function StepTownship({ draft, errors, onChange }: StepProps) {
  return (
    <fieldset className="wizard-fieldset">
      <legend className="wizard-legend">本站所在的县（市、区）和乡镇（街道）</legend>
      <p className="muted wizard-intro">
        代码按国家统计局《统计用区划代码》填写，可向县人社局就业服务中心索取。填写后，季度报送时县里的系统才能认出本站。
      </p>
      <TextField
        id="setup-county-code"
        label="县（市、区）代码"
        required
        autoFocus
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        value={draft.countyCode}
        error={errors.countyCode}
        hint="6 位数字，例如 130123"
        onChange={(countyCode) => onChange({ countyCode }, 'countyCode')}
      />
      <TextField
        id="setup-township-code"
        label="乡镇（街道）代码"
        required
        inputMode="numeric"
        autoComplete="off"
        maxLength={15}
        value={draft.townshipCode}
        error={errors.townshipCode}
        hint="9 位数字，前 6 位是县代码，例如 130123100"
        onChange={(townshipCode) => onChange({ townshipCode }, 'townshipCode')}
      />
      <TextField
        id="setup-township-name"
        label="乡镇（街道）名称"
        required
        autoComplete="off"
        maxLength={60}
        value={draft.townshipName}
        error={errors.townshipName}
        hint="例如：正定镇"
        onChange={(townshipName) => onChange({ townshipName }, 'townshipName')}
      />
    </fieldset>
  );
}
