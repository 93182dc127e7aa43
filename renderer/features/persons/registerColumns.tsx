// The columns of the persons registers. Sortable columns carry the server's sort field as colId; the others cannot
// be sorted, because sorting 100,000 rows happens in SQL, not in the browser.
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { PersonRow, Register } from '@shared/contract';
import { difficultyLabels, disabilityText, sexLabel, statusLabel } from './format';

type Col = ColDef<PersonRow>;

export type SortField = 'name' | 'idNumber' | 'villageName' | 'status' | 'registeredOn' | 'age' | 'lastContactOn';
const SORT_FIELDS: readonly string[] = [
  'name',
  'idNumber',
  'villageName',
  'status',
  'registeredOn',
  'age',
  'lastContactOn',
];

export function isSortField(colId: string): colId is SortField {
  return SORT_FIELDS.includes(colId);
}

function StatusCell({ data }: ICellRendererParams<PersonRow>) {
  if (!data) return null;
  return <span className={`ps-badge ps-status-${data.status}`}>{statusLabel(data.status)}</span>;
}

function FollowUpCell({ data }: ICellRendererParams<PersonRow>) {
  if (!data?.followUpDue) return null;
  const title = data.lastContactOn ? `最近联系：${data.lastContactOn}` : '登记后尚未联系';
  return (
    <span className="ps-badge ps-badge-due" title={title}>
      需跟踪
    </span>
  );
}

const base: Col[] = [
  { headerName: '姓名', colId: 'name', field: 'name', width: 84, sortable: true },
  { headerName: '身份证号', colId: 'idNumber', field: 'idNumber', width: 166, sortable: true },
  { headerName: '性别', colId: 'sex', valueGetter: (p) => sexLabel(p.data?.sex), width: 54 },
  { headerName: '年龄', colId: 'age', field: 'age', width: 62, sortable: true },
  { headerName: '村（社区）', colId: 'villageName', field: 'villageName', width: 96, sortable: true },
  { headerName: '联系电话', colId: 'phone', field: 'phone', width: 108 },
  { headerName: '状态', colId: 'status', cellRenderer: StatusCell, width: 84, sortable: true },
  { headerName: '登记日期', colId: 'registeredOn', field: 'registeredOn', width: 100, sortable: true },
  {
    headerName: '就业/注销日期',
    colId: 'endedOn',
    valueGetter: (p) => p.data?.employedOn ?? p.data?.cancelledOn ?? '',
    width: 112,
  },
];

const difficultyCol: Col = {
  headerName: '困难类别',
  colId: 'difficulty',
  valueGetter: (p) => difficultyLabels(p.data?.difficulty),
  tooltipValueGetter: (p) => difficultyLabels(p.data?.difficulty),
  flex: 1,
  minWidth: 96,
};
const difficultyOnCol: Col = { headerName: '认定日期', colId: 'difficultyOn', field: 'difficultyOn', width: 100 };
const disabilityCol: Col = {
  headerName: '残疾类别/等级',
  colId: 'disability',
  valueGetter: (p) => disabilityText(p.data?.disabilityCategory, p.data?.disabilityGrade),
  width: 120,
};
const followUpCol: Col = {
  headerName: '跟踪',
  colId: 'lastContactOn',
  cellRenderer: FollowUpCell,
  headerTooltip: '按最近联系日期排序；超过回访间隔未联系的登记失业人员显示“需跟踪”',
  width: 86,
  sortable: true,
};

/**
 * 1366×768 leaves about 1,060 px for the grid: the two registers with a column of their own (认定日期, 残疾类别/等级)
 * leave out 就业/注销日期, which their person page shows, so no register scrolls sideways.
 */
export function registerColumns(register: Register): Col[] {
  const common = base.filter((col) => col.colId !== 'endedOn');
  if (register === 'difficulty') return [...common, difficultyOnCol, difficultyCol, followUpCol];
  if (register === 'disabled') return [...common, disabilityCol, difficultyCol, followUpCol];
  return [...base, difficultyCol, followUpCol];
}
