// After the import: what was really written (core planned again inside its transaction), the way to the register to
// see the persons, and the report to keep with the file.
import { useState } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import type { Caller } from '@renderer/components/useCaller';
import { hrefFor } from '@renderer/router';
import type { ChannelOutput } from '@shared/contract';
import { saveReport } from './saveReport';
import { Totals } from './Totals';

type DoneStepProps = {
  caller: Caller;
  fileName: string;
  outcome: ChannelOutput<'imports:commit'>;
  onAnother: () => void;
};

export function DoneStep({ caller, fileName, outcome, onAnother }: DoneStepProps) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const save = async () => setSaveError(await saveReport(caller, fileName, outcome.report));
  return (
    <div className="import-body">
      <div className="alert alert-success import-done" role="status">
        <strong>已写入人员登记。</strong>
        新增 {outcome.imported} 人，补充已有人员 {outcome.updated} 人，无变化 {outcome.unchanged} 人
        {outcome.refused > 0 ? `，拒绝 ${outcome.refused} 行未导入` : ''}。
      </div>
      <Totals report={outcome.report} label="导入结果" />
      <FormAlert message={saveError} />
      {outcome.refused > 0 ? (
        <p>被拒绝的行请保存报告，按报告中的原因在 Excel 中改正后，再导入同一个文件即可（已导入的人员不会重复）。</p>
      ) : null}
      <div className="actions">
        <a className="btn btn-primary" href={hrefFor('/persons')}>
          到人员登记查看
        </a>
        <button type="button" className="btn" onClick={() => void save()}>
          保存报告
        </button>
        <span className="spacer" />
        <button type="button" className="btn" onClick={onAnother}>
          导入另一个文件
        </button>
      </div>
    </div>
  );
}
