// The right-hand column of a person's page: where the person stands in each register, and the actions that move
// them on. Actions wait while 基本信息 has unsaved changes, so a save can never undo a status change (or back).
import type { ReactNode } from 'react';
import { CANCEL_REASON, DIFFICULTY, DISABILITY_PLACEMENT, EMPLOYMENT_TYPE, codeLabel } from '@shared/codes/index';
import type { PersonDetail } from '@shared/contract';
import { splitDifficultyCodes } from '@shared/domain/difficulty';
import { disabilityText, statusLabel } from './format';

export type DialogKind = 'employ' | 'cancel' | 'reregister' | 'recognise' | 'end-difficulty' | 'delete';

type CardProps = {
  person: PersonDetail;
  /** null for read-only users: they see the facts, no buttons */
  onAction: ((kind: DialogKind) => void) | null;
  /** why the buttons wait, or null */
  blocked: string | null;
};

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <dl className="ps-facts">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Buttons({ blocked, children }: { blocked: string | null; children: ReactNode }) {
  return (
    <>
      <div className="ps-card-actions">{children}</div>
      {blocked ? <p className="field-hint">{blocked}</p> : null}
    </>
  );
}

const label = (table: Parameters<typeof codeLabel>[0], code: string | null) =>
  code ? (codeLabel(table, code) ?? code) : '';

export function StatusCard({ person, onAction, blocked }: CardProps) {
  const open = person.status === '1';
  return (
    <section className="card ps-side-card" aria-labelledby="ps-status-title">
      <h2 id="ps-status-title">登记状态</h2>
      <p>
        <span className={`ps-badge ps-status-${person.status}`}>{statusLabel(person.status)}</span>
        {person.followUpDue ? <span className="ps-badge ps-badge-due">需跟踪</span> : null}
      </p>
      <Facts
        rows={[
          ['失业登记日期', person.registeredOn],
          ['最近联系', person.lastContactOn ?? (open ? '尚未联系' : '')],
          ['就业日期', person.employedOn],
          ['就业形式', label(EMPLOYMENT_TYPE, person.employmentType)],
          ['就业单位', person.employer],
          ['注销日期', person.cancelledOn],
          ['注销原因', label(CANCEL_REASON, person.cancelReason)],
          ['注销说明', person.cancelNote],
        ]}
      />
      {onAction ? (
        <Buttons blocked={blocked}>
          <button type="button" className="btn" disabled={!open || !!blocked} onClick={() => onAction('employ')}>
            登记就业
          </button>
          <button type="button" className="btn" disabled={!open || !!blocked} onClick={() => onAction('cancel')}>
            注销登记
          </button>
          <button type="button" className="btn" disabled={open || !!blocked} onClick={() => onAction('reregister')}>
            重新登记
          </button>
        </Buttons>
      ) : null}
    </section>
  );
}

export function DifficultyCard({ person, onAction, blocked }: CardProps) {
  const codes = splitDifficultyCodes(person.difficulty);
  const current = codes.length > 0 && !person.difficultyExitOn;
  return (
    <section className="card ps-side-card" aria-labelledby="ps-difficulty-title">
      <h2 id="ps-difficulty-title">就业困难人员</h2>
      {codes.length === 0 ? <p className="muted">未认定</p> : null}
      {codes.length > 0 ? (
        <ul className={current ? 'ps-category-list' : 'ps-category-list ps-ended'}>
          {codes.map((code) => (
            <li key={code}>{label(DIFFICULTY, code)}</li>
          ))}
        </ul>
      ) : null}
      <Facts
        rows={[
          ['认定日期', person.difficultyOn],
          ['退出日期', person.difficultyExitOn],
          ['退出原因', person.difficultyExitReason],
        ]}
      />
      {onAction ? (
        <Buttons blocked={blocked}>
          <button
            type="button"
            className="btn"
            disabled={person.status !== '1' || !!blocked}
            title={person.status !== '1' ? '只有登记失业状态的人员可以认定' : undefined}
            onClick={() => onAction('recognise')}
          >
            {current ? '调整认定' : '认定'}
          </button>
          <button
            type="button"
            className="btn"
            disabled={!current || !!blocked}
            onClick={() => onAction('end-difficulty')}
          >
            退出
          </button>
        </Buttons>
      ) : null}
    </section>
  );
}

export function DisabilityCard({ person }: { person: PersonDetail }) {
  return (
    <section className="card ps-side-card" aria-labelledby="ps-disability-title">
      <h2 id="ps-disability-title">残疾人求职</h2>
      {person.disabilityCert ? (
        <Facts
          rows={[
            ['残疾人证号', <span className="ps-mono">{person.disabilityCert}</span>],
            ['残疾类别/等级', disabilityText(person.disabilityCategory, person.disabilityGrade)],
            ['就业意向', label(DISABILITY_PLACEMENT, person.placementWish) || '未填'],
          ]}
        />
      ) : (
        <p className="muted">无残疾人证。持证人员请在“基本信息”中填写残疾人证号。</p>
      )}
    </section>
  );
}
