// The signed-in layout: header with the station and the user, the areas on the left, the page on the right.
import { useState } from 'react';
import { call } from '@renderer/api/client';
import { ROLE_LABELS, type SessionUser } from '@shared/contract';
import { hrefFor, useHashPath } from '@renderer/router';
import type { AppInfo } from '@renderer/App';
import { ComingSoonPage } from './ComingSoonPage';
import { AREA_PAGES } from '../areas';
import { NAV_AREAS, areaFor, splitPath } from './navigation';

type Township = NonNullable<AppInfo['township']>;
type AppShellProps = { info: AppInfo; township: Township; user: SessionUser; onSessionChanged: () => void };

export function AppShell({ info, township, user, onSessionChanged }: AppShellProps) {
  const path = useHashPath();
  const area = areaFor(path);
  const Page = AREA_PAGES[area.path];
  const [leaving, setLeaving] = useState(false);

  const logOut = async () => {
    setLeaving(true);
    await call('auth:logout', {});
    onSessionChanged();
  };

  return (
    <div className="shell">
      <header className="shell-header">
        <div className="shell-title">劳动保障站实名制台账</div>
        <div className="shell-township">
          <strong>{township.name}</strong>
          <span className="muted">乡镇代码 {township.code}</span>
          <span className="muted">县代码 {township.countyCode}</span>
        </div>
        <div className="shell-user">
          <span>
            {user.displayName} <span className="role-tag">{ROLE_LABELS[user.role]}</span>
          </span>
          <button type="button" className="btn btn-small" disabled={leaving} onClick={() => void logOut()}>
            退出登录
          </button>
        </div>
      </header>
      <nav className="shell-nav" aria-label="功能导航">
        <ul>
          {NAV_AREAS.map((item) => (
            <li key={item.path}>
              <a href={hrefFor(item.path)} aria-current={item.path === area.path ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="shell-main">
        {Page ? (
          <Page
            {...splitPath(path)}
            user={user}
            township={township}
            version={info.version}
            onSessionLost={onSessionChanged}
          />
        ) : (
          <ComingSoonPage area={area} />
        )}
      </main>
    </div>
  );
}
