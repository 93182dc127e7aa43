// The persons of a batch with a tick each and one tick for all. A plain table: a village rarely holds more than a
// few hundred registered persons, and native checkboxes are what the keyboard and screen readers know best.
import { PERSON_STATUS, codeLabel } from '@shared/codes/index';
import type { PersonRow } from '@shared/contract';

type Props = {
  rows: PersonRow[];
  total: number;
  limit: number;
  ticked: ReadonlySet<number>;
  onTicked: (ticked: ReadonlySet<number>) => void;
  error?: string | undefined;
};

export function PersonChecklist({ rows, total, limit, ticked, onTicked, error }: Props) {
  const all = rows.length > 0 && rows.every((row) => ticked.has(row.id));
  const toggle = (id: number, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    onTicked(next);
  };
  if (rows.length === 0) return <p className="muted">该村（社区）没有符合条件的人员。</p>;
  return (
    <div className="as-checklist-wrap">
      {total > rows.length ? (
        <p className="alert alert-info">
          该村共 {total} 人，一次最多登记 {limit} 人，只列出前 {rows.length} 人。
        </p>
      ) : null}
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="as-checklist" role="region" aria-label="人员名单">
        <table className="as-table">
          <thead>
            <tr>
              <th scope="col" className="as-tick">
                <input
                  type="checkbox"
                  aria-label="全选"
                  checked={all}
                  onChange={(event) => onTicked(new Set(event.target.checked ? rows.map((row) => row.id) : []))}
                />
              </th>
              <th scope="col">姓名</th>
              <th scope="col">身份证号</th>
              <th scope="col">联系电话</th>
              <th scope="col">状态</th>
              <th scope="col">最近联系</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={ticked.has(row.id) ? 'as-row-on' : undefined}>
                <td className="as-tick">
                  <input
                    type="checkbox"
                    aria-label={`选择 ${row.name}`}
                    checked={ticked.has(row.id)}
                    onChange={(event) => toggle(row.id, event.target.checked)}
                  />
                </td>
                <td>{row.name}</td>
                <td>{row.idNumber}</td>
                <td>{row.phone ?? ''}</td>
                <td>{codeLabel(PERSON_STATUS, row.status) ?? row.status}</td>
                <td>{row.lastContactOn ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
