// Start-up decides the first screen from `app:info`: the setup wizard on a new PC, the log-in page when nobody is
// logged in, otherwise the signed-in shell. Every later change of state (setup done, log-in, log-out, session lost)
// simply asks `app:info` again, so the server stays the one source of truth. A damaged database (DB_DAMAGED from
// app:info, or from any call whose page hands it back here) shows the recovery page; a session the server ended
// shows the log-in page with the server's reason (components/sessionNotice.ts).
import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '@shared/contract';
import { call } from './api/client';
import { takeSessionNotice, type SessionNotice } from './components/sessionNotice';
import { AppShell } from './features/home/AppShell';
import { LoginPage } from './features/login/LoginPage';
import { RecoveryPage } from './features/recovery/RecoveryPage';
import { SetupWizard } from './features/setup/SetupWizard';
import { StartupPage } from './features/home/StartupPage';

export type AppInfo = ChannelOutput<'app:info'>;

type BootState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'damaged'; message: string }
  | { kind: 'ready'; info: AppInfo; notice: SessionNotice | null };

export function App() {
  const [state, setState] = useState<BootState>({ kind: 'loading' });
  // a new PC: the setup wizard's 从备份恢复 opens the recovery page instead of setting up an empty station
  const [restoring, setRestoring] = useState(false);

  const refresh = useCallback(async () => {
    const result = await call('app:info', {});
    const notice = takeSessionNotice();
    setRestoring(false);
    if (result.ok) setState({ kind: 'ready', info: result.value, notice: result.value.user ? null : notice });
    else if (result.error.code === 'DB_DAMAGED') setState({ kind: 'damaged', message: result.error.message });
    else setState({ kind: 'failed', message: result.error.message });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const onChanged = useCallback(() => void refresh(), [refresh]);

  if (state.kind === 'loading') return <StartupPage />;
  if (state.kind === 'failed') return <StartupPage error={state.message} onRetry={onChanged} />;
  if (state.kind === 'damaged') return <RecoveryPage mode="damaged" reason={state.message} onDone={onChanged} />;
  const { info } = state;
  if (!info.setupDone || !info.township) {
    if (restoring) return <RecoveryPage mode="empty" onDone={onChanged} onBack={() => setRestoring(false)} />;
    return <SetupWizard onDone={onChanged} onRestoreFromBackup={() => setRestoring(true)} />;
  }
  if (!info.user) return <LoginPage township={info.township} notice={state.notice} onLoggedIn={onChanged} />;
  return <AppShell info={info} township={info.township} user={info.user} onSessionChanged={onChanged} />;
}
