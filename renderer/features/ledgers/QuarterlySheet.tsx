// (b) 季度就业援助台账 of the township or one village, A4 landscape: one row per action, then 合计 (人次、人数、金额)
// and the count of each type.
import type { ChannelOutput } from '@shared/contract';
import { yuanText } from '../assistance/format';
import { LedgerTable, type LedgerColumn } from './LedgerTable';
import { SheetFrame } from './SheetFrame';

type Data = ChannelOutput<'ledgers:quarterly-assistance'>;
type Row = Data['rows'][number];

// 277 mm of paper between the margins. At 9 pt (小五) a Chinese character is 3.2 mm wide: 援助类型 fits its longest
// label (职业介绍（岗位推荐）) on one line, so a row is one line high unless its content is long; 援助内容 takes the
// rest (about 56 mm, 17 characters a line).
const COLUMNS: LedgerColumn<Row>[] = [
  { header: '序号', width: 9, align: 'center', cell: (r) => r.index },
  { header: '姓名', width: 16, cell: (r) => r.name },
  { header: '身份证号', width: 33, nowrap: true, cell: (r) => r.idNumber },
  { header: '村（社区）', width: 19, cell: (r) => r.village },
  { header: '援助日期', width: 19, align: 'center', nowrap: true, cell: (r) => r.date },
  { header: '援助类型', width: 35, cell: (r) => r.type },
  { header: '援助内容', cell: (r) => r.content },
  { header: '推荐/安置单位', width: 28, cell: (r) => r.employer },
  { header: '岗位', width: 17, cell: (r) => r.position },
  { header: '金额（元）', width: 19, align: 'right', cell: (r) => yuanText(r.amount) },
  { header: '结果', width: 13, align: 'center', cell: (r) => r.result },
  { header: '经办人', width: 13, align: 'center', cell: (r) => r.staff },
];
const AMOUNT_COLUMN = 9;

export function QuarterlySheet({ data, limit }: { data: Data; limit: number }) {
  const { totals } = data;
  return (
    <SheetFrame heading={data.heading} portrait={false}>
      <LedgerTable
        label="就业援助台账"
        columns={COLUMNS}
        rows={data.rows}
        rowKey={(row) => row.index}
        limit={limit}
        totals={(span) => (
          <>
            <tr className="lg-total">
              <td colSpan={AMOUNT_COLUMN}>
                合计：援助 {totals.count} 人次，涉及 {totals.people} 人
              </td>
              <td className="lg-right">{yuanText(totals.amount)}</td>
              <td colSpan={span - AMOUNT_COLUMN - 1} />
            </tr>
            {totals.byType.length > 0 ? (
              <tr className="lg-total">
                <td colSpan={span}>
                  其中：{totals.byType.map((entry) => `${entry.type} ${entry.count} 人次`).join('；')}
                </td>
              </tr>
            ) : null}
          </>
        )}
      />
    </SheetFrame>
  );
}
