// One household: the summary with its deadline and verdict, the life-cycle buttons, and tabs for members, assistance
// and the change history. Every change carries the version read here; a CONFLICT reloads and shows who got there first.
import { useCallback, useEffect, useRef, useState } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { hrefFor } from '@renderer/router';
import type { HouseholdDetail, RpcResult } from '@shared/contract';
import { AssistanceSection } from './AssistanceSection';
import { HistoryTab } from './HistoryTab';
import { HouseholdSummary } from './HouseholdSummary';
import { LifecycleActions, type Act, type Recognition } from './LifecycleActions';
import { MembersSection } from './MembersSection';
import { RecognitionResult } from './RecognitionResult';
import type { Caller } from './request';

type Tab = 'members' | 'assistance' | 'history';
const TABS: [Tab, string][] = [
  ['members', '家庭成员'],
  ['assistance', '援助记录'],
  ['history', '变更记录'],
];

export function HouseholdPage({ id, caller }: { id: number; caller: Caller }) {
  const [household, setHousehold] = useState<HouseholdDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [recognition, setRecognition] = useState<Recognition | null>(null);
  const [tab, setTab] = useState<Tab>('members');
  // the version is read at the moment of sending, never from a render that may be older
  const version = useRef(0);

  const reload = useCallback(async () => {
    const result = await caller('households:get', { id });
    if (result.ok) {
      version.current = result.value.version;
      setHousehold(result.value);
      setLoadError(null);
    } else setLoadError(result.error.message);
  }, [caller, id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const act: Act = useCallback(
    async <T,>(send: (version: number) => Promise<RpcResult<T>>) => {
      const result = await send(version.current);
      // after a CONFLICT the page shows what the other clerk saved; the form that sent it shows the message
      if (result.ok || result.error.code === 'CONFLICT') await reload();
      return result;
    },
    [reload],
  );

  if (!household) {
    return (
      <section className="card hh-card">
        <FormAlert message={loadError} />
        {loadError ? <a href={hrefFor('/zero-households')}>返回零就业家庭名册</a> : <p className="muted">正在读取……</p>}
      </section>
    );
  }

  const names = new Map(household.memberList.flatMap((m) => (m.personId ? [[m.personId, m.name] as const] : [])));
  return (
    <>
      <section className="card hh-card" aria-labelledby="hh-detail-title">
        <div className="hh-page-head" style={{ marginBottom: 4 }}>
          <a href={hrefFor('/zero-households')}>← 零就业家庭名册</a>
        </div>
        <HouseholdSummary household={household} />
        <LifecycleActions household={household} act={act} caller={caller} onRecognised={setRecognition} />
        {recognition ? (
          <RecognitionResult
            recognition={recognition}
            identifiedOn={household.identifiedOn}
            rule={household.deadlineRule}
            caller={caller}
          />
        ) : null}
      </section>
      <section className="card hh-card section">
        <div className="hh-tabs" role="tablist" aria-label="家庭信息">
          {TABS.map(([key, label]) => (
            <button
              key={key}
              type="button"
              role="tab"
              id={`hh-tab-${key}`}
              aria-selected={tab === key}
              aria-controls={`hh-panel-${key}`}
              onClick={() => setTab(key)}
            >
              {label}
              {key === 'members' ? `（${household.members}）` : ''}
            </button>
          ))}
        </div>
        <div className="hh-tab-panel" role="tabpanel" id={`hh-panel-${tab}`} aria-labelledby={`hh-tab-${tab}`}>
          {tab === 'members' ? <MembersSection household={household} act={act} caller={caller} /> : null}
          {tab === 'assistance' ? (
            <AssistanceSection household={household} caller={caller} onChanged={() => void reload()} />
          ) : null}
          {tab === 'history' ? (
            <HistoryTab householdId={household.id} version={household.version} caller={caller} names={names} />
          ) : null}
        </div>
      </section>
    </>
  );
}
