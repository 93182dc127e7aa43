// 零就业家庭申请: village, address, date and the members — picked from the registers or typed by ID number. The
// server decides (ID check, one live household per person); its messages land next to the field they name.
import { useRef, useState, type FormEvent } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { TextField } from '@renderer/components/TextField';
import { focusFirstInvalid, hasErrors, type FieldErrors } from '@renderer/components/fieldErrors';
import { hrefFor, navigate } from '@renderer/router';
import type { PersonRow } from '@shared/contract';
import { householdPath, todayDate } from './format';
import { HEAD, draftMember, draftProblems, previewAge, toMemberInput, type DraftMember } from './memberDraft';
import { MemberDraftHead, MemberDraftRow } from './MemberDraftTable';
import { PersonPicker } from './PersonPicker';
import type { Caller } from './request';
import { useAgeRules } from './useAgeRules';
import { useVillages } from './useVillages';

export function NewHouseholdPage({ caller }: { caller: Caller }) {
  const villages = useVillages(caller).filter((village) => village.active);
  const rules = useAgeRules(caller);
  const today = todayDate();
  const [villageCode, setVillageCode] = useState('');
  const [address, setAddress] = useState('');
  const [appliedOn, setAppliedOn] = useState(today);
  const [notes, setNotes] = useState('');
  const [members, setMembers] = useState<DraftMember[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // the first member is usually the head; later ones get their relation chosen
  const nextRelation = () => (members.some((member) => member.relation === HEAD) ? '' : HEAD);
  const addPerson = (person: PersonRow) => setMembers((list) => [...list, draftMember(person, nextRelation())]);
  const addTyped = () => {
    const member = draftMember(null, nextRelation());
    setMembers((list) => [...list, member]);
    // the new row renders first; then the cursor goes to its ID number, where typing starts
    requestAnimationFrame(() => document.getElementById(`draft-${member.key}-idNumber-input`)?.focus());
  };
  // an edited member's old messages go, so the red marks show only what is still to fix
  const forget = (gone: (path: string) => boolean) => {
    const left = Object.fromEntries(Object.entries(errors).filter(([path]) => !gone(path)));
    setErrors(left);
    // once every red mark is fixed, the "please fix" banner goes too
    if (hasErrors(errors) && !hasErrors(left)) setMessage(null);
  };
  const change = (index: number, key: number, patch: Partial<DraftMember>) => {
    const own = `members.${index}.`;
    forget((path) => path.startsWith(own) || (patch.relation !== undefined && path === 'members'));
    setMembers((list) => list.map((member) => (member.key === key ? { ...member, ...patch } : member)));
  };
  const remove = (key: number) => {
    forget((path) => path.startsWith('members'));
    setMembers((list) => list.filter((member) => member.key !== key));
  };
  const taken = new Set(members.flatMap((member) => (member.person ? [member.person.id] : [])));

  const showProblems = (fields: FieldErrors, text: string) => {
    setErrors(fields);
    setMessage(text);
    requestAnimationFrame(() => focusFirstInvalid(formRef.current));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = draftProblems(members, today);
    if (!villageCode) problems.villageCode = '请选择村（社区）';
    if (hasErrors(problems)) return showProblems(problems, '请按红色提示修改后再提交');
    setSaving(true);
    const result = await caller('households:create', {
      villageCode,
      address: address.trim() || undefined,
      appliedOn,
      notes: notes.trim() || undefined,
      members: members.map(toMemberInput),
    });
    setSaving(false);
    if (result.ok) navigate(householdPath(result.value.id));
    else showProblems(result.error.fields ?? {}, result.error.message);
  };

  return (
    <form
      ref={formRef}
      className="card hh-card"
      aria-labelledby="hh-new-title"
      onSubmit={(event) => void submit(event)}
    >
      <div className="hh-page-head">
        <h1 id="hh-new-title" className="page-title">
          零就业家庭申请
        </h1>
        <span className="spacer" />
        <a className="btn" href={hrefFor('/zero-households')}>
          返回名册
        </a>
      </div>
      <FormAlert message={message} />
      <div className="hh-form-grid">
        <div className="field">
          <div className="field-label">
            <label htmlFor="hh-village">村（社区）</label>
            <span className="required" aria-hidden="true">
              *
            </span>
          </div>
          <select
            id="hh-village"
            className="input"
            required
            autoFocus
            value={villageCode}
            aria-invalid={errors.villageCode ? true : undefined}
            aria-describedby={errors.villageCode ? 'hh-village-error' : undefined}
            onChange={(event) => {
              forget((path) => path === 'villageCode');
              setVillageCode(event.target.value);
            }}
          >
            <option value="">请选择</option>
            {villages.map((village) => (
              <option key={village.code} value={village.code}>
                {village.name}
              </option>
            ))}
          </select>
          {errors.villageCode ? (
            <div id="hh-village-error" className="field-error">
              {errors.villageCode}
            </div>
          ) : null}
        </div>
        <TextField id="hh-address" label="家庭住址" value={address} onChange={setAddress} error={errors.address} />
        <TextField
          id="hh-applied-on"
          label="申请日期"
          type="date"
          required
          max={today}
          value={appliedOn}
          onChange={setAppliedOn}
          error={errors.appliedOn}
        />
      </div>
      <div className="hh-members-head">
        <h2>家庭成员</h2>
        <span className="muted">共 {members.length} 人；年龄与劳动年龄按今天预览，提交后以系统认定为准</span>
      </div>
      <div className="hh-toolbar">
        <PersonPicker id="hh-new-person" caller={caller} taken={taken} onPick={addPerson} />
        <button type="button" className="btn" onClick={addTyped}>
          ＋ 手工录入成员
        </button>
      </div>
      <FormAlert message={errors.members} />
      <table className="hh-table">
        <MemberDraftHead />
        <tbody>
          {members.length === 0 ? (
            <tr>
              <td colSpan={9} className="hh-empty">
                请先添加户主：在上方查找已登记人员，或手工录入家庭成员。
              </td>
            </tr>
          ) : null}
          {members.map((member, index) => (
            <MemberDraftRow
              key={member.key}
              member={member}
              label={`第 ${index + 1} 位成员`}
              number={index + 1}
              path={`members.${index}`}
              errors={errors}
              preview={previewAge(member, today, rules)}
              onChange={(patch) => change(index, member.key, patch)}
              onRemove={() => remove(member.key)}
            />
          ))}
        </tbody>
      </table>
      <div className="field" style={{ maxWidth: 'none', marginTop: 16 }}>
        <label htmlFor="hh-notes">备注</label>
        <textarea id="hh-notes" className="input" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <div className="actions">
        <a className="btn" href={hrefFor('/zero-households')}>
          取消
        </a>
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? '正在提交……' : '提交申请'}
        </button>
      </div>
    </form>
  );
}
