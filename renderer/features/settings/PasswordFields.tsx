// A new password typed twice, with the rule in view before the clerk starts typing (not only after a refusal).
import { TextField } from '@renderer/components/TextField';
import type { FieldErrors } from '@renderer/components/fieldErrors';
import { PASSWORD_MIN_LENGTH } from '@shared/domain/password-policy';

export const PASSWORD_RULE = `至少 ${PASSWORD_MIN_LENGTH} 位，须包含大写字母、小写字母、数字、符号中的至少三种`;

type PasswordFieldsProps = {
  idPrefix: string;
  /** The path the server uses for the new password: `password` or `newPassword`. */
  field: string;
  label: string;
  value: string;
  confirm: string;
  errors: FieldErrors;
  onChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
};

export function PasswordFields(props: PasswordFieldsProps) {
  const { idPrefix, field, label, value, confirm, errors } = props;
  return (
    <>
      <TextField
        id={`${idPrefix}-password`}
        label={label}
        type="password"
        autoComplete="new-password"
        required
        value={value}
        error={errors[field]}
        hint={PASSWORD_RULE}
        onChange={props.onChange}
      />
      <TextField
        id={`${idPrefix}-confirm`}
        label={`再次输入${label}`}
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        error={errors.confirm}
        onChange={props.onConfirmChange}
      />
    </>
  );
}

/** The confirmation is the renderer's own check: the server never sees it. */
export function confirmProblem(value: string, confirm: string): FieldErrors {
  return value === confirm ? {} : { confirm: '两次输入的密码不一致' };
}
