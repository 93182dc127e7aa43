// Step 3: make the package and hand the file over. The program keeps its own copy (the path shown); the download
// is the copy that goes to the county — in the desktop program the save dialog asks where, usually the USB stick.
import { useState } from 'react';
import type { ChannelOutput } from '@shared/contract';
import { quarterLabel, type YearQuarter } from '@shared/domain/dates';
import { copyText } from '@renderer/components/copyText';
import { bytesFromBase64, downloadBlob } from '@renderer/components/download';
import { FormAlert } from '@renderer/components/FormAlert';
import { TextField } from '@renderer/components/TextField';
import type { Caller } from '@renderer/components/useCaller';
import type { Preflight } from './PreflightView';
import { PACKAGE_FILES } from './format';

type Made = Omit<ChannelOutput<'packages:export'>, 'base64'> & { file: Blob };
type MakeState =
  { kind: 'ready' } | { kind: 'making' } | { kind: 'failed'; message: string } | { kind: 'made'; made: Made };

type MakeStepProps = {
  caller: Caller;
  period: YearQuarter;
  preflight: Preflight;
  defaultOperator: string;
  canWrite: boolean;
  onMade: () => void;
  onBack: () => void;
  onAnother: () => void;
};

export function MakeStep(props: MakeStepProps) {
  const { caller, period, preflight, defaultOperator, canWrite, onMade, onBack, onAnother } = props;
  const [operator, setOperator] = useState(defaultOperator);
  const [state, setState] = useState<MakeState>({ kind: 'ready' });
  const label = quarterLabel(period.year, period.quarter);

  const make = async () => {
    setState({ kind: 'making' });
    const result = await caller('packages:export', { ...period, operator: operator.trim() || undefined });
    if (!result.ok) {
      setState({ kind: 'failed', message: result.error.message });
      return;
    }
    const { base64, ...entry } = result.value;
    const file = new Blob([bytesFromBase64(base64)], { type: 'application/zip' });
    downloadBlob(file, entry.fileName);
    setState({ kind: 'made', made: { ...entry, file } });
    onMade();
  };

  if (state.kind === 'made') return <MadeView made={state.made} label={label} onAnother={onAnother} />;

  return (
    <div className="package-body">
      {canWrite ? null : <FormAlert tone="info" message="您是只读用户，可以查看预检结果，但不能生成报送包。" />}
      <p>
        将生成{label}的报送包 <strong className="mono">{preflight.fileName}</strong>（第 {preflight.revision} 版）。
      </p>
      <TextField
        id="package-operator"
        label="经办人"
        value={operator}
        onChange={setOperator}
        maxLength={50}
        hint="写入报送包，县局据此联系；默认为当前登录的用户。"
        disabled={!canWrite || state.kind === 'making'}
      />
      <FormAlert message={state.kind === 'failed' ? state.message : null} />
      <div className="actions">
        <button type="button" className="btn" onClick={onBack} disabled={state.kind === 'making'}>
          上一步
        </button>
        <span className="spacer" />
        <button
          type="button"
          className="btn btn-primary"
          disabled={!canWrite || state.kind === 'making'}
          onClick={() => void make()}
        >
          {state.kind === 'making' ? '正在生成……' : '生成报送包'}
        </button>
      </div>
    </div>
  );
}

function MadeView({ made, label, onAnother }: { made: Made; label: string; onAnother: () => void }) {
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div className="package-body">
      <div className="alert alert-success" role="status">
        <strong>报送包已生成</strong>：{label} {made.fileName}。文件已开始保存——在弹出的窗口中选择保存位置（如 U 盘）；
        没有弹出时请点“再次保存文件”。
      </div>
      <dl className="package-facts">
        <dt>文件名</dt>
        <dd className="mono">{made.fileName}</dd>
        <dt>SHA-256</dt>
        <dd>
          <span className="mono sha">{made.sha256}</span>{' '}
          <button
            type="button"
            className="btn btn-small"
            onClick={() => setCopied(copyText(made.sha256) ? '已复制校验码' : '复制失败，请选中后按 Ctrl+C')}
          >
            复制
          </button>{' '}
          <span role="status" className="muted">
            {copied}
          </span>
        </dd>
        <dt>记录数</dt>
        <dd>{PACKAGE_FILES.map(({ file, label: name }) => `${name} ${made.counts[file] ?? 0}`).join('；')}</dd>
        <dt>经办人</dt>
        <dd>{made.operator}</dd>
        <dt>程序内副本</dt>
        <dd className="mono path">{made.path}</dd>
      </dl>
      <p className="muted">
        县局核对文件时可用 SHA-256 校验码确认文件完整。县局审核后，请在下方“报送记录”中标记为已接收或被退回。
      </p>
      <div className="actions">
        <button type="button" className="btn" onClick={onAnother}>
          报送其他季度
        </button>
        <span className="spacer" />
        <button type="button" className="btn btn-primary" onClick={() => downloadBlob(made.file, made.fileName)}>
          再次保存文件
        </button>
      </div>
    </div>
  );
}
