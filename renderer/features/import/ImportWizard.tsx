// 导入台账: choose the file → check what the dry run understood (sheet, header, columns, village names) → read the
// report and import → done. Core keeps nothing between calls, so the wizard holds the file and the corrections and
// sends them with every analyse and with the commit; a slower earlier analyse never overwrites a newer one.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Caller } from '@renderer/components/useCaller';
import type { ChannelOutput, ImportAnalysis, ImportMode } from '@shared/contract';
import { DoneStep } from './DoneStep';
import { FileStep } from './FileStep';
import { readAsBase64, sizeLabel, type ImportFile } from './fileData';
import { ImportProgress } from './ImportProgress';
import { MappingStep } from './MappingStep';
import { NO_OPTIONS, sourceInput, type ImportOptions } from './options';
import { ReportStep } from './ReportStep';
import { useImportProgress } from './useImportProgress';

type Step = 0 | 1 | 2 | 3;
const STEP_TITLES = ['选择文件', '核对列和村名', '试导入报告', '导入完成'] as const;
type Current = { file: ImportFile; options: ImportOptions; analysis: ImportAnalysis };

export function ImportWizard({ caller }: { caller: Caller }) {
  const [step, setStep] = useState<Step>(0);
  const [current, setCurrent] = useState<Current | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'analyse' | 'commit' | null>(null);
  const [outcome, setOutcome] = useState<ChannelOutput<'imports:commit'> | null>(null);
  const { progress, track } = useImportProgress(caller);
  const runs = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // each step starts at its heading, so Tab walks the new step from the top and a screen reader announces it
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);

  const analyse = useCallback(
    async (file: ImportFile, options: ImportOptions): Promise<boolean> => {
      const run = ++runs.current;
      setBusy('analyse');
      setError(null);
      const result = await track(() => caller('imports:analyse', sourceInput(file, options)));
      if (run !== runs.current) return false;
      setBusy(null);
      // a failed correction (an empty header row) leaves the last good analysis and its options in place
      if (!result.ok) setError(result.error.message);
      else setCurrent({ file, options, analysis: result.value });
      return result.ok;
    },
    [caller, track],
  );

  const chooseFile = async (chosen: File) => {
    setError(null);
    let base64: string;
    try {
      base64 = await readAsBase64(chosen);
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
      return;
    }
    const file = { fileName: chosen.name, base64, bytes: chosen.size };
    if (await analyse(file, NO_OPTIONS)) setStep(1);
  };

  const commit = async (mode: ImportMode) => {
    if (!current) return;
    setBusy('commit');
    setError(null);
    const result = await track(() => caller('imports:commit', { ...sourceInput(current.file, current.options), mode }));
    setBusy(null);
    if (!result.ok) setError(result.error.message);
    else if (!result.value.committed) {
      setCurrent({ ...current, analysis: { ...current.analysis, report: result.value.report } });
      setError(
        `有 ${result.value.refused} 行被拒绝，按“全部导入”方式本次没有写入任何数据。请改正后重试，或选择“只导入无误的行”。`,
      );
    } else {
      setOutcome(result.value);
      setStep(3);
    }
  };

  const restart = () => {
    runs.current += 1;
    setBusy(null);
    setCurrent(null);
    setOutcome(null);
    setError(null);
    setStep(0);
  };

  const report = current?.analysis.report;
  return (
    <section className="card import-wizard" aria-labelledby="import-title">
      <div className="import-head">
        <h1 id="import-title" className="page-title">
          导入台账
        </h1>
        <ol className="import-steps" aria-label="导入步骤">
          {STEP_TITLES.map((title, index) => {
            const state = index < step ? 'done' : index === step ? 'current' : 'todo';
            return (
              <li
                key={title}
                className={`import-step import-step-${state}`}
                aria-current={state === 'current' ? 'step' : undefined}
              >
                <span className="import-step-number">{state === 'done' ? '✓' : index + 1}</span>
                {title}
              </li>
            );
          })}
        </ol>
      </div>
      <h2 ref={heading} tabIndex={-1} className="import-step-title">
        {STEP_TITLES[step]}
        {current && step > 0 ? (
          <span className="muted import-file-name">
            {current.file.fileName}（{sizeLabel(current.file.bytes)}
            {current.analysis.fileKind === 'xlsx' ? `，工作表“${current.analysis.sheet}”` : ''}，数据 {report?.rows}{' '}
            行）
          </span>
        ) : null}
      </h2>
      {progress && busy ? (
        <ImportProgress
          progress={progress}
          label={busy === 'commit' ? '正在导入' : '正在试导入'}
          total={report ? report.new + report.update : undefined}
        />
      ) : null}
      {step === 0 ? (
        <FileStep error={error} busy={busy !== null} onFile={(file) => void chooseFile(file)} onProblem={setError} />
      ) : null}
      {step === 1 && current ? (
        <MappingStep
          analysis={current.analysis}
          options={current.options}
          error={error}
          busy={busy !== null}
          onChange={(options) => void analyse(current.file, options)}
          onBack={restart}
          onNext={() => setStep(2)}
        />
      ) : null}
      {step === 2 && current ? (
        <ReportStep
          caller={caller}
          fileName={current.file.fileName}
          analysis={current.analysis}
          overwriteFields={current.options.overwriteFields}
          error={error}
          busy={busy !== null}
          onBack={() => setStep(1)}
          onCommit={(mode) => void commit(mode)}
        />
      ) : null}
      {step === 3 && current && outcome ? (
        <DoneStep caller={caller} fileName={current.file.fileName} outcome={outcome} onAnother={restart} />
      ) : null}
    </section>
  );
}
