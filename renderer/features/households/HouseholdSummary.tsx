// The head of the household page: who, where, the stage, the 动态清零 deadline with days left, and whether the
// household meets the zero-employment test today (with the member who breaks it, in the server's words).
import type { HouseholdDetail } from '@shared/contract';
import { DaysLeft, StageBadge } from './badges';
import { urgencyOf } from './format';

const BOX_CLASS = { overdue: 'days-overdue-box', soon: 'days-soon-box', normal: '' } as const;

function Deadline({ household }: { household: HouseholdDetail }) {
  const { deadline, daysLeft, deadlineRule, stage, clearedOn } = household;
  if (stage === 'cleared') {
    return (
      <div className="hh-deadline">
        <div className="muted">清零日期</div>
        <div className="hh-deadline-date">{clearedOn}</div>
        <div>{household.clearedByName ? `${household.clearedByName} 实现就业` : ''}</div>
      </div>
    );
  }
  if (!deadline) {
    return (
      <div className="hh-deadline">
        <div className="muted">清零时限</div>
        <div className="hh-deadline-date">未认定</div>
        <div className="muted">{deadlineRule}</div>
      </div>
    );
  }
  const urgency = urgencyOf(daysLeft);
  return (
    <div className={`hh-deadline ${urgency ? BOX_CLASS[urgency] : ''}`} aria-label="清零时限">
      <div className="muted">清零时限（{deadlineRule}）</div>
      <div className="hh-deadline-date">{deadline}</div>
      <DaysLeft daysLeft={daysLeft} />
    </div>
  );
}

export function HouseholdSummary({ household }: { household: HouseholdDetail }) {
  const { qualification } = household;
  const facts: [string, string | null][] = [
    ['村（社区）', household.villageName],
    ['家庭住址', household.address],
    ['人口', `${household.members} 人`],
    ['户主身份证号', household.headIdNumber],
    ['申请日期', household.appliedOn],
    ['公示日期', household.publicisedOn],
    ['认定日期', household.identifiedOn],
    // once cleared the box shows the clearance date, so the deadline that was met moves here
    ['清零时限', household.stage === 'cleared' ? household.deadline : null],
    ['撤销日期', household.revokedOn],
    ['撤销原因', household.revokeReason],
    ['备注', household.notes],
  ];
  return (
    <div className="hh-summary">
      <div>
        <h1 id="hh-detail-title">
          户主 {household.headName} 的零就业家庭
          <StageBadge stage={household.stage} needsRerecognition={household.needsRerecognition} />
        </h1>
        <dl className="hh-facts">
          {facts
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      </div>
      <Deadline household={household} />
      {/* after 清零 or 撤销 the test no longer decides anything, and a red 不符合 there would only alarm */}
      {household.stage === 'cleared' || household.stage === 'revoked' ? null : (
        <div
          className={`hh-verdict alert ${qualification.qualifies ? 'alert-success' : 'alert-error'}`}
          aria-label="认定条件"
        >
          <strong>{qualification.qualifies ? '符合零就业家庭条件' : '不符合零就业家庭条件'}</strong>
          （按今天计算）
          <ul>
            {qualification.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
