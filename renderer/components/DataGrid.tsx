// The one place ag-grid is set up: modules, Chinese locale, theme. Registers in later areas use this wrapper so
// every table looks and behaves the same.
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import { AllCommunityModule, ModuleRegistry, themeQuartz, type ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';

ModuleRegistry.registerModules([AllCommunityModule]);

const gridTheme = themeQuartz.withParams({
  fontFamily: ['Microsoft YaHei', '微软雅黑', 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'sans-serif'],
  fontSize: 14,
  headerFontWeight: 600,
  headerBackgroundColor: '#f2f6fb',
  accentColor: '#2660aa',
  borderColor: '#e4e7eb',
  rowHeight: 36,
  headerHeight: 38,
  wrapperBorderRadius: 4,
});

type DataGridProps<Row> = {
  rows: Row[] | null;
  columns: ColDef<Row>[];
  /** Accessible name of the table, read out by screen readers. */
  label: string;
  /** Pixels for registers that scroll inside the grid; 'auto' grows with the rows (short lists such as villages). */
  height?: number | 'auto';
  rowId?: (row: Row) => string;
};

export function DataGrid<Row>({ rows, columns, label, height = 420, rowId }: DataGridProps<Row>) {
  return (
    <div style={height === 'auto' ? undefined : { height }} role="region" aria-label={label}>
      <AgGridReact<Row>
        theme={gridTheme}
        localeText={AG_GRID_LOCALE_CN}
        rowData={rows}
        columnDefs={columns}
        defaultColDef={{ sortable: true, resizable: true, filter: true }}
        getRowId={rowId ? (params) => rowId(params.data) : undefined}
        domLayout={height === 'auto' ? 'autoHeight' : 'normal'}
        enableCellTextSelection
        ensureDomOrder
      />
    </div>
  );
}
