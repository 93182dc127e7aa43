// The bar under an analyse or commit. The row total is unknown until the file is read, so reading and checking show
// a moving bar with the count; writing knows how many rows it will write and fills the bar.
import type { ImportProgressState } from './useImportProgress';

const PHASES: Record<ImportProgressState['phase'], string> = {
  idle: '正在准备',
  read: '正在读取文件',
  check: '正在逐行检查',
  write: '正在写入登记册',
  done: '即将完成',
};

type ImportProgressProps = { progress: ImportProgressState; label: string; total?: number };

export function ImportProgress({ progress, label, total }: ImportProgressProps) {
  const { phase, rows } = progress;
  const known = phase === 'write' && total !== undefined && total > 0;
  const percent = known ? Math.min(100, Math.round((rows / total) * 100)) : undefined;
  const text =
    phase === 'write' && known
      ? `${PHASES.write}：${rows} / ${total} 行`
      : `${PHASES[phase]}${rows > 0 ? `：已读 ${rows} 行` : '…'}`;
  return (
    <div className="import-progress">
      <div className="import-progress-text" aria-live="polite">
        {label}：{text}
      </div>
      <div
        className="import-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
      >
        <div
          className={percent === undefined ? 'import-progress-bar moving' : 'import-progress-bar'}
          style={percent === undefined ? undefined : { width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
