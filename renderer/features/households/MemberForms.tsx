// Changing one member in place, and adding one: the same inputs as the application, the same server messages.
import { useState } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import type { FieldErrors } from '@renderer/components/fieldErrors';
import { LABOUR_CAPACITY, RELATION, isCode, type LabourCapacityCode, type RelationCode } from '@shared/codes/index';
import type { HouseholdDetail, HouseholdMember, PersonRow } from '@shared/contract';
import { todayDate } from './format';
import type { Act } from './LifecycleActions';
import { draftMember, draftProblems, previewAge, toMemberInput, type DraftMember } from './memberDraft';
import { MemberDraftHead, MemberDraftRow } from './MemberDraftTable';
import { PersonPicker } from './PersonPicker';
import type { Caller } from './request';
import { useAgeRules } from './useAgeRules';

type EditProps = {
  index: number;
  member: HouseholdMember;
  household: HouseholdDetail;
  act: Act;
  caller: Caller;
  onClose: () => void;
};

export function EditMemberRow({ index, member, household, act, caller, onClose }: EditProps) {
  const [relation, setRelation] = useState<RelationCode>(isCode(RELATION, member.relation) ? member.relation : '80');
  const [capacity, setCapacity] = useState<LabourCapacityCode>(
    isCode(LABOUR_CAPACITY, member.labourCapacity) ? member.labourCapacity : '1',
  );
  const [employed, setEmployed] = useState(member.employed);
  const [message, setMessage] = useState<string | null>(null);

  const save = async () => {
    const result = await act((version) =>
      caller('households:update-member', {
        id: household.id,
        version,
        memberId: member.id,
        relation,
        labourCapacity: capacity,
        // a registered person's employment follows their record; the server ignores it for them
        employed: member.personId === null ? employed : undefined,
      }),
    );
    if (result.ok) onClose();
    else setMessage(result.error.message);
  };

  return (
    <tr>
      <td className="num">{index + 1}</td>
      <td>{member.name}</td>
      <td>{member.idNumber}</td>
      <td>
        <select
          className="input"
          aria-label={`${member.name}与户主关系`}
          value={relation}
          onChange={(event) => isCode(RELATION, event.target.value) && setRelation(event.target.value)}
        >
          {RELATION.map((entry) => (
            <option key={entry.code} value={entry.code}>
              {entry.name}
            </option>
          ))}
        </select>
      </td>
      <td className="num">{member.age ?? '—'}</td>
      <td>{member.workingAge ? '是' : '否'}</td>
      <td>
        <select
          className="input"
          aria-label={`${member.name}劳动能力`}
          value={capacity}
          onChange={(event) => isCode(LABOUR_CAPACITY, event.target.value) && setCapacity(event.target.value)}
        >
          {LABOUR_CAPACITY.map((entry) => (
            <option key={entry.code} value={entry.code}>
              {entry.name}
            </option>
          ))}
        </select>
      </td>
      <td>
        {member.personId === null ? (
          <label>
            <input type="checkbox" checked={employed} onChange={(event) => setEmployed(event.target.checked)} /> 已就业
          </label>
        ) : (
          <span className="muted">按人员登记</span>
        )}
      </td>
      <td>
        <button type="button" className="btn btn-small btn-primary" onClick={() => void save()}>
          保存
        </button>
        <button type="button" className="btn btn-link" onClick={onClose}>
          取消
        </button>
        {message ? <div className="field-error">{message}</div> : null}
      </td>
    </tr>
  );
}

type AddProps = { household: HouseholdDetail; act: Act; caller: Caller; onClose: () => void };

/** The application's checks for one member, keyed as add-member's server messages are (`member.idNumber`). */
function oneMemberProblems(member: DraftMember): FieldErrors {
  const problems = draftProblems([member], todayDate());
  return Object.fromEntries(
    Object.entries(problems).flatMap(([path, text]) =>
      path.startsWith('members.0.') ? [[path.replace('members.0.', 'member.'), text]] : [],
    ),
  );
}

export function AddMemberForm({ household, act, caller, onClose }: AddProps) {
  const rules = useAgeRules(caller);
  const [draft, setDraft] = useState<DraftMember | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const taken = new Set(household.memberList.flatMap((member) => (member.personId ? [member.personId] : [])));

  const start = (person: PersonRow | null) => {
    setDraft(draftMember(person, ''));
    setErrors({});
    setMessage(null);
  };

  const save = async () => {
    if (!draft) return;
    const problems = oneMemberProblems(draft);
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      return setMessage('请按红色提示修改后再保存');
    }
    const result = await act((version) =>
      caller('households:add-member', { id: household.id, version, member: toMemberInput(draft) }),
    );
    if (result.ok) return onClose();
    setErrors(result.error.fields ?? {});
    setMessage(result.error.message);
  };

  return (
    <section className="hh-inline-form" aria-label="添加成员" style={{ display: 'block', paddingBottom: 12 }}>
      <div className="hh-toolbar">
        <PersonPicker id="hh-add-person" caller={caller} taken={taken} onPick={start} />
        <button type="button" className="btn" onClick={() => start(null)}>
          ＋ 手工录入成员
        </button>
      </div>
      <FormAlert message={message} />
      {draft ? (
        <table className="hh-table">
          <MemberDraftHead />
          <tbody>
            <MemberDraftRow
              member={draft}
              label="新成员"
              number="新"
              path="member"
              errors={errors}
              preview={previewAge(draft, todayDate(), rules)}
              onChange={(patch) => setDraft({ ...draft, ...patch })}
            />
          </tbody>
        </table>
      ) : null}
      <div className="hh-form-buttons" style={{ paddingTop: 8 }}>
        <button type="button" className="btn btn-primary" disabled={!draft} onClick={() => void save()}>
          保存成员
        </button>
        <button type="button" className="btn" onClick={onClose}>
          取消
        </button>
      </div>
    </section>
  );
}
