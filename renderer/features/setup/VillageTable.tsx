// The village list as a plain table of inputs: every cell has a (hidden) label and its own error line, Enter moves
// down like in Excel, and a multi-line paste into a cell is spread over rows instead of landing in one input.
import type { ClipboardEvent, KeyboardEvent } from 'react';
import type { FieldErrors } from '@renderer/components/fieldErrors';
import type { VillageRow } from './setupDraft';

type Column = 'code' | 'name';

type VillageTableProps = {
  rows: VillageRow[];
  errors: FieldErrors;
  onEdit: (index: number, column: Column, value: string) => void;
  onRemove: (index: number) => void;
  onAddRow: () => void;
  onPasteLines: (index: number, text: string) => void;
};

const cellId = (index: number, column: Column) => `village-${index}-${column}`;

function focusCell(index: number, column: Column): void {
  // After adding a row React renders it first; wait one frame before moving focus there.
  requestAnimationFrame(() => document.getElementById(cellId(index, column))?.focus());
}

export function VillageTable({ rows, errors, onEdit, onRemove, onAddRow, onPasteLines }: VillageTableProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number, column: Column) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    if (index === rows.length - 1) onAddRow();
    focusCell(index + 1, column);
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>, index: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    onPasteLines(index, text);
  };

  return (
    <div className="village-table-wrap">
      <table className="village-table">
        <thead>
          <tr>
            <th scope="col" className="col-index">
              序号
            </th>
            <th scope="col" className="col-code">
              村（社区）代码（12 位）
            </th>
            <th scope="col">村（社区）名称</th>
            <th scope="col" className="col-action">
              操作
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key}>
              <td className="col-index">{index + 1}</td>
              {(['code', 'name'] as const).map((column) => {
                const id = cellId(index, column);
                const error = errors[`villages.${index}.${column}`];
                return (
                  <td key={column}>
                    <label htmlFor={id} className="visually-hidden">
                      第 {index + 1} 行{column === 'code' ? '村（社区）代码' : '村（社区）名称'}
                    </label>
                    <input
                      id={id}
                      className="input"
                      value={row[column]}
                      autoComplete="off"
                      inputMode={column === 'code' ? 'numeric' : undefined}
                      autoFocus={index === 0 && column === 'code'}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-error` : undefined}
                      onChange={(event) => onEdit(index, column, event.target.value)}
                      onKeyDown={(event) => onKeyDown(event, index, column)}
                      onPaste={(event) => onPaste(event, index)}
                    />
                    {error ? (
                      <div id={`${id}-error`} className="field-error">
                        {error}
                      </div>
                    ) : null}
                  </td>
                );
              })}
              <td className="col-action">
                <button
                  type="button"
                  className="btn btn-link"
                  aria-label={`删除第 ${index + 1} 行`}
                  onClick={() => onRemove(index)}
                >
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
