// 我的账号 (everyone): the clerk changes their own password, proving the old one first, so a passer-by at a PC left
// logged in cannot take the account over.
import { useState, type FormEvent } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { TextField } from '@renderer/components/TextField';
import { hasErrors, issuesToFieldErrors, type FieldErrors } from '@renderer/components/fieldErrors';
import { ROLE_LABELS, channels, type SessionUser } from '@shared/contract';
import { PasswordFields, confirmProblem } from './PasswordFields';
import type { Caller } from './request';

export function AccountTab({ caller, user }: { caller: Caller; user: SessionUser }) {
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const clear = (field: string) => setErrors(({ [field]: _, ...rest }) => rest);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setDone(null);
    const input = { oldPassword, newPassword };
    const parsed = channels['auth:change-password'].input.safeParse(input);
    const problems = {
      ...(parsed.success ? {} : issuesToFieldErrors(parsed.error.issues)),
      ...confirmProblem(newPassword, confirm),
    };
    if (!parsed.success || hasErrors(problems)) {
      setErrors(problems);
      setMessage('请按红色提示修改。');
      return;
    }
    setBusy(true);
    const result = await caller('auth:change-password', parsed.data);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      setMessage(result.error.message);
      return;
    }
    setOldPassword('');
    setNewPassword('');
    setConfirm('');
    setErrors({});
    setMessage(null);
    setDone('密码已修改，下次登录请使用新密码。');
  };

  return (
    <div className="st-narrow">
      <dl className="rc-facts">
        <dt>登录名</dt>
        <dd>{user.username}</dd>
        <dt>姓名</dt>
        <dd>{user.displayName}</dd>
        <dt>角色</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
      </dl>
      <h2 className="st-h2">修改密码</h2>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <FormAlert message={message} />
        <FormAlert message={done} tone="success" />
        <TextField
          id="account-old-password"
          label="原密码"
          type="password"
          autoComplete="current-password"
          required
          value={oldPassword}
          error={errors.oldPassword}
          onChange={(value) => {
            setOldPassword(value);
            clear('oldPassword');
          }}
        />
        <PasswordFields
          idPrefix="account"
          field="newPassword"
          label="新密码"
          value={newPassword}
          confirm={confirm}
          errors={errors}
          onChange={(value) => {
            setNewPassword(value);
            clear('newPassword');
          }}
          onConfirmChange={(value) => {
            setConfirm(value);
            clear('confirm');
          }}
        />
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? '正在保存……' : '修改密码'}
        </button>
      </form>
    </div>
  );
}
