// (a) 就业援助卡 of one person, A4 portrait: who (ID number masked unless printed for the person themself), the
// difficulty categories and their recognition, every action, and how the registration ended.
import type { ChannelOutput } from '@shared/contract';
import { yuanText } from '../assistance/format';
import { LedgerTable, type LedgerColumn } from './LedgerTable';
import { SheetFrame } from './SheetFrame';

type Data = ChannelOutput<'ledgers:assistance-card'>;
type Action = Data['actions'][number];

// 180 mm of paper between the margins; 援助内容 takes the rest (about 36 mm), long type labels wrap.
const COLUMNS: LedgerColumn<Action & { index: number }>[] = [
  { header: '序号', width: 9, align: 'center', cell: (r) => r.index },
  { header: '援助日期', width: 20, align: 'center', nowrap: true, cell: (r) => r.date },
  { header: '援助类型', width: 24, cell: (r) => r.type },
  { header: '援助内容', cell: (r) => r.content },
  { header: '推荐/安置单位', width: 24, cell: (r) => r.employer },
  { header: '岗位', width: 17, cell: (r) => r.position },
  { header: '金额（元）', width: 20, align: 'right', cell: (r) => yuanText(r.amount) },
  { header: '结果', width: 13, align: 'center', cell: (r) => r.result },
  { header: '经办人', width: 14, align: 'center', cell: (r) => r.staff },
];

function Pair({ label, value, span = 1 }: { label: string; value: string; span?: number }) {
  return (
    <>
      <th scope="row">{label}</th>
      <td colSpan={span}>{value}</td>
    </>
  );
}

export function CardSheet({ data, limit }: { data: Data; limit: number }) {
  const p = data.person;
  const actions = data.actions.map((action, index) => ({ ...action, index: index + 1 }));
  return (
    <SheetFrame heading={data.heading} portrait personSigns>
      <table className="lg-table lg-person" aria-label="基本情况">
        <colgroup>
          <col style={{ width: '24mm' }} />
          <col />
          <col style={{ width: '22mm' }} />
          <col style={{ width: '26mm' }} />
          <col style={{ width: '24mm' }} />
          <col style={{ width: '30mm' }} />
        </colgroup>
        <tbody>
          <tr>
            <Pair label="姓名" value={p.name} />
            <Pair label="性别" value={p.sex} />
            <Pair label="出生日期" value={p.birthDate} />
          </tr>
          <tr>
            <Pair label="公民身份号码" value={p.idNumber} span={3} />
            <Pair label="民族" value={p.ethnicity} />
          </tr>
          <tr>
            <Pair label="文化程度" value={p.education} />
            <Pair label="村（社区）" value={p.village} />
            <Pair label="联系电话" value={p.phone} />
          </tr>
          <tr>
            <Pair label="现居住地址" value={p.address} span={5} />
          </tr>
          <tr>
            <Pair label="失业登记日期" value={p.registeredOn} />
            <Pair label="登记状态" value={p.status} />
            <Pair label="认定日期" value={p.recognisedOn} />
          </tr>
          <tr>
            <Pair label="就业困难类别" value={p.categories} span={3} />
            <Pair label="残疾类别等级" value={p.disability} />
          </tr>
          <tr>
            <Pair label="退出日期" value={p.exitOn} />
            <Pair label="退出原因" value={p.exitReason} span={3} />
          </tr>
        </tbody>
      </table>
      <h2 className="lg-section">援助记录</h2>
      <LedgerTable
        label="援助记录"
        columns={COLUMNS}
        rows={actions}
        rowKey={(row) => row.index}
        limit={limit}
        empty="尚无援助记录"
        totals={(span) => (
          <tr className="lg-total">
            <td colSpan={6}>合计：援助 {actions.length} 次</td>
            <td className="lg-right">{yuanText(data.totalAmount)}</td>
            <td colSpan={span - 7} />
          </tr>
        )}
      />
    </SheetFrame>
  );
}
