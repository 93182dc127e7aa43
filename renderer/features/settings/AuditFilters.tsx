// The audit viewer's filters: days, who, which kind of action (an area or one exact action), which record.
import type { FormEvent } from 'react';
import { DateField } from '@renderer/components/DateField';
import { SelectField } from '@renderer/components/SelectField';
import { TextField } from '@renderer/components/TextField';
import type { FieldErrors } from '@renderer/components/fieldErrors';
import type { UserRowView } from '@shared/contract';
import { AUDIT_ACTIONS, AUDIT_AREAS, TARGET_OPTIONS } from './auditLabels';

export type AuditFilter = {
  from: string;
  to: string;
  userId: string;
  action: string;
  target: string;
  targetId: string;
};

export const NO_FILTER: AuditFilter = { from: '', to: '', userId: '', action: '', target: '', targetId: '' };

type AuditFiltersProps = {
  filter: AuditFilter;
  users: readonly UserRowView[];
  errors: FieldErrors;
  onChange: (patch: Partial<AuditFilter>) => void;
  onSearch: () => void;
  onClear: () => void;
};

export function AuditFilters({ filter, users, errors, onChange, onSearch, onClear }: AuditFiltersProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch();
  };
  return (
    <form className="st-filters" noValidate onSubmit={submit} aria-label="查询条件">
      <DateField
        id="audit-from"
        label="开始日期"
        value={filter.from}
        error={errors.from}
        onChange={(from) => onChange({ from })}
      />
      <DateField
        id="audit-to"
        label="结束日期"
        value={filter.to}
        error={errors.to}
        onChange={(to) => onChange({ to })}
      />
      <SelectField
        id="audit-user"
        label="操作人"
        emptyLabel="（全部）"
        value={filter.userId}
        options={users.map((user) => ({ code: String(user.id), name: `${user.displayName}（${user.username}）` }))}
        onChange={(userId) => onChange({ userId })}
      />
      <div className="field">
        <div className="field-label">
          <label htmlFor="audit-action">操作</label>
        </div>
        <select
          id="audit-action"
          className="input"
          value={filter.action}
          onChange={(event) => onChange({ action: event.target.value })}
        >
          <option value="">（全部）</option>
          <optgroup label="按类别">
            {AUDIT_AREAS.map((area) => (
              <option key={area.code} value={area.code}>
                {area.name}（全部）
              </option>
            ))}
          </optgroup>
          <optgroup label="具体操作">
            {AUDIT_ACTIONS.map((action) => (
              <option key={action.code} value={action.code}>
                {action.name}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <SelectField
        id="audit-target"
        label="对象"
        emptyLabel="（全部）"
        value={filter.target}
        options={TARGET_OPTIONS}
        onChange={(target) => onChange({ target })}
      />
      <TextField
        id="audit-target-id"
        label="对象编号"
        value={filter.targetId}
        error={errors.targetId}
        autoComplete="off"
        maxLength={60}
        onChange={(targetId) => onChange({ targetId })}
      />
      <div className="st-filter-buttons">
        <button type="submit" className="btn btn-primary">
          查询
        </button>
        <button type="button" className="btn" onClick={onClear}>
          清空条件
        </button>
      </div>
    </form>
  );
}
