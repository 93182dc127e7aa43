// The fields of one assistance action, shared by 登记援助, 批量登记 and the panel on a person's page. Employer and post
// carry the asterisk only for the types that need them (职业介绍, 公益性岗位安置), the amount only where money moves.
import { DateField } from '@renderer/components/DateField';
import { SelectField } from '@renderer/components/SelectField';
import { TextField } from '@renderer/components/TextField';
import type { FieldErrors } from '@renderer/components/fieldErrors';
import { ASSISTANCE_RESULT, ASSISTANCE_TYPE } from '@shared/codes/index';
import type { ActionDraft } from './actionDraft';
import { NEEDS_AMOUNT, NEEDS_EMPLOYER, typeLabel } from './format';

type ActionFieldsProps = {
  /** prefix of the element ids, so two forms on one page never share an id */
  idPrefix: string;
  draft: ActionDraft;
  onChange: (patch: Partial<ActionDraft>) => void;
  errors: FieldErrors;
};

export function ActionFields({ idPrefix, draft, onChange, errors }: ActionFieldsProps) {
  const needsEmployer = NEEDS_EMPLOYER.has(draft.type);
  const needsAmount = NEEDS_AMOUNT.has(draft.type);
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div className="as-form-grid">
      <SelectField
        id={id('type')}
        label="援助类型"
        required
        value={draft.type}
        options={ASSISTANCE_TYPE}
        onChange={(type) => onChange({ type })}
        error={errors.type}
      />
      <DateField
        id={id('date')}
        label="援助日期"
        required
        value={draft.date}
        onChange={(date) => onChange({ date })}
        error={errors.date}
      />
      <SelectField
        id={id('result')}
        label="援助结果"
        required
        value={draft.result}
        options={ASSISTANCE_RESULT}
        onChange={(result) => onChange({ result })}
        error={errors.result}
        hint={draft.result === '1' ? '保存后可同时将其登记为已就业' : undefined}
      />
      <div className="as-span-3">
        <TextField
          id={id('content')}
          label="援助内容"
          required
          value={draft.content}
          maxLength={500}
          placeholder="如：推荐到县纺织厂应聘挡车工；讲解灵活就业社保补贴政策"
          onChange={(content) => onChange({ content })}
          error={errors.content}
        />
      </div>
      <TextField
        id={id('employer')}
        label={needsEmployer ? '推荐或安置单位' : '单位'}
        required={needsEmployer}
        value={draft.employer}
        maxLength={100}
        onChange={(employer) => onChange({ employer })}
        error={errors.employer}
        hint={needsEmployer ? `“${typeLabel(draft.type)}”须填写单位` : undefined}
      />
      <TextField
        id={id('position')}
        label="岗位"
        required={needsEmployer}
        value={draft.position}
        maxLength={100}
        onChange={(position) => onChange({ position })}
        error={errors.position}
      />
      <TextField
        id={id('amount')}
        label="金额（元）"
        required={needsAmount}
        value={draft.amount}
        inputMode="decimal"
        autoComplete="off"
        placeholder={needsAmount ? '如 1200 或 1200.50' : '不涉及资金可不填'}
        onChange={(amount) => onChange({ amount })}
        error={errors.amount}
      />
      <div className="as-span-3">
        <TextField
          id={id('notes')}
          label="备注"
          value={draft.notes}
          maxLength={500}
          onChange={(notes) => onChange({ notes })}
          error={errors.notes}
        />
      </div>
    </div>
  );
}
