// (c) 零就业家庭台账, A4 landscape: every household recognised up to the quarter's end, its clearance deadline and
// how it ended, then 合计 (户数、已清零、未清零、超期).
import type { ChannelOutput } from '@shared/contract';
import { LedgerTable, type LedgerColumn } from './LedgerTable';
import { SheetFrame } from './SheetFrame';

type Data = ChannelOutput<'ledgers:households'>;
type Row = Data['rows'][number];

const COLUMNS: LedgerColumn<Row>[] = [
  { header: '序号', width: 10, align: 'center', cell: (r) => r.index },
  { header: '户主姓名', width: 18, cell: (r) => r.headName },
  { header: '户主身份证号', width: 34, nowrap: true, cell: (r) => r.headIdNumber },
  { header: '村（社区）', width: 20, cell: (r) => r.village },
  { header: '家庭人数', width: 16, align: 'center', cell: (r) => r.members },
  { header: '家庭成员', cell: (r) => r.memberNames },
  { header: '认定日期', width: 20, align: 'center', nowrap: true, cell: (r) => r.identifiedOn },
  { header: '清零时限', width: 20, align: 'center', nowrap: true, cell: (r) => r.deadline },
  { header: '状态', width: 14, align: 'center', cell: (r) => r.stage },
  { header: '清零日期', width: 20, align: 'center', nowrap: true, cell: (r) => r.clearedOn },
  { header: '清零就业人员', width: 23, cell: (r) => r.clearedBy },
  { header: '援助次数', width: 16, align: 'center', cell: (r) => r.assistance },
];

export function HouseholdsSheet({ data, limit }: { data: Data; limit: number }) {
  const { totals } = data;
  return (
    <SheetFrame heading={data.heading} portrait={false}>
      <LedgerTable
        label="零就业家庭台账"
        columns={COLUMNS}
        rows={data.rows}
        rowKey={(row) => row.index}
        limit={limit}
        empty="本期无已认定的零就业家庭"
        totals={(span) => (
          <tr className="lg-total">
            <td colSpan={span}>
              合计：共 {totals.households} 户，已清零 {totals.cleared} 户，未清零 {totals.open} 户，其中超过清零时限{' '}
              {totals.overdue} 户
            </td>
          </tr>
        )}
      />
    </SheetFrame>
  );
}
