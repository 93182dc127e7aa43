// The last word before writing: exactly what the chosen mode will write, counted from the dry run the clerk has just
// read. Core plans again inside its transaction, so the done page reports what was really written.
import { Dialog } from '@renderer/components/Dialog';
import { IMPORT_FIELD_LABELS, type ImportField, type ImportMode, type ImportReport } from '@shared/contract';

type CommitDialogProps = {
  report: ImportReport;
  mode: ImportMode;
  overwriteFields: ImportField[];
  onConfirm: () => void;
  onClose: () => void;
};

export function commitSentences(report: ImportReport, mode: ImportMode, overwrite: ImportField[]): string[] {
  if (mode === 'all-or-nothing' && report.refused > 0) {
    return [`文件中有 ${report.refused} 行被拒绝。按“全部导入”方式，本次不会写入任何数据。`];
  }
  const lines = [`新增 ${report.new} 名失业人员到人员登记。`];
  if (report.update > 0) {
    lines.push(
      overwrite.length === 0
        ? `为 ${report.update} 名已登记人员补充空白的信息，已有内容不变。`
        : `为 ${report.update} 名已登记人员补充信息，并用文件内容覆盖：${overwrite.map((f) => IMPORT_FIELD_LABELS[f]).join('、')}。`,
    );
  }
  if (report.unchanged > 0) lines.push(`${report.unchanged} 名已登记人员没有需要修改的信息，不作改动。`);
  if (report.refused > 0) lines.push(`${report.refused} 行被拒绝，不导入；可保存报告，改正后再导入这些行。`);
  lines.push('每人的修改记录中注明来源为“导入”，并记入操作日志。');
  return lines;
}

export function CommitDialog({ report, mode, overwriteFields, onConfirm, onClose }: CommitDialogProps) {
  const nothing = mode === 'all-or-nothing' && report.refused > 0;
  return (
    <Dialog title="确认导入" onClose={onClose} width={560}>
      <p>确认后将写入登记册：</p>
      <ul className="import-confirm-list">
        {commitSentences(report, mode, overwriteFields).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="actions">
        <span className="spacer" />
        <button type="button" className="btn" onClick={onClose}>
          取消
        </button>
        <button type="button" className="btn btn-primary" data-autofocus onClick={onConfirm}>
          {nothing ? '仍然导入（不会写入）' : '确认导入'}
        </button>
      </div>
    </Dialog>
  );
}
