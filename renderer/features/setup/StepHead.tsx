import { TextField } from '@renderer/components/TextField';
import type { FieldErrors } from '@renderer/components/fieldErrors';
import { PASSWORD_MIN_LENGTH } from '@shared/domain/password-policy';
import type { SetupDraft } from './setupDraft';

type StepProps = {
  draft: SetupDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<SetupDraft>, field: string) => void;
};

const PASSWORD_RULE = `至少 ${PASSWORD_MIN_LENGTH} 位，并包含大写字母、小写字母、数字、符号中的至少三种`;

export function StepHead({ draft, errors, onChange }: StepProps) {
  return (
    <fieldset className="wizard-fieldset">
      <legend className="wizard-legend">第一个用户：本站负责人</legend>
      <p className="muted wizard-intro">
        负责人可以添加经办人、修改设置。设置完成后将以负责人身份自动登录。请牢记密码，忘记后只能由负责人重新设置。
      </p>
      <div className="field-grid">
        <TextField
          id="setup-username"
          label="登录名"
          required
          autoFocus
          autoComplete="username"
          value={draft.username}
          error={errors['head.username']}
          hint="用字母或数字，例如姓名拼音 zhangsan"
          onChange={(username) => onChange({ username }, 'head.username')}
        />
        <TextField
          id="setup-display-name"
          label="姓名"
          required
          autoComplete="name"
          value={draft.displayName}
          error={errors['head.displayName']}
          onChange={(displayName) => onChange({ displayName }, 'head.displayName')}
        />
        <TextField
          id="setup-password"
          label="密码"
          required
          type="password"
          autoComplete="new-password"
          value={draft.password}
          error={errors['head.password']}
          hint={PASSWORD_RULE}
          onChange={(password) => onChange({ password }, 'head.password')}
        />
        <TextField
          id="setup-password-confirm"
          label="确认密码"
          required
          type="password"
          autoComplete="new-password"
          value={draft.confirmPassword}
          error={errors['head.confirmPassword']}
          onChange={(confirmPassword) => onChange({ confirmPassword }, 'head.confirmPassword')}
        />
      </div>
    </fieldset>
  );
}
