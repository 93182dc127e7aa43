// The life cycle as buttons, each enabled only in the stages the server accepts it:
// 申请 → 公示 → 认定 → 援助中 → 清零, or 撤销 from any open stage. Each sends the household's version (see `act`).
import { useState } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { TextField } from '@renderer/components/TextField';
import { hrefFor } from '@renderer/router';
import type { ChannelOutput, HouseholdDetail, RpcError, RpcResult } from '@shared/contract';
import { personPath, todayDate } from './format';
import { InlineForm } from './InlineForm';
import type { Caller } from './request';

export type Recognition = ChannelOutput<'households:recognise'>;
/** Runs a change with the household's current version; reloads after it (and after a CONFLICT, to show the news). */
export type Act = <T>(send: (version: number) => Promise<RpcResult<T>>) => Promise<RpcResult<T>>;

type ActionsProps = { household: HouseholdDetail; act: Act; caller: Caller; onRecognised: (r: Recognition) => void };
type Open = 'publicise' | 'recognise' | 'clear' | 'revoke' | null;

const OPEN_STAGES = new Set(['applied', 'publicised', 'recognised', 'assisting']);

const done = <T,>(result: RpcResult<T>): RpcError | null => (result.ok ? null : result.error);

export function LifecycleActions({ household, act, caller, onRecognised }: ActionsProps) {
  const [open, setOpen] = useState<Open>(null);
  const [date, setDate] = useState(todayDate());
  const [reason, setReason] = useState('');
  const registered = household.memberList.filter((member) => member.personId !== null);
  const [personId, setPersonId] = useState<number | null>(
    (registered.find((member) => member.employed) ?? registered[0])?.personId ?? null,
  );
  const [startError, setStartError] = useState<string | null>(null);
  const { stage, id } = household;

  const can = {
    publicise: stage === 'applied',
    recognise: stage === 'publicised' || (stage === 'cleared' && household.needsRerecognition),
    start: stage === 'recognised',
    clear: stage === 'recognised' || stage === 'assisting',
    revoke: OPEN_STAGES.has(stage),
  };
  const toggle = (which: Open) => {
    setDate(todayDate());
    setOpen((before) => (before === which ? null : which));
  };
  const close = () => setOpen(null);
  const finish = <T,>(result: RpcResult<T>) => {
    if (result.ok) close();
    return done(result);
  };

  const startAssistance = async () => {
    const result = await act((version) => caller('households:start-assistance', { id, version }));
    setStartError(result.ok ? null : result.error.message);
  };

  const dateField = (label: string, field: string, errors: Record<string, string>) => (
    <TextField
      id={`hh-${field}`}
      label={label}
      type="date"
      required
      max={todayDate()}
      autoFocus
      value={date}
      onChange={setDate}
      error={errors[field]}
    />
  );

  return (
    <div>
      <div className="hh-actions" role="group" aria-label="办理">
        <button
          type="button"
          className="btn"
          disabled={!can.publicise}
          title={can.publicise ? undefined : '只有“申请”阶段的家庭可以公示'}
          onClick={() => toggle('publicise')}
        >
          公示
        </button>
        <button
          type="button"
          className="btn"
          disabled={!can.recognise}
          title={can.recognise ? undefined : '须先经公示才能认定'}
          onClick={() => toggle('recognise')}
        >
          {household.needsRerecognition ? '重新认定' : '认定'}
        </button>
        <button
          type="button"
          className="btn"
          disabled={!can.start}
          title={can.start ? undefined : '只有“已认定”的家庭可以开始援助'}
          onClick={() => void startAssistance()}
        >
          开始援助
        </button>
        <button
          type="button"
          className="btn"
          disabled={!can.clear}
          title={can.clear ? undefined : '只有已认定或援助中的家庭可以清零'}
          onClick={() => toggle('clear')}
        >
          清零
        </button>
        <button
          type="button"
          className="btn"
          disabled={!can.revoke}
          title={can.revoke ? undefined : '已清零或已撤销的家庭不能撤销'}
          onClick={() => toggle('revoke')}
        >
          撤销
        </button>
      </div>
      <FormAlert message={startError} />
      {open === 'publicise' ? (
        <InlineForm
          label="公示"
          submitLabel="确认公示"
          onCancel={close}
          onSubmit={async () =>
            finish(await act((version) => caller('households:publicise', { id, version, publicisedOn: date })))
          }
        >
          {(errors) => dateField('公示日期', 'publicisedOn', errors)}
        </InlineForm>
      ) : null}
      {open === 'recognise' ? (
        <InlineForm
          label="认定"
          submitLabel="确认认定"
          onCancel={close}
          onSubmit={async () => {
            const result = await act((version) => caller('households:recognise', { id, version, identifiedOn: date }));
            if (result.ok) onRecognised(result.value);
            return finish(result);
          }}
        >
          {(errors) => dateField('认定日期', 'identifiedOn', errors)}
        </InlineForm>
      ) : null}
      {open === 'clear' ? (
        <InlineForm
          label="清零"
          submitLabel="确认清零"
          onCancel={close}
          onSubmit={async () => {
            if (personId === null)
              return { code: 'INVALID_INPUT', message: '请选择实现就业的成员（须是已在人员登记中的成员）' };
            return finish(
              await act((version) => caller('households:clear', { id, version, personId, clearedOn: date })),
            );
          }}
          extra={(error) =>
            error.fields?.personId && personId !== null ? (
              <a className="btn btn-small" href={hrefFor(personPath(personId))}>
                打开{registered.find((m) => m.personId === personId)?.name ?? ''}的人员登记，登记就业
              </a>
            ) : null
          }
        >
          {(errors) => (
            <>
              <div className="field">
                <label htmlFor="hh-clear-person">实现就业的成员</label>
                <select
                  id="hh-clear-person"
                  className="input"
                  autoFocus
                  value={personId ?? ''}
                  aria-invalid={errors.personId ? true : undefined}
                  onChange={(event) => setPersonId(Number(event.target.value) || null)}
                >
                  {registered.length === 0 ? <option value="">（本户没有已在人员登记中的成员）</option> : null}
                  {registered.map((member) => (
                    <option key={member.id} value={member.personId ?? ''}>
                      {member.name}
                      {member.employed ? '（已就业）' : ''}
                    </option>
                  ))}
                </select>
              </div>
              <TextField
                id="hh-clearedOn"
                label="清零日期"
                type="date"
                required
                max={todayDate()}
                value={date}
                onChange={setDate}
                error={errors.clearedOn}
              />
            </>
          )}
        </InlineForm>
      ) : null}
      {open === 'revoke' ? (
        <InlineForm
          label="撤销"
          submitLabel="确认撤销"
          onCancel={close}
          onSubmit={async () =>
            finish(await act((version) => caller('households:revoke', { id, version, revokedOn: date, reason })))
          }
        >
          {(errors) => (
            <>
              {dateField('撤销日期', 'revokedOn', errors)}
              <TextField
                id="hh-revoke-reason"
                label="撤销原因"
                required
                value={reason}
                onChange={setReason}
                error={errors.reason}
                style={{ width: 360 }}
              />
            </>
          )}
        </InlineForm>
      ) : null}
    </div>
  );
}
