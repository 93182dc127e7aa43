// (d) 人员名册 (失业人员、就业困难人员、残疾人求职 or everyone), A4 landscape, ending with the number of persons.
import type { ChannelOutput } from '@shared/contract';
import { LedgerTable, type LedgerColumn } from './LedgerTable';
import { SheetFrame } from './SheetFrame';

type Data = ChannelOutput<'ledgers:register'>;
type Row = Data['rows'][number];

const COLUMNS: LedgerColumn<Row>[] = [
  { header: '序号', width: 12, align: 'center', cell: (r) => r.index },
  { header: '姓名', width: 20, cell: (r) => r.name },
  { header: '身份证号', width: 36, nowrap: true, cell: (r) => r.idNumber },
  { header: '性别', width: 10, align: 'center', cell: (r) => r.sex },
  { header: '年龄', width: 10, align: 'center', cell: (r) => r.age },
  { header: '村（社区）', width: 24, cell: (r) => r.village },
  { header: '联系电话', width: 28, cell: (r) => r.phone },
  { header: '登记状态', width: 18, align: 'center', cell: (r) => r.status },
  { header: '登记日期', width: 22, align: 'center', nowrap: true, cell: (r) => r.registeredOn },
  { header: '就业困难类别', cell: (r) => r.categories },
];

export function RegisterSheet({ data, limit }: { data: Data; limit: number }) {
  return (
    <SheetFrame heading={data.heading} portrait={false}>
      <LedgerTable
        label="人员名册"
        columns={COLUMNS}
        rows={data.rows}
        rowKey={(row) => row.index}
        limit={limit}
        empty="没有符合条件的人员"
        totals={(span) => (
          <tr className="lg-total">
            <td colSpan={span}>合计：共 {data.rows.length} 人</td>
          </tr>
        )}
      />
    </SheetFrame>
  );
}
