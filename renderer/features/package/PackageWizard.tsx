// The three steps of the quarter's package: choose the quarter, let the county's own check run over it, make the file.
// The check is the gate: the county rejects a whole package on any single problem, so 生成 stays out of reach until
// a fresh check finds none.
import { useCallback, useEffect, useRef, useState } from 'react';
import { previousQuarter, quarterLabel, quarterRange, type YearQuarter } from '@shared/domain/dates';
import { QuarterSelect, currentQuarter } from '@renderer/components/QuarterSelect';
import type { Caller } from '@renderer/components/useCaller';
import { MakeStep } from './MakeStep';
import { PreflightView, type PreflightState } from './PreflightView';

type Step = 0 | 1 | 2;
const STEP_TITLES = ['选择季度', '报送预检', '生成报送包'] as const;

type PackageWizardProps = {
  caller: Caller;
  /** the quarter from the address: the wizard opens at its check */
  initial: YearQuarter | null;
  operator: string;
  canWrite: boolean;
  onMade: () => void;
};

/** A quarter's package can be made only after its last day, so the default is the quarter before this one. */
function lastFinishedQuarter(): YearQuarter {
  const now = currentQuarter();
  return previousQuarter(now.year, now.quarter);
}

/** Keeps the quarter in the address without a new history entry, so Back from a record lands on this check. */
function rememberQuarter(period: YearQuarter | null): void {
  const hash = period ? `#/package?year=${period.year}&quarter=${period.quarter}` : '#/package';
  window.history.replaceState(window.history.state, '', hash);
}

export function PackageWizard({ caller, initial, operator, canWrite, onMade }: PackageWizardProps) {
  const latest = lastFinishedQuarter();
  const [period, setPeriod] = useState<YearQuarter>(initial ?? latest);
  const [step, setStep] = useState<Step>(initial ? 1 : 0);
  const [check, setCheck] = useState<PreflightState>({ kind: 'idle' });
  const runs = useRef(0);

  const runCheck = useCallback(
    async (target: YearQuarter) => {
      // a slow check of an earlier choice must not overwrite the newer one
      const run = ++runs.current;
      setCheck({ kind: 'running', startedAt: Date.now() });
      const result = await caller('packages:preflight', target);
      if (run !== runs.current) return;
      setCheck(result.ok ? { kind: 'done', result: result.value } : { kind: 'failed', message: result.error.message });
    },
    [caller],
  );

  // opened from the address (Back from a record): check again at once, the record may have been fixed
  const initialRef = useRef(initial);
  useEffect(() => {
    if (initialRef.current) void runCheck(initialRef.current);
  }, [runCheck]);

  const startCheck = () => {
    rememberQuarter(period);
    setStep(1);
    void runCheck(period);
  };
  const backToQuarter = () => {
    runs.current += 1;
    rememberQuarter(null);
    setCheck({ kind: 'idle' });
    setStep(0);
  };
  const passed = check.kind === 'done' && check.result.problems.length === 0;

  return (
    <section className="card package-wizard" aria-labelledby="package-title">
      <div className="package-head">
        <h1 id="package-title" className="page-title">
          季度报送
        </h1>
        <p className="muted">
          按县人社局的报送格式生成本季度数据包（ZIP 文件），拷到 U 盘交县局。数据为季度最后一天 24:00 的状态。
        </p>
      </div>
      <ol className="package-steps" aria-label="报送步骤">
        {STEP_TITLES.map((title, index) => {
          const state = index < step ? 'done' : index === step ? 'current' : 'todo';
          return (
            <li
              key={title}
              className={`package-step package-step-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="package-step-number">{state === 'done' ? '✓' : index + 1}</span>
              <span>{title}</span>
            </li>
          );
        })}
      </ol>

      {step === 0 ? (
        <div className="package-body">
          <div className="field">
            <span className="side-label">报送季度</span>
            <QuarterSelect id="package-quarter" label="报送季度" value={period} latest={latest} onChange={setPeriod} />
            <div className="field-hint">
              {quarterLabel(period.year, period.quarter)}：{quarterRange(period.year, period.quarter).start} 至{' '}
              {quarterRange(period.year, period.quarter).end}。本季度结束后才能报送本季度。
            </div>
          </div>
          <div className="actions">
            <span className="spacer" />
            <button type="button" className="btn btn-primary" onClick={startCheck}>
              下一步：报送预检
            </button>
          </div>
        </div>
      ) : null}

      {step === 1 ? (
        <div className="package-body">
          <PreflightView caller={caller} period={period} state={check} />
          <div className="actions">
            <button type="button" className="btn" onClick={backToQuarter}>
              上一步
            </button>
            <span className="spacer" />
            <button
              type="button"
              className="btn"
              disabled={check.kind === 'running'}
              onClick={() => void runCheck(period)}
            >
              重新检查
            </button>
            <button type="button" className="btn btn-primary" disabled={!passed} onClick={() => setStep(2)}>
              下一步：生成报送包
            </button>
          </div>
        </div>
      ) : null}

      {step === 2 && check.kind === 'done' ? (
        <MakeStep
          caller={caller}
          period={period}
          preflight={check.result}
          defaultOperator={operator}
          canWrite={canWrite}
          onMade={onMade}
          onBack={() => {
            setStep(1);
            void runCheck(period);
          }}
          onAnother={backToQuarter}
        />
      ) : null}
    </section>
  );
}
