// The columns of the chosen sheet: the header found (or chosen by the clerk), each column's field from its header,
// then the clerk's corrections. A field is held by one column only: mapping a field to a column takes it away from
// the column that had it by its header.
import type { ImportColumn, ImportField } from '@shared/contract/imports';
import { maskIdNumber } from '@shared/domain/id-number';
import { normaliseIdText } from '@shared/domain/text-normalise';
import { cellText, columnLetter, isBlankCell, type SheetRow } from '@core/io/import/cells';
import type { HeaderGuess } from '@core/io/import/headers';

export type ColumnPlan = {
  columns: ImportColumn[];
  /** field → column position (0 = column A) */
  fields: Map<ImportField, number>;
};

const SAMPLES = 3;

function sample(text: string): string {
  const compact = normaliseIdText(text);
  // ID-like numbers are masked on the mapping screen as everywhere else
  return /^\d{14,17}[\dX]$/.test(compact) ? maskIdNumber(compact) : text.slice(0, 40);
}

export function planColumns(
  rows: readonly SheetRow[],
  header: HeaderGuess,
  mapping: Readonly<Record<string, ImportField | 'ignore'>> = {},
): ColumnPlan {
  const firstData = header.headerRow + header.headerRows;
  const data = rows.filter((row) => row.number >= firstData);
  const mappedWidth = Math.max(0, ...Object.keys(mapping).map(Number));
  const width = Math.max(header.labels.length, mappedWidth, ...data.slice(0, 50).map((row) => row.cells.length));
  const assigned: (ImportField | null)[] = [];
  const overridden = new Set(Object.values(mapping).filter((field): field is ImportField => field !== 'ignore'));
  for (let c = 0; c < width; c += 1) {
    const own = mapping[String(c + 1)];
    if (own !== undefined) assigned.push(own === 'ignore' ? null : own);
    else {
      const byHeader = header.fields[c] ?? null;
      assigned.push(byHeader !== null && overridden.has(byHeader) ? null : byHeader);
    }
  }
  const fields = new Map<ImportField, number>();
  const columns: ImportColumn[] = [];
  for (let c = 0; c < width; c += 1) {
    let field = assigned[c] ?? null;
    // two corrections naming one field: the first column keeps it
    if (field !== null && fields.has(field)) field = null;
    if (field !== null) fields.set(field, c);
    const samples: string[] = [];
    for (const row of data) {
      if (samples.length === SAMPLES) break;
      const cell = row.cells[c] ?? null;
      if (!isBlankCell(cell)) samples.push(sample(cellText(cell)));
    }
    const headerText = header.labels[c] ?? '';
    if (headerText === '' && field === null && samples.length === 0) continue;
    columns.push({ index: c + 1, letter: columnLetter(c + 1), header: headerText, field, samples });
  }
  return { columns, fields };
}
