// A ledger table as on the county's paper templates: fixed column widths in millimetres (so the screen and the paper
// wrap alike), the header row repeated on every printed page (thead is a table-header-group), rows never split
// across pages, and the totals as the last rows of the body (a tfoot would repeat on every page).
import { memo, type ReactNode } from 'react';

export type LedgerColumn<Row> = {
  header: string;
  /** millimetres; one column without a width takes the rest */
  width?: number;
  align?: 'left' | 'center' | 'right';
  /** ID numbers and dates: one line, never broken after the 17th digit */
  nowrap?: boolean;
  cell: (row: Row) => string | number;
};

function cellClass<Row>(column: LedgerColumn<Row>): string | undefined {
  const names = [column.align ? `lg-${column.align}` : '', column.nowrap ? 'lg-nowrap' : ''].filter(Boolean);
  return names.length > 0 ? names.join(' ') : undefined;
}

/** One row; memoised, so adding the next hundred rows never re-renders the rows already shown. */
function RowCells<Row>({ row, columns }: { row: Row; columns: LedgerColumn<Row>[] }) {
  return (
    <tr>
      {columns.map((column) => (
        <td key={column.header} className={cellClass(column)}>
          {column.cell(row)}
        </td>
      ))}
    </tr>
  );
}
const LedgerRow = memo(RowCells) as typeof RowCells;

type Props<Row> = {
  label: string;
  columns: LedgerColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row, index: number) => string | number;
  /** rows after the data, e.g. 合计; they get the table's column count to span */
  totals?: (columnCount: number) => ReactNode;
  empty?: string;
  /** rows shown so far while a long ledger is being laid out; the totals wait for the last row */
  limit?: number;
};

export function LedgerTable<Row>(props: Props<Row>) {
  const { label, columns, rows, rowKey, totals, empty = '本期无记录', limit = rows.length } = props;
  return (
    <table className="lg-table" aria-label={label}>
      <colgroup>
        {columns.map((column) => (
          <col key={column.header} style={column.width ? { width: `${column.width}mm` } : undefined} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length} className="lg-empty">
              {empty}
            </td>
          </tr>
        ) : null}
        {rows.slice(0, limit).map((row, index) => (
          <LedgerRow key={rowKey(row, index)} row={row} columns={columns} />
        ))}
        {limit >= rows.length ? totals?.(columns.length) : null}
      </tbody>
    </table>
  );
}
