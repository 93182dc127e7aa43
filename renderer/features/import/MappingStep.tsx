// Step 2: what the dry run found — the sheet, the header row, what each column is taken as — and the corrections the
// clerk makes to it. Every correction runs the dry run again at once, so the counts beside it are always current.
import { useEffect, useState } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { IMPORT_FIELDS, type ImportAnalysis, type ImportField } from '@shared/contract';
import type { ImportOptions } from './options';
import { OverwriteChoice } from './OverwriteChoice';
import { Totals } from './Totals';
import { VillageMapping } from './VillageMapping';

type MappingStepProps = {
  analysis: ImportAnalysis;
  options: ImportOptions;
  error: string | null;
  busy: boolean;
  onChange: (options: ImportOptions) => void;
  onBack: () => void;
  onNext: () => void;
};

export function MappingStep({ analysis, options, error, busy, onChange, onBack, onNext }: MappingStepProps) {
  const [headerText, setHeaderText] = useState(String(analysis.headerRow));
  // a new sheet, or the header found again, moves the row shown in the box
  useEffect(() => setHeaderText(String(analysis.headerRow)), [analysis.sheet, analysis.headerRow]);
  const change = (patch: Partial<ImportOptions>) => onChange({ ...options, ...patch });

  // another sheet or header row has other columns: earlier column corrections no longer apply
  const chooseSheet = (sheet: string) => change({ sheet, headerRow: undefined, mapping: {} });
  const applyHeaderRow = () => {
    const row = Number(headerText);
    if (Number.isInteger(row) && row >= 1 && row <= 1000 && row !== analysis.headerRow) {
      change({ headerRow: row, mapping: {} });
    }
  };
  const mapColumn = (index: number, field: ImportField | 'ignore') =>
    change({ mapping: { ...options.mapping, [String(index)]: field } });

  return (
    <div className="import-body import-mapping">
      <div className="import-mapping-main">
        <div className="import-source-bar">
          {analysis.fileKind === 'xlsx' ? (
            <label className="import-inline">
              <span>工作表</span>
              <select className="input" value={analysis.sheet} onChange={(event) => chooseSheet(event.target.value)}>
                {analysis.sheets.map((sheet) => (
                  <option key={sheet.name} value={sheet.name}>
                    {sheet.name}（{sheet.rows} 行{sheet.looksLikeRegister ? '，像台账' : ''}）
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className="import-inline">
            <span>表头在第</span>
            <input
              className="input import-row-input"
              type="number"
              min={1}
              max={1000}
              value={headerText}
              onChange={(event) => setHeaderText(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') applyHeaderRow();
              }}
            />
            <span>行</span>
          </label>
          <button type="button" className="btn btn-small" onClick={applyHeaderRow}>
            按此行重新识别
          </button>
          <span className="muted">{options.headerRow === undefined ? '（自动找到）' : '（您指定）'}</span>
        </div>
        <FormAlert message={error} />
        <FormAlert message={analysis.notice} tone="info" />
        <div className="import-columns-scroll">
          <table className="import-table import-columns">
            <caption className="visually-hidden">各列对应的登记项目</caption>
            <thead>
              <tr>
                <th scope="col">列</th>
                <th scope="col">表头</th>
                <th scope="col">示例内容</th>
                <th scope="col">导入为</th>
              </tr>
            </thead>
            <tbody>
              {analysis.columns.map((column) => (
                <tr key={column.index} className={column.field === null ? 'import-column-ignored' : undefined}>
                  <td className="import-letter">{column.letter}</td>
                  <td>{column.header || <span className="muted">（无表头）</span>}</td>
                  <td className="import-samples">
                    {column.samples.join('　|　') || <span className="muted">（空）</span>}
                  </td>
                  <td>
                    <select
                      className="input"
                      aria-label={`${column.letter} 列“${column.header || '无表头'}”导入为`}
                      value={column.field ?? 'ignore'}
                      onChange={(event) => mapColumn(column.index, event.target.value as ImportField | 'ignore')}
                    >
                      <option value="ignore">不导入</option>
                      {IMPORT_FIELDS.map(([field, label]) => (
                        <option key={field} value={field}>
                          {label}
                        </option>
                      ))}
                    </select>
                    {options.mapping[String(column.index)] !== undefined ? (
                      <span className="import-changed">已修改</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <aside className="import-mapping-side" aria-label="试导入结果和村名对照">
        <section className="import-panel">
          <h3>试导入结果{busy ? '（正在更新…）' : ''}</h3>
          <Totals report={analysis.report} label="试导入结果" />
        </section>
        <VillageMapping
          analysis={analysis}
          villageMap={options.villageMap}
          onChange={(villageMap) => change({ villageMap })}
        />
        <OverwriteChoice
          report={analysis.report}
          fields={options.overwriteFields}
          onChange={(overwriteFields) => change({ overwriteFields })}
        />
        <div className="actions">
          <button type="button" className="btn" onClick={onBack}>
            重新选择文件
          </button>
          <span className="spacer" />
          <button type="button" className="btn btn-primary" disabled={busy} onClick={onNext}>
            下一步：查看报告
          </button>
        </div>
      </aside>
    </div>
  );
}
