// Step 1: the clerk picks the register file, by the file dialog (keyboard: Tab to the button, Enter) or by dragging
// it onto the box. What the file is (.xls, too big, not a table) is core's to decide; its message is shown here.
import { useRef, useState, type DragEvent } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { tooBigMessage } from './fileData';

type FileStepProps = {
  error: string | null;
  busy: boolean;
  onFile: (file: File) => void;
  onProblem: (message: string) => void;
};

export function FileStep({ error, busy, onFile, onProblem }: FileStepProps) {
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const take = (file: File | undefined) => {
    if (!file || busy) return;
    const big = tooBigMessage(file.size);
    if (big) onProblem(big);
    else onFile(file);
    // cleared so that choosing the same file again (after fixing it in Excel) still counts as a choice
    if (input.current) input.current.value = '';
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files[0]);
  };

  return (
    <div className="import-body">
      <FormAlert message={error} />
      <div
        className={over ? 'import-drop import-drop-over' : 'import-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p className="import-drop-title">把台账文件拖到这里，或点击下面的按钮选择文件</p>
        <label className="import-file-label">
          <span>选择台账文件</span>
          <input
            ref={input}
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            disabled={busy}
            aria-describedby="import-file-hint"
            onChange={(event) => take(event.target.files?.[0])}
          />
        </label>
        <p id="import-file-hint" className="muted">
          支持 Excel 工作簿（.xlsx）和 CSV 文件，最大 50 MB。旧版 .xls 文件请先在 WPS 或 Excel 中“另存为” .xlsx。
        </p>
      </div>
      <ul className="import-tips">
        <li>这一步只是“试导入”：程序先检查每一行并列出结果，确认之前不会写入任何数据。</li>
        <li>标题行、填报单位、空行、合计和签字栏会自动跳过；表头所在的行和各列的含义可以在下一步修改。</li>
        <li>已登记的人员按身份证号码识别，默认只补充空白的信息，不覆盖已有内容。</li>
      </ul>
    </div>
  );
}
