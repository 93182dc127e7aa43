// The problems the county's check found, grouped by file, each with a link to the record where it is fixed. The
// county rejects the whole package on any one of them, so the page says so plainly and lists them all.
import type { PackageProblem } from '@shared/contract';
import type { Caller } from '@renderer/components/useCaller';
import { PACKAGE_FILES, fieldLabel, fileLabel, problemHref, problemText } from './format';
import { recordKey, useRecordNames } from './useRecordNames';

type ProblemListProps = { caller: Caller; label: string; problems: readonly PackageProblem[] };

/** More rows than this per file are not read on screen; the count of the rest is shown instead. */
const SHOWN_PER_FILE = 200;

function groupByFile(problems: readonly PackageProblem[]): [string, PackageProblem[]][] {
  const groups = new Map<string, PackageProblem[]>();
  for (const problem of problems) groups.set(problem.file, [...(groups.get(problem.file) ?? []), problem]);
  const order = (file: string) => {
    const index = PACKAGE_FILES.findIndex((entry) => entry.file === file);
    return index < 0 ? PACKAGE_FILES.length : index;
  };
  return [...groups.entries()].sort(([a], [b]) => order(a) - order(b));
}

export function ProblemList({ caller, label, problems }: ProblemListProps) {
  const groups = groupByFile(problems);
  const names = useRecordNames(caller, problems);
  return (
    <div className="problem-list">
      <div className="alert alert-error" role="alert">
        <strong>预检未通过</strong>：{label}的报送数据有 {problems.length} 个问题。县局会因任何一个问题退回整个报送包，
        请逐条修改后点“重新检查”。
      </div>
      <p className="alert alert-info">
        修改人员时请保存为<strong>更正</strong>
        （点“去修改”即进入更正模式）：报送包是季度最后一天的状态，普通修改只影响以后的季度，
        更正才会同时改正已过去季度的报送数据。
      </p>
      {groups.map(([file, list]) => (
        <section key={file} className="problem-group" aria-label={`${fileLabel(file)}的问题`}>
          <h3>
            {fileLabel(file)} <span className="muted mono">{file}</span> · {list.length} 个问题
          </h3>
          <table className="package-table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  行号
                </th>
                <th scope="col">记录</th>
                <th scope="col">字段</th>
                <th scope="col">问题</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {list.slice(0, SHOWN_PER_FILE).map((problem, index) => (
                <ProblemRow
                  key={`${problem.line ?? 'x'}-${problem.field ?? ''}-${index}`}
                  problem={problem}
                  name={names.get(recordKey(problem.link) ?? '') ?? ''}
                />
              ))}
            </tbody>
          </table>
          {list.length > SHOWN_PER_FILE ? (
            <p className="muted">……另有 {list.length - SHOWN_PER_FILE} 个问题，改好上面的之后重新检查即可看到。</p>
          ) : null}
        </section>
      ))}
    </div>
  );
}

function ProblemRow({ problem, name }: { problem: PackageProblem; name: string }) {
  const href = problemHref(problem.link);
  return (
    <tr>
      <td className="num">{problem.line === null ? '—' : `第 ${problem.line} 行`}</td>
      <td>{name || (problem.link ? `编号 ${problem.link.id}` : '—')}</td>
      <td>{fieldLabel(problem) || '—'}</td>
      <td>{problemText(problem)}</td>
      <td>
        {href ? (
          <a className="btn btn-small" href={href}>
            去修改
          </a>
        ) : (
          <span className="muted" title="这一问题不属于某一条记录，请联系技术支持">
            —
          </span>
        )}
      </td>
    </tr>
  );
}
