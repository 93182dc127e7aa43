// 家庭成员 of a household: the server's derived age and working age, labour capacity and employment, a link to the
// person's own record, and add / change / remove while the household is still open.
import { useState } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { hrefFor } from '@renderer/router';
import type { HouseholdDetail, HouseholdMember } from '@shared/contract';
import { capacityLabel, personPath, personStatusLabel, relationLabel } from './format';
import type { Act } from './LifecycleActions';
import { AddMemberForm, EditMemberRow } from './MemberForms';
import type { Caller } from './request';

type Props = { household: HouseholdDetail; act: Act; caller: Caller };
const EDITABLE = new Set(['applied', 'publicised', 'recognised', 'assisting']);

/** A working-age member able to work who has a job: the member that makes the household fail the test. */
const breaksRule = (member: HouseholdMember) =>
  member.workingAge && member.employed && (member.labourCapacity === '1' || member.labourCapacity === '2');

function employmentText(member: HouseholdMember): string {
  if (member.personId !== null) return personStatusLabel(member.personStatus);
  return member.employed ? '已就业' : '未就业';
}

export function MembersSection({ household, act, caller }: Props) {
  const [editing, setEditing] = useState<number | null>(null);
  const [removing, setRemoving] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const editable = EDITABLE.has(household.stage);

  const remove = async (member: HouseholdMember) => {
    const result = await act((version) =>
      caller('households:remove-member', { id: household.id, version, memberId: member.id }),
    );
    setRemoving(null);
    setMessage(result.ok ? null : result.error.message);
  };

  return (
    <div>
      <FormAlert message={message} />
      <table className="hh-table" aria-label="家庭成员">
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">姓名</th>
            <th scope="col">身份证号</th>
            <th scope="col">与户主关系</th>
            <th scope="col">年龄</th>
            <th scope="col">劳动年龄内</th>
            <th scope="col">劳动能力</th>
            <th scope="col">就业状态</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {household.memberList.map((member, index) =>
            editing === member.id ? (
              <EditMemberRow
                key={member.id}
                index={index}
                member={member}
                household={household}
                act={act}
                caller={caller}
                onClose={() => setEditing(null)}
              />
            ) : (
              <tr key={member.id}>
                <td className="num">{index + 1}</td>
                <td>
                  {member.personId !== null ? (
                    <a href={hrefFor(personPath(member.personId))} title="打开人员登记">
                      {member.name}
                    </a>
                  ) : (
                    member.name
                  )}
                </td>
                <td>{member.idNumber}</td>
                <td>{relationLabel(member.relation)}</td>
                <td className="num">{member.age ?? '—'}</td>
                <td>{member.workingAge ? '是' : '否'}</td>
                <td>{capacityLabel(member.labourCapacity)}</td>
                <td>
                  {employmentText(member)}
                  {breaksRule(member) && household.stage !== 'cleared' ? (
                    <span className="badge badge-red" style={{ marginLeft: 6 }}>
                      不符合条件
                    </span>
                  ) : null}
                </td>
                <td>
                  {editable && removing === member.id ? (
                    <>
                      <button type="button" className="btn btn-small" onClick={() => void remove(member)}>
                        确定移除{member.name}
                      </button>
                      <button type="button" className="btn btn-link" onClick={() => setRemoving(null)}>
                        取消
                      </button>
                    </>
                  ) : editable ? (
                    <>
                      <button
                        type="button"
                        className="btn btn-link"
                        aria-label={`修改${member.name}`}
                        onClick={() => setEditing(member.id)}
                      >
                        修改
                      </button>
                      {member.relation === '02' ? null : (
                        <button
                          type="button"
                          className="btn btn-link"
                          aria-label={`移除${member.name}`}
                          onClick={() => setRemoving(member.id)}
                        >
                          移除
                        </button>
                      )}
                    </>
                  ) : null}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {editable && !adding ? (
        <button type="button" className="btn btn-small" style={{ marginTop: 8 }} onClick={() => setAdding(true)}>
          ＋ 添加成员
        </button>
      ) : null}
      {adding ? (
        <AddMemberForm household={household} act={act} caller={caller} onClose={() => setAdding(false)} />
      ) : null}
    </div>
  );
}
