// The particulars of one audit entry, opened under its row: before and after side by side when the service recorded
// them (users, settings), otherwise each particular on its own line. Unknown keys are shown as they are stored, since
// hiding them would make the log look cleaner than it is.
import { Fragment } from 'react';
import { fieldLabel, valueText } from './auditLabels';

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Settings keep before and after as stored JSON text; read them back so they compare field by field. */
function readBack(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

type BeforeAfterProps = { before: unknown; after: unknown; emptyBefore: string };

function BeforeAfter({ before, after, emptyBefore }: BeforeAfterProps) {
  const b = readBack(before);
  const a = readBack(after);
  const rows =
    isFields(b) || isFields(a)
      ? [...new Set([...Object.keys(isFields(b) ? b : {}), ...Object.keys(isFields(a) ? a : {})])].map((key) => ({
          key,
          before: isFields(b) ? b[key] : undefined,
          after: isFields(a) ? a[key] : undefined,
        }))
      : [{ key: '', before: b, after: a }];
  return (
    <table className="st-detail-table">
      <thead>
        <tr>
          <th scope="col">项目</th>
          <th scope="col">修改前</th>
          <th scope="col">修改后</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const was = before === undefined ? '' : before === null ? emptyBefore : valueText(row.key, row.before);
          const now = after === undefined ? '' : valueText(row.key, row.after);
          return (
            <tr key={row.key} className={was !== now && before !== undefined ? 'st-changed' : undefined}>
              <th scope="row">{row.key ? fieldLabel(row.key) : '值'}</th>
              <td>{was}</td>
              <td>{now}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** `emptyBefore`: what "no before" means; for a setting it is the program's default, never saved until now. */
export function AuditDetail({ detail, emptyBefore = '（空）' }: { detail: unknown; emptyBefore?: string }) {
  if (detail === null || detail === undefined) return <p className="muted">（没有更多内容）</p>;
  if (!isFields(detail)) return <p>{valueText('', detail)}</p>;
  const { before, after, ...rest } = detail;
  const others = Object.entries(rest);
  return (
    <div className="st-detail">
      {before !== undefined || after !== undefined ? (
        <BeforeAfter before={before} after={after} emptyBefore={emptyBefore} />
      ) : null}
      {others.length > 0 ? (
        <dl className="rc-facts">
          {others.map(([key, value]) => (
            <Fragment key={key}>
              <dt>{fieldLabel(key)}</dt>
              <dd className="st-detail-value">{valueText(key, value)}</dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
