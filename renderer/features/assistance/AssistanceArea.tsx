// 就业援助 (/assistance): the actions of the township (list), 登记援助 (/assistance/new), 批量登记 for 援助月
// door-to-door (/assistance/batch) and 服务指标 (/assistance/quotas), as tabs of one page.
import { FormAlert } from '@renderer/components/FormAlert';
import { hrefFor } from '@renderer/router';
import type { AreaProps } from '../areas';
import { ActionListPage } from './ActionListPage';
import { BatchPage } from './BatchPage';
import { NewActionPage } from './NewActionPage';
import { QuotasPage } from './QuotasPage';
import { useCaller } from './request';
import './assistance.css';

const TABS = [
  { key: '', label: '援助记录', write: false },
  { key: 'new', label: '登记援助', write: true },
  { key: 'batch', label: '批量登记', write: true },
  { key: 'quotas', label: '服务指标', write: false },
] as const;
type TabKey = (typeof TABS)[number]['key'];

const isTab = (value: string): value is TabKey => TABS.some((tab) => tab.key === value);

function positiveId(text: string | null): number | null {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : null;
}

export function AssistanceArea({ subPath, query, user, onSessionLost }: AreaProps) {
  const caller = useCaller(onSessionLost);
  const canWrite = user.role !== 'readonly';
  const first = subPath[0] ?? '';
  const tab = isTab(first) ? first : null;
  const tabs = TABS.filter((entry) => canWrite || !entry.write);

  let page;
  if (tab === null) page = <FormAlert message={`地址有误：没有“${first}”这一页。`} />;
  else if ((tab === 'new' || tab === 'batch') && !canWrite) page = <FormAlert message="您是只读用户，不能登记援助。" />;
  else if (tab === 'new')
    page = (
      <NewActionPage
        key={query.toString()}
        caller={caller}
        personId={positiveId(query.get('personId'))}
        householdId={positiveId(query.get('householdId'))}
      />
    );
  else if (tab === 'batch') page = <BatchPage caller={caller} />;
  else if (tab === 'quotas') page = <QuotasPage caller={caller} />;
  else page = <ActionListPage caller={caller} batchId={query.get('batch')} />;

  return (
    <section className="card as-card" aria-labelledby="as-title">
      <div className="as-head">
        <h1 id="as-title" className="page-title">
          就业援助
        </h1>
        <nav className="as-tabs" aria-label="就业援助">
          {tabs.map((entry) => (
            <a
              key={entry.key}
              className="as-tab"
              href={hrefFor(entry.key ? `/assistance/${entry.key}` : '/assistance')}
              aria-current={entry.key === tab ? 'page' : undefined}
            >
              {entry.label}
            </a>
          ))}
        </nav>
      </div>
      {page}
    </section>
  );
}
