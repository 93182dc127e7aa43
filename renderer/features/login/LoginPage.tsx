// Log-in for a set-up station. The township name on top tells the clerk they are on the right PC and database.
// Above the form: why the clerk is here again (idle log-out, a restore), and after five wrong passwords the lock with
// who can lift it, since "wait 15 minutes" is not the only way out.
import { useRef, useState, type FormEvent } from 'react';
import { call } from '@renderer/api/client';
import { FormAlert } from '@renderer/components/FormAlert';
import type { SessionNotice } from '@renderer/components/sessionNotice';
import { TextField } from '@renderer/components/TextField';
import { focusFirstInvalid, hasErrors, issuesToFieldErrors, type FieldErrors } from '@renderer/components/fieldErrors';
import { channels } from '@shared/contract';
import './login.css';

type Township = { countyCode: string; code: string; name: string };
type LoginPageProps = { township: Township; notice?: SessionNotice | null; onLoggedIn: () => void };

/** The server tells a lock only in words (UNAUTHENTICATED like any refusal), so the page recognises the words. */
const LOCKED = /已锁定/;

export function LoginPage({ township, notice = null, onLoggedIn }: LoginPageProps) {
  const [shownNotice, setShownNotice] = useState(notice);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const showErrors = (next: FieldErrors) => {
    setErrors(next);
    requestAnimationFrame(() => focusFirstInvalid(formRef.current));
  };

  const logIn = async () => {
    const input = { username, password };
    const parsed = channels['auth:login'].input.safeParse(input);
    if (!parsed.success) {
      showErrors(issuesToFieldErrors(parsed.error.issues));
      return;
    }
    setBusy(true);
    setFormError(null);
    setShownNotice(null);
    const result = await call('auth:login', input);
    setBusy(false);
    if (result.ok) {
      onLoggedIn();
      return;
    }
    setFormError(result.error.message);
    const fields = result.error.fields ?? {};
    if (hasErrors(fields)) showErrors(fields);
    else {
      // A wrong password is the usual case: keep the name, clear the password and put the cursor back there.
      setPassword('');
      requestAnimationFrame(() => document.getElementById('login-password')?.focus());
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void logIn();
  };

  return (
    <div className="page-with-band">
      <div className="brand-band">劳动保障站实名制台账</div>
      <main className="centred-page login-page">
        <div className="login-township">
          <h1>{township.name}劳动保障站</h1>
          <p className="muted">
            乡镇（街道）代码 {township.code} · 县（市、区）代码 {township.countyCode}
          </p>
        </div>
        <form ref={formRef} className="card login-card" noValidate onSubmit={onSubmit} aria-labelledby="login-title">
          <h2 id="login-title" className="login-title">
            用户登录
          </h2>
          <FormAlert message={shownNotice?.message} tone={shownNotice?.tone ?? 'info'} />
          <FormAlert message={formError} />
          {formError && LOCKED.test(formError) ? (
            <p className="login-locked-hint">
              可等锁定时间过后再试，或请站负责人在“设置 → 用户管理”中解锁；忘记密码时请负责人重置密码。
            </p>
          ) : null}
          <TextField
            id="login-username"
            label="登录名"
            autoFocus
            autoComplete="username"
            value={username}
            error={errors.username}
            onChange={(value) => {
              setUsername(value);
              setErrors(({ username: _, ...rest }) => rest);
            }}
          />
          <TextField
            id="login-password"
            label="密码"
            type="password"
            autoComplete="current-password"
            value={password}
            error={errors.password}
            onChange={(value) => {
              setPassword(value);
              setErrors(({ password: _, ...rest }) => rest);
            }}
          />
          <button type="submit" className="btn btn-primary login-submit" disabled={busy}>
            {busy ? '正在登录……' : '登录'}
          </button>
        </form>
      </main>
    </div>
  );
}
