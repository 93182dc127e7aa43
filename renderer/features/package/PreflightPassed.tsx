// What the package will hold once the check finds nothing: the file name and revision the county will see, what the
// change flags compare with, the rows per file and the 14 figures the county recomputes.
import type { Preflight } from './PreflightView';
import { PACKAGE_FILES } from './format';

type PreflightPassedProps = { label: string; result: Preflight };

export function PreflightPassed({ label, result }: PreflightPassedProps) {
  const half = Math.ceil(result.indicators.length / 2);
  const pairs = result.indicators.slice(0, half).map((left, index) => [left, result.indicators[half + index]] as const);
  return (
    <div className="preflight-passed">
      <div className="alert alert-success" role="status">
        <strong>预检通过</strong>：{label}的报送数据符合县局的全部规则，可以生成报送包。
      </div>
      <div className="preflight-columns">
        <div className="preflight-left">
          <dl className="package-facts">
            <dt>文件名</dt>
            <dd className="mono">{result.fileName}</dd>
            <dt>版本</dt>
            <dd>
              第 {result.revision} 版{result.revision > 1 ? '（本季度已生成过报送包，这是更正后重新报送的版本）' : ''}
            </dd>
            <dt>对比基准</dt>
            <dd>{result.comparedWith ?? '首次报送（全部为新增）'}</dd>
          </dl>
          <table className="package-table counts-table">
            <caption>各文件记录数</caption>
            <thead>
              <tr>
                <th scope="col">文件</th>
                <th scope="col" className="num">
                  记录数
                </th>
              </tr>
            </thead>
            <tbody>
              {PACKAGE_FILES.map(({ file, label: name }) => (
                <tr key={file}>
                  <td>
                    {name} <span className="muted mono">{file}</span>
                  </td>
                  <td className="num">{result.counts[file] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <table className="package-table indicators-table">
          <caption>本季度指标（县局将按报送数据重新核算）</caption>
          <thead>
            <tr>
              <th scope="col">代码</th>
              <th scope="col">指标</th>
              <th scope="col" className="num">
                数值
              </th>
              <th scope="col">代码</th>
              <th scope="col">指标</th>
              <th scope="col" className="num">
                数值
              </th>
            </tr>
          </thead>
          <tbody>
            {pairs.map(([left, right]) => (
              <tr key={left.code}>
                <td className="mono">{left.code}</td>
                <td>{left.name}</td>
                <td className="num">{left.value}</td>
                <td className="mono">{right?.code}</td>
                <td>{right?.name}</td>
                <td className="num">{right?.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
