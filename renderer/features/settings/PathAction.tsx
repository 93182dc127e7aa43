// A typed folder or file path with its button (备份到U盘, 校验并恢复). In the desktop app a native picker would fill
// it; in browser mode the clerk types or pastes the path from the Explorer address bar.
import { useState, type FormEvent } from 'react';
import { TextField } from '@renderer/components/TextField';

type PathActionProps = {
  id: string;
  label: string;
  hint: string;
  button: string;
  busy: boolean;
  /** Resolves to the message to show under the path, or null when it was accepted. */
  onSubmit: (path: string) => Promise<string | null>;
};

export function PathAction({ id, label, hint, button, busy, onSubmit }: PathActionProps) {
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (path.trim() === '') {
      setError(`请填写${label}的完整路径`);
      return;
    }
    setError((await onSubmit(path.trim())) ?? undefined);
  };

  return (
    <form className="st-path" noValidate onSubmit={(event) => void submit(event)}>
      <TextField
        id={id}
        label={label}
        value={path}
        error={error}
        hint={hint}
        autoComplete="off"
        onChange={(value) => {
          setPath(value);
          setError(undefined);
        }}
      />
      <button type="submit" className="btn" disabled={busy}>
        {button}
      </button>
    </form>
  );
}
