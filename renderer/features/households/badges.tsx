import type { HouseholdStage } from '@shared/codes/index';
import { daysLeftText, stageLabel, urgencyOf } from './format';

const STAGE_CLASS: Partial<Record<HouseholdStage, string>> = {
  cleared: 'badge badge-green',
  revoked: 'badge badge-grey',
};

/** The stage as a coloured tag, with 需重新认定 beside it when a cleared household lost its only job. */
export function StageBadge({ stage, needsRerecognition }: { stage: HouseholdStage; needsRerecognition?: boolean }) {
  return (
    <>
      <span className={STAGE_CLASS[stage] ?? 'badge'}>{stageLabel(stage)}</span>
      {needsRerecognition ? (
        <span className="badge badge-red" title="已清零家庭中唯一就业的成员又失业，须重新认定">
          需重新认定
        </span>
      ) : null}
    </>
  );
}

/** Red when overdue, amber within the due-soon window, plain otherwise. */
export function DaysLeft({ daysLeft }: { daysLeft: number | null }) {
  const urgency = urgencyOf(daysLeft);
  if (urgency === null) return null;
  const className = urgency === 'overdue' ? 'days-overdue' : urgency === 'soon' ? 'days-soon' : undefined;
  return <span className={className}>{daysLeftText(daysLeft)}</span>;
}
