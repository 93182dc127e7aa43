// Turning what clerks already have into village rows: lines pasted from Excel/WPS (tab-separated), typed lists
// (`代码 名称`), and CSV files saved by Chinese Excel, which are GBK unless "UTF-8" was chosen explicitly.
export type VillageInput = { code: string; name: string };
export type ParsedVillages = { rows: VillageInput[]; notes: string[] };

const FULL_WIDTH_DIGIT = /[０-９]/g;
const SCIENTIFIC = /^\d(\.\d+)?e\+?\d+$/i;

function toHalfWidthDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/** Splits one CSV line, honouring double quotes ("a,b" stays one cell, "" is a quote). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line.charAt(i);
    if (quoted) {
      if (char === '"' && line.charAt(i + 1) === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',' || char === '，') {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  return cells;
}

function splitLine(line: string): string[] {
  if (line.includes('\t')) return line.split('\t');
  if (line.includes(',') || line.includes('，')) return splitCsvLine(line);
  // `130123100201 东村` or `130123100201东村`: a code followed by the name.
  const trimmed = line.trim();
  const spaced = /^(\S+)\s+(.*)$/.exec(trimmed);
  if (spaced) return [spaced[1] ?? '', spaced[2] ?? ''];
  const glued = /^('?\d+)(\D.*)$/.exec(trimmed);
  return glued ? [glued[1] ?? '', glued[2] ?? ''] : [trimmed];
}

export function parseVillageLines(text: string): ParsedVillages {
  const rows: VillageInput[] = [];
  const notes: string[] = [];
  let skipped = 0;
  const lines = toHalfWidthDigits(text.replace(/^\uFEFF/, '')).split(/\r\n|\n|\r/);
  lines.forEach((line, index) => {
    const cells = splitLine(line).map((cell) => cell.trim());
    if (cells.every((cell) => cell === '')) return;
    // Excel keeps a leading apostrophe on numbers stored as text; spaces inside a code are typing slips.
    const code = (cells[0] ?? '').replace(/^'/, '').replace(/\s+/g, '');
    const name = cells.slice(1).find((cell) => cell !== '') ?? '';
    // A first cell without any digit is a title, a header (代码,名称) or a remark, not a village.
    if (!/\d/.test(code)) {
      skipped += 1;
      return;
    }
    if (SCIENTIFIC.test(code)) {
      notes.push(
        `原内容第 ${index + 1} 行的代码“${code}”已被 Excel 改成科学计数法，后几位数字已丢失，无法还原：请在 Excel 中把代码列设为“文本”后重新复制。`,
      );
    }
    rows.push({ code, name });
  });
  if (skipped > 0) notes.push(`已跳过 ${skipped} 行标题或说明（第一列不是代码）。`);
  return { rows, notes };
}

export type DecodedText = { text: string; encoding: string };

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, UTF-16 when marked so, otherwise GB18030 (GBK). */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16' };
  try {
    // TextDecoder drops a UTF-8 BOM by itself; `fatal` makes GBK bytes throw instead of turning into �.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GBK（GB18030）' };
  }
}
