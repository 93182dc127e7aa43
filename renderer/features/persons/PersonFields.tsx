// The fields of a person after the ID number, shared by 登记新人员 and the person's 基本信息 tab, in the order of the
// paper registration form. Three columns fit 1366×768 without horizontal scrolling.
import { DateField } from '@renderer/components/DateField';
import { SelectField } from '@renderer/components/SelectField';
import { TextField } from '@renderer/components/TextField';
import type { FieldErrors } from '@renderer/components/fieldErrors';
import { DISABILITY_PLACEMENT, EDUCATION, ETHNICITY, HUKOU_TYPE } from '@shared/codes/index';
import { disabilityLabel, parseDisabilityCert } from '@shared/domain/disability-cert';
import type { DraftPatch, PersonDraft } from './personDraft';
import type { Village } from './useVillages';

type TextKey = { [K in keyof PersonDraft]: PersonDraft[K] extends string ? K : never }[keyof PersonDraft];
type FlagKey = 'lowIncome' | 'landLost' | 'povertyMonitored' | 'releasedOrRehab';

const FLAGS: { key: FlagKey; label: string }[] = [
  { key: 'lowIncome', label: '城乡低保家庭成员' },
  { key: 'landLost', label: '被征地农民' },
  { key: 'povertyMonitored', label: '脱贫人口或防止返贫监测对象' },
  { key: 'releasedOrRehab', label: '刑满释放或戒毒康复人员' },
];

type PersonFieldsProps = {
  draft: PersonDraft;
  errors: FieldErrors;
  onChange: (patch: DraftPatch, field: keyof PersonDraft) => void;
  villages: Village[];
  /** The holder's full ID number, to read category and grade from the certificate; null when masked. */
  holderId: string | null;
  /** Set when the stored certificate is hidden from this user and must be typed again to save. */
  certHidden?: boolean;
  /** Why the registration date cannot be changed here, or undefined when it can. */
  registeredOnLocked?: string | undefined;
};

export function PersonFields({
  draft,
  errors,
  onChange,
  villages,
  holderId,
  certHidden,
  registeredOnLocked,
}: PersonFieldsProps) {
  const text = (key: TextKey, label: string, extra: { required?: boolean; hint?: string; maxLength?: number } = {}) => (
    <TextField
      id={`ps-${key}`}
      label={label}
      value={draft[key]}
      error={errors[key]}
      autoComplete="off"
      maxLength={extra.maxLength ?? 200}
      required={extra.required}
      hint={extra.hint}
      onChange={(value) => onChange({ [key]: value }, key)}
    />
  );
  const date = (key: TextKey, label: string, required: boolean, hint?: string, disabled?: boolean) => (
    <DateField
      id={`ps-${key}`}
      label={label}
      value={draft[key]}
      error={errors[key]}
      required={required}
      hint={hint}
      disabled={disabled}
      onChange={(value) => onChange({ [key]: value }, key)}
    />
  );
  const cert = holderId && draft.disabilityCert.trim() ? parseDisabilityCert(draft.disabilityCert, holderId) : null;
  const activeVillages = villages.filter((village) => village.active || village.code === draft.villageCode);

  return (
    <>
      <h2 className="ps-section-title">基本情况</h2>
      <div className="ps-form-grid">
        {text('name', '姓名', { required: true, maxLength: 50 })}
        <SelectField
          id="ps-ethnicity"
          label="民族"
          value={draft.ethnicity}
          options={ETHNICITY}
          error={errors.ethnicity}
          onChange={(value) => onChange({ ethnicity: value }, 'ethnicity')}
        />
        <SelectField
          id="ps-education"
          label="文化程度"
          value={draft.education}
          options={EDUCATION}
          error={errors.education}
          onChange={(value) => onChange({ education: value }, 'education')}
        />
        <SelectField
          id="ps-hukouType"
          label="户口性质"
          value={draft.hukouType}
          options={HUKOU_TYPE}
          error={errors.hukouType}
          onChange={(value) => onChange({ hukouType: value }, 'hukouType')}
        />
        <SelectField
          id="ps-villageCode"
          label="村（社区）"
          value={draft.villageCode}
          options={activeVillages.map((village) => ({ code: village.code, name: village.name }))}
          error={errors.villageCode}
          onChange={(value) => onChange({ villageCode: value }, 'villageCode')}
        />
        {text('phone', '联系电话', { maxLength: 30, hint: '手机 11 位；固定电话带区号' })}
        <div className="ps-span-3">{text('address', '现居住地址')}</div>
      </div>

      <h2 className="ps-section-title">失业登记</h2>
      <div className="ps-form-grid">
        {date('registeredOn', '失业登记日期', true, registeredOnLocked, registeredOnLocked !== undefined)}
        {text('unemploymentReason', '失业原因')}
        {text('employmentCardNo', '就业创业证号', { maxLength: 40 })}
        {text('jobWish', '求职意向')}
        {text('trainingWish', '培训意向')}
        {text('skills', '技能特长')}
        {date('lastContactOn', '最近联系日期', false, '每次回访后更新')}
      </div>

      <h2 className="ps-section-title">家庭与帮扶情况</h2>
      <div className="ps-flags">
        {FLAGS.map((flag) => (
          <label key={flag.key} className="ps-check">
            <input
              type="checkbox"
              checked={draft[flag.key]}
              onChange={(event) => onChange({ [flag.key]: event.target.checked }, flag.key)}
            />
            {flag.label}
          </label>
        ))}
      </div>

      <h2 className="ps-section-title">残疾人</h2>
      <div className="ps-form-grid">
        <div className="ps-span-2">
          <TextField
            id="ps-disabilityCert"
            label="残疾人证号"
            value={draft.disabilityCert}
            error={errors.disabilityCert}
            autoComplete="off"
            maxLength={24}
            hint={
              certHidden
                ? '您无权查看完整证号，原证号已隐藏：修改本页并保存时，请按证件重新输入完整的 20 位证号，否则证号会被清除'
                : '第二代残疾人证 20 位：身份证号 + 残疾类别 + 残疾等级；无证留空'
            }
            onChange={(value) => onChange({ disabilityCert: value }, 'disabilityCert')}
          />
          {cert?.ok ? (
            <p className="ps-derived-line" aria-live="polite">
              残疾类别/等级：<strong>{disabilityLabel(cert.value.category, cert.value.grade)}</strong>
            </p>
          ) : null}
        </div>
        <SelectField
          id="ps-placementWish"
          label="就业意向"
          value={draft.placementWish}
          options={DISABILITY_PLACEMENT}
          error={errors.placementWish}
          disabled={draft.disabilityCert.trim() === ''}
          hint={draft.disabilityCert.trim() === '' ? '填写残疾人证号后选择' : undefined}
          onChange={(value) => onChange({ placementWish: value }, 'placementWish')}
        />
      </div>

      <div className="field ps-notes">
        <div className="field-label">
          <label htmlFor="ps-notes">备注</label>
        </div>
        <textarea
          id="ps-notes"
          className="input"
          rows={2}
          maxLength={500}
          value={draft.notes}
          aria-invalid={errors.notes ? true : undefined}
          aria-describedby={errors.notes ? 'ps-notes-error' : 'ps-notes-hint'}
          onChange={(event) => onChange({ notes: event.target.value }, 'notes')}
        />
        {errors.notes ? (
          <div id="ps-notes-error" className="field-error">
            {errors.notes}
          </div>
        ) : (
          <div id="ps-notes-hint" className="field-hint">
            Shift+Enter 换行
          </div>
        )}
      </div>
    </>
  );
}
