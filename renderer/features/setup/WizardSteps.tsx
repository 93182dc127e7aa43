import { STEP_TITLES, type StepIndex } from './setupDraft';

/** The step bar at the top of the wizard; the current step is marked for screen readers too. */
export function WizardSteps({ current }: { current: StepIndex }) {
  return (
    <ol className="wizard-steps" aria-label="设置步骤">
      {STEP_TITLES.map((title, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li
            key={title}
            className={`wizard-step wizard-step-${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="wizard-step-number">{state === 'done' ? '✓' : index + 1}</span>
            <span>{title}</span>
          </li>
        );
      })}
    </ol>
  );
}
