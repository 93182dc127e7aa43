// The members of an application (or the one member being added) as a table of inputs. Errors sit under the input
// they belong to, keyed like the server's field paths (`members.2.idNumber`), so server messages land in place.
import type { ReactNode } from 'react';
import type { FieldErrors } from '@renderer/components/fieldErrors';
import { LABOUR_CAPACITY, RELATION, isCode } from '@shared/codes/index';
import { personStatusLabel } from './format';
import type { AgePreview, DraftMember } from './memberDraft';

type RowProps = {
  member: DraftMember;
  /** e.g. '第 2 位成员' — the start of every input's accessible name */
  label: string;
  number: ReactNode;
  /** the server's path of this member: `members.2` in an application, `member` when adding one */
  path: string;
  errors: FieldErrors;
  preview: AgePreview;
  onChange: (patch: Partial<DraftMember>) => void;
  onRemove?: () => void;
};

function Cell({ id, error, children }: { id: string; error: string | undefined; children: ReactNode }) {
  return (
    <td>
      {children}
      {error ? (
        <div id={`${id}-error`} className="field-error">
          {error}
        </div>
      ) : null}
    </td>
  );
}

export function MemberDraftRow({ member, label, number, path, errors, preview, onChange, onRemove }: RowProps) {
  const id = `draft-${member.key}`;
  const invalid = (key: string) =>
    errors[`${path}.${key}`] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${key}-error` } : {};
  const { person } = member;
  return (
    <tr>
      <td className="num">{number}</td>
      <Cell id={`${id}-name`} error={errors[`${path}.name`]}>
        {person ? (
          <>
            {person.name} <span className="badge">已登记</span>
          </>
        ) : (
          <input
            className="input"
            style={{ width: 110 }}
            aria-label={`${label}姓名`}
            value={member.name}
            onChange={(event) => onChange({ name: event.target.value })}
            {...invalid('name')}
          />
        )}
      </Cell>
      <Cell id={`${id}-idNumber`} error={errors[`${path}.idNumber`] ?? errors[`${path}.personId`]}>
        {person ? (
          person.idNumber
        ) : (
          <input
            id={`${id}-idNumber-input`}
            className="input"
            style={{ width: 200 }}
            aria-label={`${label}身份证号`}
            autoComplete="off"
            value={member.idNumber}
            onChange={(event) => onChange({ idNumber: event.target.value })}
            {...invalid('idNumber')}
          />
        )}
      </Cell>
      <Cell id={`${id}-relation`} error={errors[`${path}.relation`]}>
        <select
          className="input"
          aria-label={`${label}与户主关系`}
          value={member.relation}
          onChange={(event) => onChange({ relation: isCode(RELATION, event.target.value) ? event.target.value : '' })}
          {...invalid('relation')}
        >
          <option value="">请选择</option>
          {RELATION.map((entry) => (
            <option key={entry.code} value={entry.code}>
              {entry.name}
            </option>
          ))}
        </select>
      </Cell>
      <Cell id={`${id}-labourCapacity`} error={errors[`${path}.labourCapacity`]}>
        <select
          className="input"
          aria-label={`${label}劳动能力`}
          value={member.labourCapacity}
          onChange={(event) =>
            onChange({ labourCapacity: isCode(LABOUR_CAPACITY, event.target.value) ? event.target.value : '' })
          }
          {...invalid('labourCapacity')}
        >
          <option value="">请选择</option>
          {LABOUR_CAPACITY.map((entry) => (
            <option key={entry.code} value={entry.code}>
              {entry.name}
            </option>
          ))}
        </select>
      </Cell>
      <td>
        {person ? (
          // a registered person's employment comes from their record, never typed here
          personStatusLabel(person.status)
        ) : (
          <label>
            <input
              type="checkbox"
              checked={member.employed}
              aria-label={`${label}已就业`}
              onChange={(event) => onChange({ employed: event.target.checked })}
            />{' '}
            已就业
          </label>
        )}
      </td>
      <td className="num">{preview.age ?? '—'}</td>
      <td>{preview.workingAge === null ? '—' : preview.workingAge ? '是' : '否'}</td>
      <td>
        {onRemove ? (
          <button type="button" className="btn btn-link" aria-label={`删除${label}`} onClick={onRemove}>
            删除
          </button>
        ) : null}
      </td>
    </tr>
  );
}

export function MemberDraftHead() {
  return (
    <thead>
      <tr>
        <th scope="col">序号</th>
        <th scope="col">姓名</th>
        <th scope="col">身份证号</th>
        <th scope="col">与户主关系</th>
        <th scope="col">劳动能力</th>
        <th scope="col">就业状态</th>
        <th scope="col">年龄</th>
        <th scope="col">劳动年龄内</th>
        <th scope="col">操作</th>
      </tr>
    </thead>
  );
}
