// The columns of the chosen sheet: the header found (or chosen by the clerk), each column's field from its header,
// then the clerk's corrections. A field is held by one column only: mapping a field to a column takes it away from
// the column that had it by its header. The layout needs only the first rows, so rows can be checked as they are
// read; the samples shown on the mapping screen are gathered as the rows go by.
import type { ImportColumn, ImportField } from '@shared/contract/imports';
import { maskIdNumber } from '@shared/domain/id-number';
import { normaliseIdText } from '@shared/domain/text-normalise';
import { cellText, columnLetter, isBlankCell, type SheetRow } from '@core/io/import/cells';
import type { HeaderGuess } from '@core/io/import/headers';

const SAMPLES = 3;

function sample(text: string): string {
  const compact = normaliseIdText(text);
  // ID-like numbers are masked on the mapping screen as everywhere else
  return /^\d{14,17}[\dX]$/.test(compact) ? maskIdNumber(compact) : text.slice(0, 40);
}

/** Which field each column holds: from the header, the clerk's mapping and the width of the first data rows. */
export type ColumnLayout = {
  header: HeaderGuess;
  width: number;
  /** field → column position (0 = column A) */
  fields: Map<ImportField, number>;
  /** the field of each column position below `width` */
  columnFields: (ImportField | null)[];
  /** the positions of the columns that hold a field (the values of `fields`), for rowKind */
  mapped: number[];
};

/** How many data rows decide the width of the sheet. */
export const WIDTH_ROWS = 50;

/** `firstData`: the first WIDTH_ROWS rows after the header (all of them, if fewer). */
export function columnLayout(
  header: HeaderGuess,
  firstData: readonly SheetRow[],
  mapping: Readonly<Record<string, ImportField | 'ignore'>> = {},
): ColumnLayout {
  const mappedWidth = Math.max(0, ...Object.keys(mapping).map(Number));
  const width = Math.max(header.labels.length, mappedWidth, ...firstData.map((row) => row.cells.length));
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
  const columnFields: (ImportField | null)[] = [];
  for (let c = 0; c < width; c += 1) {
    let field = assigned[c] ?? null;
    // two corrections naming one field: the first column keeps it
    if (field !== null && fields.has(field)) field = null;
    if (field !== null) fields.set(field, c);
    columnFields.push(field);
  }
  return { header, width, fields, columnFields, mapped: [...fields.values()] };
}

/** The first SAMPLES non-blank values of each column, from the rows after the header as they come. */
export function columnSampler(layout: ColumnLayout) {
  const samples: string[][] = Array.from({ length: layout.width }, () => []);
  let wanting = layout.width;
  return {
    add(row: SheetRow): void {
      if (wanting === 0) return;
      for (let c = 0; c < layout.width; c += 1) {
        const taken = samples[c]!;
        if (taken.length === SAMPLES) continue;
        const cell = row.cells[c] ?? null;
        if (isBlankCell(cell)) continue;
        taken.push(sample(cellText(cell)));
        if (taken.length === SAMPLES) wanting -= 1;
      }
    },
    columns(): ImportColumn[] {
      const columns: ImportColumn[] = [];
      for (let c = 0; c < layout.width; c += 1) {
        const field = layout.columnFields[c] ?? null;
        const headerText = layout.header.labels[c] ?? '';
        if (headerText === '' && field === null && samples[c]!.length === 0) continue;
        columns.push({ index: c + 1, letter: columnLetter(c + 1), header: headerText, field, samples: samples[c]! });
      }
      return columns;
    },
  };
}
