import { isBlankRow, type SetupDraft, type StepIndex } from './setupDraft';

type StepReviewProps = { draft: SetupDraft; onEdit: (step: StepIndex) => void };

/** Step 4: everything on one page before it is written, each part with a way back to change it. */
export function StepReview({ draft, onEdit }: StepReviewProps) {
  const villages = draft.villages.filter((row) => !isBlankRow(row));
  return (
    <fieldset className="wizard-fieldset">
      <legend className="wizard-legend">请核对以下信息，确认无误后点击“完成设置”</legend>
      <div className="review-grid">
        <section className="review-block" aria-labelledby="review-township">
          <h3 id="review-township">
            乡镇信息
            <button type="button" className="btn btn-link" onClick={() => onEdit(0)}>
              修改
            </button>
          </h3>
          <dl className="review-list">
            <dt>县（市、区）代码</dt>
            <dd>{draft.countyCode}</dd>
            <dt>乡镇（街道）代码</dt>
            <dd>{draft.townshipCode}</dd>
            <dt>乡镇（街道）名称</dt>
            <dd>{draft.townshipName}</dd>
          </dl>
        </section>
        <section className="review-block" aria-labelledby="review-head">
          <h3 id="review-head">
            负责人账号
            <button type="button" className="btn btn-link" onClick={() => onEdit(2)}>
              修改
            </button>
          </h3>
          <dl className="review-list">
            <dt>登录名</dt>
            <dd>{draft.username}</dd>
            <dt>姓名</dt>
            <dd>{draft.displayName}</dd>
            <dt>密码</dt>
            <dd>已设置（{draft.password.length} 位）</dd>
          </dl>
        </section>
      </div>
      <section className="review-block" aria-labelledby="review-villages">
        <h3 id="review-villages">
          村（社区），共 {villages.length} 个
          <button type="button" className="btn btn-link" onClick={() => onEdit(1)}>
            修改
          </button>
        </h3>
        <ol className="review-villages">
          {villages.map((row) => (
            <li key={row.key}>
              <span className="code">{row.code}</span> {row.name}
            </li>
          ))}
        </ol>
      </section>
    </fieldset>
  );
}
