// 设置 (/settings/<tab>): 用户管理 and 审计日志 for the head only, 我的账号, 县级规则 and 备份与恢复 for everybody (rules
// read-only and no restore for the others). Hidden tabs are a courtesy: the server refuses those channels anyway.
import type { AreaProps } from '../areas';
import { FormAlert } from '@renderer/components/FormAlert';
import { navigate } from '@renderer/router';
import { AccountTab } from './AccountTab';
import { AuditTab } from './AuditTab';
import { BackupsTab } from './BackupsTab';
import { CalendarTab } from './CalendarTab';
import { useSettingsCaller } from './request';
import { RulesTab } from './RulesTab';
import { UsersTab } from './UsersTab';
import '../recovery/recovery.css';
import './settings.css';

type TabKey = 'users' | 'account' | 'rules' | 'calendar' | 'backups' | 'audit';

const TABS: readonly { key: TabKey; label: string; headOnly: boolean }[] = [
  { key: 'users', label: '用户管理', headOnly: true },
  { key: 'account', label: '我的账号', headOnly: false },
  { key: 'rules', label: '县级规则', headOnly: false },
  { key: 'calendar', label: '节假日安排', headOnly: false },
  { key: 'backups', label: '备份与恢复', headOnly: false },
  { key: 'audit', label: '审计日志', headOnly: true },
];

export function SettingsArea({ subPath, user, onSessionLost }: AreaProps) {
  const caller = useSettingsCaller(onSessionLost);
  const isHead = user.role === 'head';
  const tabs = TABS.filter((tab) => isHead || !tab.headOnly);
  const asked = TABS.find((tab) => tab.key === subPath[0]);
  const tab = tabs.find((entry) => entry.key === asked?.key) ?? tabs[0]!;
  const refused = asked && asked.key !== tab.key ? `“${asked.label}”只有站负责人可以打开。` : null;

  return (
    <section className="card st-card" aria-labelledby="st-title">
      <h1 id="st-title" className="page-title">
        设置
      </h1>
      <div className="st-tabs" role="tablist" aria-label="设置">
        {tabs.map((entry) => (
          <button
            key={entry.key}
            type="button"
            role="tab"
            id={`st-tab-${entry.key}`}
            aria-selected={entry.key === tab.key}
            aria-controls="st-panel"
            onClick={() => navigate(`/settings/${entry.key}`)}
          >
            {entry.label}
          </button>
        ))}
      </div>
      <div className="st-panel" role="tabpanel" id="st-panel" aria-labelledby={`st-tab-${tab.key}`}>
        <FormAlert tone="info" message={refused} />
        {tab.key === 'users' ? <UsersTab caller={caller} selfId={user.id} /> : null}
        {tab.key === 'account' ? <AccountTab caller={caller} user={user} /> : null}
        {tab.key === 'rules' ? <RulesTab caller={caller} canEdit={isHead} /> : null}
        {tab.key === 'calendar' ? <CalendarTab caller={caller} canEdit={isHead} /> : null}
        {tab.key === 'backups' ? (
          <BackupsTab caller={caller} canWrite={user.role !== 'readonly'} isHead={isHead} onLoggedOut={onSessionLost} />
        ) : null}
        {tab.key === 'audit' ? <AuditTab caller={caller} /> : null}
      </div>
    </section>
  );
}
