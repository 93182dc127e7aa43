// Step 3: the dry run's report — counts, every line with its Excel row number and reasons, a filter by outcome,
// 保存报告 — and the import itself with the clerk's choice of what to do about refused rows.
import { useMemo, useState } from 'react';
import { DataGrid } from '@renderer/components/DataGrid';
import { FormAlert } from '@renderer/components/FormAlert';
import type { Caller } from '@renderer/components/useCaller';
import type { ImportAnalysis, ImportField, ImportMode } from '@shared/contract';
import { CommitDialog } from './CommitDialog';
import { LINE_FILTERS, matchesFilter, REPORT_COLUMNS, type LineFilter } from './reportColumns';
import { saveReport } from './saveReport';
import { Totals } from './Totals';

type ReportStepProps = {
  caller: Caller;
  fileName: string;
  analysis: ImportAnalysis;
  overwriteFields: ImportField[];
  error: string | null;
  busy: boolean;
  onBack: () => void;
  onCommit: (mode: ImportMode) => void;
};

const MODES: readonly [ImportMode, string][] = [
  ['good-rows-only', '只导入无误的行'],
  ['all-or-nothing', '全部导入（有拒绝行则全部不导入）'],
];

export function ReportStep(props: ReportStepProps) {
  const { caller, fileName, analysis, overwriteFields, error, busy, onBack, onCommit } = props;
  const { report } = analysis;
  const [filter, setFilter] = useState<LineFilter>(report.refused > 0 ? 'refused' : 'all');
  const [mode, setMode] = useState<ImportMode>(report.refused > 0 ? 'good-rows-only' : 'all-or-nothing');
  const [confirming, setConfirming] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const lines = useMemo(() => report.lines.filter((line) => matchesFilter(line, filter)), [report, filter]);
  const writable = report.new + report.update;

  const save = async () => setSaveError(await saveReport(caller, fileName, report));

  return (
    <div className="import-body">
      <div className="import-report-head">
        <Totals report={report} label="试导入报告" />
        <button type="button" className="btn" onClick={() => void save()}>
          保存报告
        </button>
      </div>
      <FormAlert message={saveError ?? error} />
      <div className="import-filter" role="radiogroup" aria-label="按结果筛选">
        <span>显示：</span>
        {LINE_FILTERS.map(([value, label]) => (
          <label key={value} className="import-check">
            <input type="radio" name="import-filter" checked={filter === value} onChange={() => setFilter(value)} />
            {label}（{report.lines.filter((line) => matchesFilter(line, value)).length}）
          </label>
        ))}
      </div>
      <DataGrid
        rows={lines}
        columns={REPORT_COLUMNS}
        label="试导入报告的各行"
        height={262}
        rowId={(line) => String(line.row)}
      />
      <fieldset className="import-commit">
        <legend>导入方式</legend>
        {MODES.map(([value, label]) => (
          <label key={value} className="import-check">
            <input type="radio" name="import-mode" checked={mode === value} onChange={() => setMode(value)} />
            {label}
          </label>
        ))}
        <span className="spacer" />
        <button type="button" className="btn" onClick={onBack}>
          上一步：修改对应关系
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || writable === 0}
          title={writable === 0 ? '没有可以导入的行' : undefined}
          onClick={() => setConfirming(true)}
        >
          导入…
        </button>
      </fieldset>
      {confirming ? (
        <CommitDialog
          report={report}
          mode={mode}
          overwriteFields={overwriteFields}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onCommit(mode);
          }}
        />
      ) : null}
    </div>
  );
}
