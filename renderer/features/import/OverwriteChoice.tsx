// Which values of persons already registered the file may replace. The default is none: the file only fills empty
// fields, because an old ledger is more often out of date than the register the clerk has been keeping since.
import { IMPORT_FIELD_LABELS, OVERWRITABLE_FIELDS, type ImportField, type ImportReport } from '@shared/contract';

type OverwriteChoiceProps = {
  report: ImportReport;
  fields: ImportField[];
  onChange: (fields: ImportField[]) => void;
};

export function OverwriteChoice({ report, fields, onChange }: OverwriteChoiceProps) {
  const existing = report.update + report.unchanged;
  const toggle = (field: ImportField, on: boolean) =>
    onChange(
      on ? OVERWRITABLE_FIELDS.filter((f) => f === field || fields.includes(f)) : fields.filter((f) => f !== field),
    );
  return (
    <details className="import-panel import-overwrite" open={fields.length > 0}>
      <summary>
        已登记人员的信息：{fields.length === 0 ? '只补充空白，不覆盖' : `覆盖 ${fields.length} 项`}
        <span className="muted">（文件中已登记 {existing} 人）</span>
      </summary>
      <fieldset>
        <legend>勾选的项目将用文件中的内容覆盖登记册中已有的内容（性别、出生日期始终以身份证号码为准）：</legend>
        <div className="import-overwrite-grid">
          {OVERWRITABLE_FIELDS.map((field) => (
            <label key={field} className="import-check">
              <input
                type="checkbox"
                checked={fields.includes(field)}
                onChange={(event) => toggle(field, event.target.checked)}
              />
              {IMPORT_FIELD_LABELS[field]}
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}
