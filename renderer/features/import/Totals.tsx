// The counts of a report, in the order the clerk asks about them: how many come in, how many do not, and why.
import type { ImportReport } from '@shared/contract';

type Tone = 'good' | 'plain' | 'refused' | 'warning';
type CountKey = Exclude<keyof ImportReport, 'lines' | 'rows'>;
const ITEMS: readonly [CountKey, string, Tone, string][] = [
  ['new', '新增', 'good', '文件中的新人员，导入后登记为失业人员'],
  ['update', '更新', 'good', '已登记的人员，导入会补充其空白信息'],
  ['unchanged', '无变化', 'plain', '已登记的人员，文件中没有需要补充的信息'],
  ['refused', '拒绝', 'refused', '有错误、不能导入的行'],
  ['warnings', '警告', 'warning', '可以导入，但有需要核对的地方'],
  ['skipped', '跳过', 'plain', '空行、合计、注释、签字栏等非人员行'],
];

export function Totals({ report, label }: { report: ImportReport; label: string }) {
  return (
    <dl className="import-totals" aria-label={label}>
      {ITEMS.map(([key, name, tone, hint]) => {
        const count = report[key];
        return (
          <div key={key} className={`import-total import-total-${count > 0 ? tone : 'zero'}`} title={hint}>
            <dt>{name}</dt>
            <dd>{count}</dd>
          </div>
        );
      })}
    </dl>
  );
}
