// 动态清零 on the home screen: every recognised household not yet cleared, most urgent first. Overdue rows are red
// with 超期 N 天, those due within the week amber with 剩 N 天, so the station sees at once what must be done today.
import { useEffect, useState } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { hrefFor } from '@renderer/router';
import type { ChannelOutput } from '@shared/contract';
import { DaysLeft } from './badges';
import { householdPath, stageLabel } from './format';
import { useCaller } from './request';
import './shared.css';

type Deadlines = ChannelOutput<'households:deadlines'>;
type Entry = Deadlines['entries'][number];

const rowClass = (entry: Entry) => (entry.overdue ? 'row-overdue' : entry.dueSoon ? 'row-soon' : undefined);

export function DeadlineList({ onSessionLost }: { onSessionLost: () => void }) {
  const caller = useCaller(onSessionLost);
  const [data, setData] = useState<Deadlines | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const load = async () => {
      const result = await caller('households:deadlines', {});
      if (!current) return;
      if (result.ok) setData(result.value);
      else setError(result.error.message);
    };
    void load();
    return () => {
      current = false;
    };
  }, [caller]);

  const overdue = data?.entries.filter((entry) => entry.overdue).length ?? 0;
  const soon = data?.entries.filter((entry) => entry.dueSoon).length ?? 0;

  return (
    <section className="card deadline-card" aria-labelledby="deadline-title">
      <h2 id="deadline-title">
        零就业家庭动态清零时限
        {data ? <span className="muted">本县规定：{data.rule}清零</span> : null}
        {overdue > 0 ? <span className="badge badge-red">超期 {overdue} 户</span> : null}
        {soon > 0 ? <span className="badge badge-amber">7 天内到期 {soon} 户</span> : null}
      </h2>
      <FormAlert message={error} />
      {data && data.entries.length === 0 ? <p className="hh-empty">暂无待清零家庭</p> : null}
      {data && data.entries.length > 0 ? (
        <div className="deadline-scroll">
          <table className="hh-table" aria-label="待清零家庭">
            <thead>
              <tr>
                <th scope="col">户主</th>
                <th scope="col">村（社区）</th>
                <th scope="col">人口</th>
                <th scope="col">阶段</th>
                <th scope="col">认定日期</th>
                <th scope="col">清零时限</th>
                <th scope="col">剩余天数</th>
              </tr>
            </thead>
            <tbody>
              {data.entries.map((entry) => (
                <tr key={entry.id} className={rowClass(entry)}>
                  <td>
                    <a href={hrefFor(householdPath(entry.id))}>{entry.headName}</a>
                  </td>
                  <td>{entry.villageName ?? ''}</td>
                  <td className="num">{entry.members}</td>
                  <td>{stageLabel(entry.stage)}</td>
                  <td>{entry.identifiedOn}</td>
                  <td>{entry.deadline}</td>
                  <td>
                    <DaysLeft daysLeft={entry.daysLeft} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
