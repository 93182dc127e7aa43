// New user / edit user / reset password. Checked here with the contract's own schema, then again by the server; a
// refusal such as "the last active head cannot be demoted" is shown in the server's words beside the field.
import { useState, type FormEvent } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import { FormAlert } from '@renderer/components/FormAlert';
import { SelectField } from '@renderer/components/SelectField';
import { TextField } from '@renderer/components/TextField';
import { hasErrors, issuesToFieldErrors, type FieldErrors } from '@renderer/components/fieldErrors';
import { ROLES, ROLE_LABELS, channels, type Role, type RpcError, type UserRowView } from '@shared/contract';
import { PasswordFields, confirmProblem } from './PasswordFields';
import type { Caller } from './request';

const ROLE_OPTIONS = ROLES.map((role) => ({ code: role, name: ROLE_LABELS[role] }));

type UserDialogProps = { caller: Caller; user?: UserRowView; onClose: () => void; onDone: (message: string) => void };

function useFailure() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const show = (next: FieldErrors, text: string | null) => {
    setErrors(next);
    setMessage(text);
  };
  const fromServer = (error: RpcError) => show(error.fields ?? {}, error.message);
  return { errors, message, show, fromServer, setErrors };
}

export function UserDialog({ caller, user, onClose, onDone }: UserDialogProps) {
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [role, setRole] = useState<Role | ''>(user?.role ?? 'clerk');
  const [active, setActive] = useState(user?.active ?? true);
  const [canViewFullId, setCanViewFullId] = useState(user?.canViewFullId ?? false);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const failure = useFailure();

  const create = async () => {
    const input = { username, displayName, role, canViewFullId, password };
    const parsed = channels['users:create'].input.safeParse(input);
    const problems = {
      ...(parsed.success ? {} : issuesToFieldErrors(parsed.error.issues)),
      ...confirmProblem(password, confirm),
    };
    if (!parsed.success || hasErrors(problems)) return failure.show(problems, '请按红色提示修改。');
    setBusy(true);
    const result = await caller('users:create', parsed.data);
    setBusy(false);
    if (result.ok) onDone(`已新增用户 ${result.value.displayName}（${result.value.username}）。`);
    else failure.fromServer(result.error);
  };

  const update = async (before: UserRowView) => {
    const changes = {
      ...(displayName.trim() !== before.displayName ? { displayName } : {}),
      ...(role !== before.role && role !== '' ? { role } : {}),
      ...(active !== before.active ? { active } : {}),
      ...(canViewFullId !== before.canViewFullId ? { canViewFullId } : {}),
    };
    if (Object.keys(changes).length === 0) return onClose();
    const parsed = channels['users:update'].input.safeParse({ id: before.id, ...changes });
    if (!parsed.success) return failure.show(issuesToFieldErrors(parsed.error.issues), '请按红色提示修改。');
    setBusy(true);
    const result = await caller('users:update', parsed.data);
    setBusy(false);
    if (result.ok) onDone(`已保存 ${result.value.displayName} 的修改。`);
    else failure.fromServer(result.error);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    void (user ? update(user) : create());
  };

  const { errors } = failure;
  const clear = (field: string) => failure.setErrors(({ [field]: _, ...rest }) => rest);
  return (
    <Dialog title={user ? `修改用户：${user.displayName}` : '新增用户'} onClose={onClose} width={520}>
      <form noValidate onSubmit={onSubmit}>
        <FormAlert message={failure.message} />
        {user ? (
          <p className="st-readonly-line">
            登录名：<strong>{user.username}</strong>
            <span className="muted">（登录名不能修改）</span>
          </p>
        ) : (
          <TextField
            id="user-username"
            label="登录名"
            required
            autoComplete="off"
            value={username}
            error={errors.username}
            hint="2–32 位字母、数字、下划线、点或连字符，例如 lisi"
            onChange={(value) => {
              setUsername(value);
              clear('username');
            }}
          />
        )}
        <TextField
          id="user-display-name"
          label="姓名"
          required
          autoComplete="off"
          value={displayName}
          error={errors.displayName}
          onChange={(value) => {
            setDisplayName(value);
            clear('displayName');
          }}
        />
        <SelectField
          id="user-role"
          label="角色"
          required
          emptyLabel={null}
          options={ROLE_OPTIONS}
          value={role}
          error={errors.role}
          hint="负责人：全部功能；经办人：登记和修改数据；只读：只能查看"
          onChange={(value) => {
            setRole(value as Role);
            clear('role');
          }}
        />
        <label className="st-check">
          <input
            type="checkbox"
            checked={role === 'head' || canViewFullId}
            disabled={role === 'head'}
            onChange={(event) => setCanViewFullId(event.target.checked)}
          />
          可以查看完整身份证号{role === 'head' ? '（负责人总能查看）' : ''}
        </label>
        {user ? (
          <>
            <label className="st-check">
              <input
                type="checkbox"
                checked={active}
                aria-invalid={errors.active ? true : undefined}
                onChange={(event) => {
                  setActive(event.target.checked);
                  clear('active');
                }}
              />
              在用（取消勾选即停用，停用后不能登录，记录保留）
            </label>
            {errors.active ? <div className="field-error">{errors.active}</div> : null}
          </>
        ) : (
          <PasswordFields
            idPrefix="user"
            field="password"
            label="初始密码"
            value={password}
            confirm={confirm}
            errors={errors}
            onChange={(value) => {
              setPassword(value);
              clear('password');
            }}
            onConfirmChange={(value) => {
              setConfirm(value);
              clear('confirm');
            }}
          />
        )}
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? '正在保存……' : '保存'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

type ResetProps = { caller: Caller; user: UserRowView; onClose: () => void; onDone: (message: string) => void };

/** For a user who forgot the password; it also lifts a lock. The head tells them the new one in person. */
export function ResetPasswordDialog({ caller, user, onClose, onDone }: ResetProps) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const failure = useFailure();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const parsed = channels['users:reset-password'].input.safeParse({ id: user.id, password });
    const problems = {
      ...(parsed.success ? {} : issuesToFieldErrors(parsed.error.issues)),
      ...confirmProblem(password, confirm),
    };
    if (!parsed.success || hasErrors(problems)) return failure.show(problems, '请按红色提示修改。');
    setBusy(true);
    const result = await caller('users:reset-password', parsed.data);
    setBusy(false);
    if (result.ok)
      onDone(`已重置 ${user.displayName} 的密码，请当面告知本人，并请其登录后在“我的账号”中改成自己的密码。`);
    else failure.fromServer(result.error);
  };

  return (
    <Dialog title={`重置密码：${user.displayName}（${user.username}）`} onClose={onClose} width={520}>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <FormAlert message={failure.message} />
        <PasswordFields
          idPrefix="reset"
          field="password"
          label="新密码"
          value={password}
          confirm={confirm}
          errors={failure.errors}
          onChange={setPassword}
          onConfirmChange={setConfirm}
        />
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? '正在保存……' : '重置密码'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
