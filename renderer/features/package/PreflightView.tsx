// Step 2 of the wizard: the county's own check run over the package as it would be made now. On 100,000 persons it
// takes seconds, so the clerk sees it working (and for how long) rather than a frozen page.
import { useEffect, useState } from 'react';
import type { ChannelOutput } from '@shared/contract';
import { quarterLabel, type YearQuarter } from '@shared/domain/dates';
import { FormAlert } from '@renderer/components/FormAlert';
import type { Caller } from '@renderer/components/useCaller';
import { PreflightPassed } from './PreflightPassed';
import { ProblemList } from './ProblemList';

export type Preflight = ChannelOutput<'packages:preflight'>;

export type PreflightState =
  | { kind: 'idle' }
  | { kind: 'running'; startedAt: number }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; result: Preflight };

type PreflightViewProps = { caller: Caller; period: YearQuarter; state: PreflightState };

export function PreflightView({ caller, period, state }: PreflightViewProps) {
  const label = quarterLabel(period.year, period.quarter);
  if (state.kind === 'idle') return null;
  if (state.kind === 'running') return <CheckProgress label={label} startedAt={state.startedAt} />;
  if (state.kind === 'failed') return <FormAlert message={`预检未能完成：${state.message}`} />;
  const { result } = state;
  if (result.problems.length === 0) return <PreflightPassed label={label} result={result} />;
  return <ProblemList caller={caller} label={label} problems={result.problems} />;
}

function CheckProgress({ label, startedAt }: { label: string; startedAt: number }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setSeconds(Math.floor((Date.now() - startedAt) / 1000)), 500);
    return () => window.clearInterval(timer);
  }, [startedAt]);
  return (
    <div className="preflight-progress" role="status" aria-live="polite">
      <p>
        正在按县局的规则检查{label}的报送数据……{seconds > 0 ? `已用 ${seconds} 秒` : ''}
      </p>
      <div className="progress-track" role="progressbar" aria-label="预检进度" aria-busy="true">
        <div className="progress-bar" />
      </div>
      <p className="muted">人员较多时需要十几秒，请稍候，不要关闭程序。</p>
    </div>
  );
}
