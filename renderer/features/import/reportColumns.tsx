// The columns of the report grid: the Excel row number the clerk looks up in the file, the outcome coloured (refused
// red, imported with warnings amber), and the reasons in full, wrapped, because they are what the clerk acts on.
import type { ColDef } from 'ag-grid-community';
import { IMPORT_OUTCOME_LABELS, type ImportLine } from '@shared/contract';

export type LineFilter = 'all' | 'refused' | 'warnings' | 'new' | 'update' | 'unchanged';

export const LINE_FILTERS: readonly [LineFilter, string][] = [
  ['all', '全部'],
  ['refused', '拒绝'],
  ['warnings', '有警告'],
  ['new', '新增'],
  ['update', '更新'],
  ['unchanged', '无变化'],
];

export function matchesFilter(line: ImportLine, filter: LineFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'warnings') return line.warnings.length > 0;
  return line.outcome === filter;
}

function outcomeText(line: ImportLine): string {
  const label = IMPORT_OUTCOME_LABELS[line.outcome];
  return line.outcome !== 'refused' && line.warnings.length > 0 ? `${label}（有警告）` : label;
}

function outcomeClass(line: ImportLine): string {
  if (line.outcome === 'refused') return 'import-cell-refused';
  return line.warnings.length > 0 ? 'import-cell-warning' : 'import-cell-ok';
}

export function reasonsText(line: ImportLine): string {
  const parts = [
    ...line.reasons.map((reason) => reason.message),
    ...line.warnings.map((warning) => `提示：${warning.message}`),
  ];
  if (line.fields.length > 0) parts.push(`补充：${line.fields.join('、')}`);
  return parts.join('；');
}

export const REPORT_COLUMNS: ColDef<ImportLine>[] = [
  { field: 'row', headerName: '行号', width: 80, filter: false },
  {
    colId: 'outcome',
    headerName: '结果',
    width: 170,
    valueGetter: (params) => (params.data ? outcomeText(params.data) : ''),
    cellClass: (params) => (params.data ? outcomeClass(params.data) : ''),
  },
  { field: 'name', headerName: '姓名', width: 110 },
  // a number the importer could not read is not shown at all (it would be unmasked); the reason quotes it
  {
    field: 'idNumberMasked',
    headerName: '身份证号码',
    width: 190,
    valueFormatter: (params) => params.data?.idNumberMasked || '—',
  },
  {
    colId: 'reasons',
    headerName: '原因与提示',
    flex: 1,
    minWidth: 260,
    wrapText: true,
    autoHeight: true,
    sortable: false,
    valueGetter: (params) => (params.data ? reasonsText(params.data) : ''),
    cellClass: (params) => (params.data?.outcome === 'refused' ? 'import-reasons-refused' : ''),
  },
];
