// Start-up decides the first screen from `app:info`: the setup wizard on a new PC, the log-in page when nobody is
// logged in, otherwise the signed-in shell. Every later change of state (setup done, log-in, log-out, session lost)
// simply asks `app:info` again, so the server stays the one source of truth.
import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '@shared/contract';
import { call } from './api/client';
import { AppShell } from './features/home/AppShell';
import { LoginPage } from './features/login/LoginPage';
import { SetupWizard } from './features/setup/SetupWizard';
import { StartupPage } from './features/home/StartupPage';

export type AppInfo = ChannelOutput<'app:info'>;

type BootState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; info: AppInfo };

export function App() {
  const [state, setState] = useState<BootState>({ kind: 'loading' });

  const refresh = useCallback(async () => {
    const result = await call('app:info', {});
    setState(result.ok ? { kind: 'ready', info: result.value } : { kind: 'failed', message: result.error.message });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const onChanged = useCallback(() => void refresh(), [refresh]);

  if (state.kind === 'loading') return <StartupPage />;
  if (state.kind === 'failed') return <StartupPage error={state.message} onRetry={onChanged} />;
  const { info } = state;
  if (!info.setupDone || !info.township) return <SetupWizard onDone={onChanged} />;
  if (!info.user) return <LoginPage township={info.township} onLoggedIn={onChanged} />;
  return <AppShell info={info} township={info.township} user={info.user} onSessionChanged={onChanged} />;
}
