// The paper of the ledgers, shared by print.css (which must say the same millimetres) and the preview's page count.
// The preview lays the sheet out at the paper's width, so its rows wrap exactly as on paper and the rows' heights
// tell how Chromium will paginate: a row never splits, and every new page starts with the repeated header row.

export type Paper = { widthMm: number; heightMm: number; topMm: number; bottomMm: number };

/** Keep in step with the @page rules of renderer/styles/print.css. */
export const PAPER: Record<'portrait' | 'landscape', Paper> = {
  portrait: { widthMm: 210, heightMm: 297, topMm: 15, bottomMm: 16 },
  landscape: { widthMm: 297, heightMm: 210, topMm: 14, bottomMm: 15 },
};

const PX_PER_MM = 96 / 25.4;

/** A block or table row that never splits; `keep`: it never starts a page (break-before: avoid, e.g. 合计). */
type Unit = { top: number; bottom: number; header: number; keep: boolean };

/** The scale the preview shows the sheet at (it shrinks to fit a 1366-pixel screen); the paper is always at 1. */
export function fitZoom(available: number, paper: Paper): number {
  return Math.min(1, Math.max(0.5, available / (paper.widthMm * PX_PER_MM)));
}

function unitsOf(sheet: HTMLElement, paper: Paper): Unit[] {
  const sheetBox = sheet.getBoundingClientRect();
  // boxes are measured on screen, possibly scaled down; the pagination happens at the paper's own size
  const scale = sheetBox.width / (paper.widthMm * PX_PER_MM) || 1;
  const origin = sheetBox.top + parseFloat(getComputedStyle(sheet).paddingTop) * scale;
  const units: Unit[] = [];
  const add = (element: Element, header: number) => {
    const box = element.getBoundingClientRect();
    const keep = getComputedStyle(element).breakBefore === 'avoid';
    units.push({ top: (box.top - origin) / scale, bottom: (box.bottom - origin) / scale, header, keep });
  };
  for (const child of Array.from(sheet.children)) {
    if (!(child instanceof HTMLTableElement)) {
      add(child, 0);
      continue;
    }
    const header = (child.tHead?.getBoundingClientRect().height ?? 0) / scale;
    if (child.tHead) add(child.tHead, 0);
    for (const body of Array.from(child.tBodies)) for (const row of Array.from(body.rows)) add(row, header);
  }
  return units;
}

/** The pages of a sheet: how many, and where each page after the first begins (px from the top of the content). */
export type Pagination = { pages: number; breaks: number[] };

/**
 * How the sheet will print: rows and blocks in order, each moved to a new page when it does not fit; a unit that must
 * not start a page takes the units before it along, as Chromium does.
 */
export function paginate(sheet: HTMLElement, paper: Paper): Pagination {
  const pageHeight = (paper.heightMm - paper.topMm - paper.bottomMm) * PX_PER_MM;
  const units = unitsOf(sheet, paper);
  const breaks: number[] = [];
  let pageTop = 0;
  let first = 0;
  for (let i = 0; i < units.length; i += 1) {
    if (units[i]!.bottom - pageTop <= pageHeight || i === first) continue;
    let next = i;
    while (next > first + 1 && units[next]!.keep) next -= 1;
    breaks.push(units[next]!.top);
    first = next;
    // the header row is repeated at the top of the new page, above the row that moved
    pageTop = units[next]!.top - units[next]!.header;
    i = next;
  }
  return { pages: breaks.length + 1, breaks };
}

/**
 * A CSS string that cannot end early or inject a rule: everything but letters and digits becomes a hex escape. The
 * running header carries the title and the village's name, which the clerk typed.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    out += /^[\p{L}\p{N}]$/u.test(char) ? char : `\\${(char.codePointAt(0) ?? 0x20).toString(16)} `;
  }
  return `${out}"`;
}

/** The small line at the top of every page after the first, so a loose page still says which ledger it belongs to. */
export function runningHeaderCss(pageName: string, text: string): string {
  return `@page ${pageName} { @top-right { content: ${cssString(text)}; } }
@page ${pageName}:first { @top-right { content: none; } }`;
}
