// The top of a person's page: who this is, at a glance, as on the paper card.
import type { PersonDetail } from '@shared/contract';
import { hrefFor } from '@renderer/router';
import { difficultyLabels, sexLabel, statusLabel } from './format';

type PersonHeaderProps = { person: PersonDetail; onDelete: (() => void) | null };

export function PersonHeader({ person, onDelete }: PersonHeaderProps) {
  const difficulty = person.difficultyExitOn ? '' : difficultyLabels(person.difficulty);
  return (
    <section className="card ps-person-head" aria-labelledby="ps-person-name">
      <div className="ps-person-main">
        <h1 id="ps-person-name" className="ps-person-name">
          {person.name}
        </h1>
        <span className={`ps-badge ps-status-${person.status}`}>{statusLabel(person.status)}</span>
        {person.followUpDue ? <span className="ps-badge ps-badge-due">需跟踪</span> : null}
        {difficulty ? <span className="ps-badge ps-badge-difficulty">就业困难：{difficulty}</span> : null}
        {person.disabilityCert ? <span className="ps-badge ps-badge-disabled">持残疾人证</span> : null}
      </div>
      <dl className="ps-person-meta">
        <div>
          <dt>身份证号</dt>
          <dd className="ps-mono" title={person.idMasked ? '您无权查看完整号码' : undefined}>
            {person.idNumber}
            {person.idMasked ? <span className="muted">（部分隐藏）</span> : null}
          </dd>
        </div>
        <div>
          <dt>性别</dt>
          <dd>{sexLabel(person.sex)}</dd>
        </div>
        <div>
          <dt>年龄</dt>
          <dd>{person.age !== null ? `${person.age} 周岁` : '—'}</dd>
        </div>
        <div>
          <dt>村（社区）</dt>
          <dd>{person.villageName ?? '未填'}</dd>
        </div>
        <div>
          <dt>联系电话</dt>
          <dd>{person.phone ?? '未填'}</dd>
        </div>
        <div>
          <dt>人员编号</dt>
          <dd>{person.id}</dd>
        </div>
      </dl>
      <div className="ps-person-tools">
        <a className="btn" href={hrefFor('/persons')}>
          返回名册
        </a>
        {onDelete ? (
          <button type="button" className="btn ps-btn-danger-outline" onClick={onDelete}>
            删除
          </button>
        ) : null}
      </div>
    </section>
  );
}
