// Step 2: the villages and communities of the township. Clerks have this list in Excel already, so besides typing
// there are two ways in: paste lines copied from Excel/WPS, or open a CSV file (GBK or UTF-8).
import { useState, type ChangeEvent } from 'react';
import type { FieldErrors } from '@renderer/components/fieldErrors';
import { FormAlert } from '@renderer/components/FormAlert';
import { isBlankRow, villageRow, type SetupDraft, type VillageRow } from './setupDraft';
import { decodeTextFile, parseVillageLines, type ParsedVillages } from './villageImport';
import { VillageTable } from './VillageTable';

type StepProps = {
  draft: SetupDraft;
  errors: FieldErrors;
  /** Replaces the rows; `touched` is the cell path edited, or 'villages' when rows were added, removed or moved. */
  onRowsChange: (rows: VillageRow[], touched: string) => void;
};

type Report = { added: number; duplicates: number; notes: string[]; source: string };

/**
 * Puts parsed rows after row `at` (or in its place when it is blank, as when pasting into an empty line), skipping
 * rows already in the table word for word so loading the same file twice does not double the list.
 */
function mergeRows(rows: VillageRow[], parsed: ParsedVillages, at: number): { rows: VillageRow[]; report: Report } {
  const existing = new Set(rows.map((row) => `${row.code}\u0000${row.name}`));
  const fresh = parsed.rows.filter((row) => !existing.has(`${row.code}\u0000${row.name}`));
  const target = rows[at];
  const head = rows.slice(0, target !== undefined && isBlankRow(target) ? at : at + 1);
  const merged = [...head, ...fresh.map((row) => villageRow(row)), ...rows.slice(at + 1)].filter(
    (row) => !isBlankRow(row),
  );
  return {
    rows: merged.length > 0 ? merged : [villageRow()],
    report: { added: fresh.length, duplicates: parsed.rows.length - fresh.length, notes: parsed.notes, source: '' },
  };
}

function reportText(report: Report): string {
  const parts = [`${report.source}加入 ${report.added} 个村（社区）。`];
  if (report.duplicates > 0) parts.push(`${report.duplicates} 行与表中已有内容完全相同，未重复加入。`);
  return [...parts, ...report.notes].join(' ');
}

export function StepVillages({ draft, errors, onRowsChange }: StepProps) {
  const [pasteText, setPasteText] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const rows = draft.villages;
  const filled = rows.filter((row) => !isBlankRow(row)).length;

  const addParsed = (parsed: ParsedVillages, at: number, source: string) => {
    const merged = mergeRows(rows, parsed, at);
    onRowsChange(merged.rows, 'villages');
    setReport({ ...merged.report, source });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    const decoded = decodeTextFile(new Uint8Array(await file.arrayBuffer()));
    addParsed(parseVillageLines(decoded.text), rows.length, `从文件“${file.name}”（${decoded.encoding} 编码）`);
    // Clearing lets the clerk load the same file again after fixing it in Excel.
    input.value = '';
  };

  const onAddPasted = () => {
    addParsed(parseVillageLines(pasteText), rows.length, '从粘贴的内容');
    setPasteText('');
  };

  const edit = (index: number, column: 'code' | 'name', value: string) => {
    onRowsChange(
      rows.map((row, i) => (i === index ? { ...row, [column]: value } : row)),
      `villages.${index}.${column}`,
    );
  };

  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    onRowsChange(next.length > 0 ? next : [villageRow()], 'villages');
  };

  return (
    <fieldset className="wizard-fieldset">
      <legend className="wizard-legend">本乡镇的村（社区）</legend>
      <p className="muted wizard-intro">
        代码为 12 位，前 9 位是乡镇代码 {draft.townshipCode || '（第 1 步填写）'}。在表格中按回车跳到下一行； 从 Excel
        复制两列（代码、名称）后可直接粘贴到表格或右侧的粘贴框。
      </p>
      <div className="village-step">
        <div className="village-main">
          <FormAlert message={errors.villages} />
          <VillageTable
            rows={rows}
            errors={errors}
            onEdit={edit}
            onRemove={remove}
            onAddRow={() => onRowsChange([...rows, villageRow()], 'villages.new')}
            onPasteLines={(index, text) => addParsed(parseVillageLines(text), index, '从粘贴的内容')}
          />
          <div className="village-footer">
            <button
              type="button"
              className="btn btn-small"
              onClick={() => onRowsChange([...rows, villageRow()], 'villages.new')}
            >
              ＋ 添加一行
            </button>
            <span className="muted">共 {filled} 个村（社区）</span>
          </div>
        </div>
        <aside className="village-side" aria-label="批量录入">
          <div className="field">
            <label htmlFor="village-paste">从 Excel 粘贴</label>
            <textarea
              id="village-paste"
              className="input"
              rows={4}
              value={pasteText}
              placeholder="例：130123100201　东关村"
              aria-describedby="village-paste-hint"
              onChange={(event) => setPasteText(event.target.value)}
            />
            <div id="village-paste-hint" className="field-hint">
              每行：代码和名称，以 Tab、逗号或空格隔开
            </div>
            <button type="button" className="btn btn-small" disabled={pasteText.trim() === ''} onClick={onAddPasted}>
              加入列表
            </button>
          </div>
          <div className="field">
            <span className="side-label">导入 CSV 文件</span>
            <label className="btn btn-small file-button">
              选择 CSV 文件……
              <input
                type="file"
                accept=".csv,.txt,text/csv,text/plain"
                className="visually-hidden"
                onChange={(event) => void onFile(event)}
              />
            </label>
            <div className="field-hint">两列：代码,名称；第一行可以是标题。Excel 另存的 GBK 或 UTF-8 文件都可以。</div>
          </div>
          {report ? (
            <FormAlert tone={report.notes.length > 0 ? 'info' : 'success'} message={reportText(report)} />
          ) : null}
        </aside>
      </div>
    </fieldset>
  );
}
