// A register that may hold 100,000 rows: ag-grid's Infinite Row Model asks the server for one block at a time
// (offset/limit/sort), so the first rows appear after one small query however large the register is. Sorting is done
// by the server; the grid only remembers which column the clerk clicked.
import { useCallback, useMemo, useRef } from 'react';
import type { CellKeyDownEvent, ColDef, GetRowIdParams, GridApi, IDatasource, SortModelItem } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { GRID_LOCALE, gridTheme } from './gridSetup';

// Registers have a dozen columns to fit in 1366 px: a little less padding than the short lists of DataGrid.
const registerTheme = gridTheme.withParams({ cellHorizontalPaddingScale: 0.6 });

const DEFAULT_COL: ColDef = { sortable: false, resizable: true, sortingOrder: ['asc', 'desc', null] };

export type InfiniteRange = { offset: number; limit: number; sort: SortModelItem | null };
export type InfinitePage<Row> = { rows: Row[]; total: number };
/** Returns null on failure (the caller shows its own message). A new function identity reloads from the top. */
export type InfiniteFetch<Row> = (range: InfiniteRange) => Promise<InfinitePage<Row> | null>;

type InfiniteGridProps<Row> = {
  /** Accessible name of the table. */
  label: string;
  columns: ColDef<Row>[];
  fetchRows: InfiniteFetch<Row>;
  rowId: (row: Row) => string;
  /** Double-click or Enter on a row. */
  onRowOpen?: (row: Row) => void;
  /** The total of the current query, each time a block arrives. */
  onTotal?: (total: number) => void;
  onReady?: (api: GridApi<Row>) => void;
  /** CSS height of the grid, e.g. 'calc(100vh - 300px)'. */
  height: string;
  blockSize?: number;
};

export function InfiniteGrid<Row>({
  label,
  columns,
  fetchRows,
  rowId,
  onRowOpen,
  onTotal,
  onReady,
  height,
  blockSize = 100,
}: InfiniteGridProps<Row>) {
  // Callbacks through refs: a new onTotal each render must not rebuild the datasource (that would reload the rows).
  const onTotalRef = useRef(onTotal);
  onTotalRef.current = onTotal;
  const onOpenRef = useRef(onRowOpen);
  onOpenRef.current = onRowOpen;
  // ag-grid reads getRowId once; a stable wrapper lets the caller pass an inline function.
  const rowIdRef = useRef(rowId);
  rowIdRef.current = rowId;
  const getRowId = useCallback((params: GetRowIdParams<Row>) => rowIdRef.current(params.data), []);

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: (params) => {
        const range = {
          offset: params.startRow,
          limit: params.endRow - params.startRow,
          sort: params.sortModel[0] ?? null,
        };
        void fetchRows(range).then((page) => {
          if (!page) {
            params.failCallback();
            return;
          }
          // The total is known, so the scrollbar has its real length from the first block on.
          params.successCallback(page.rows, page.total);
          onTotalRef.current?.(page.total);
        });
      },
    }),
    [fetchRows],
  );

  const onCellKeyDown = (event: CellKeyDownEvent<Row>) => {
    const key = event.event instanceof KeyboardEvent ? event.event.key : null;
    if (key === 'Enter' && event.data) onOpenRef.current?.(event.data);
  };

  return (
    <div style={{ height }} role="region" aria-label={label}>
      <AgGridReact<Row>
        theme={registerTheme}
        localeText={GRID_LOCALE}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={blockSize}
        maxBlocksInCache={50}
        maxConcurrentDatasourceRequests={2}
        infiniteInitialRowCount={1}
        columnDefs={columns}
        defaultColDef={DEFAULT_COL}
        getRowId={getRowId}
        onRowDoubleClicked={(event) => {
          if (event.data) onOpenRef.current?.(event.data);
        }}
        onCellKeyDown={onCellKeyDown}
        onGridReady={(event) => onReady?.(event.api)}
        enableCellTextSelection
        ensureDomOrder
        suppressCellFocus={false}
      />
    </div>
  );
}
