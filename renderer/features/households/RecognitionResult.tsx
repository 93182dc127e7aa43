// What 认定 returns: the clearance deadline, a warning (e.g. the holiday calendar does not cover the deadline's year)
// and the members to offer 就业困难人员 category 03 (零就业家庭成员). The clerk confirms each person; nothing is
// recognised behind their back.
import { useState } from 'react';
import { DIFFICULTY, isCode, type DifficultyCode } from '@shared/codes/index';
import { splitDifficultyCodes } from '@shared/domain/difficulty';
import { FormAlert } from '@renderer/components/FormAlert';
import { hrefFor } from '@renderer/router';
import { personPath, todayDate } from './format';
import type { Recognition } from './LifecycleActions';
import type { Caller } from './request';

type OfferState = { done: boolean; message: string | null; busy: boolean };
type Props = { recognition: Recognition; identifiedOn: string | null; rule: string; caller: Caller };

const ZERO_EMPLOYMENT_MEMBER: DifficultyCode = '03';

export function RecognitionResult({ recognition, identifiedOn, rule, caller }: Props) {
  const [states, setStates] = useState<Record<number, OfferState>>({});
  const set = (personId: number, state: OfferState) => setStates((before) => ({ ...before, [personId]: state }));

  const recognise = async (personId: number) => {
    set(personId, { done: false, message: null, busy: true });
    // the offer's version may be old by now: read the record for its version and the categories it already has
    const person = await caller('persons:get', { id: personId });
    if (!person.ok) return set(personId, { done: false, message: person.error.message, busy: false });
    const current = person.value.difficultyExitOn ? [] : splitDifficultyCodes(person.value.difficulty);
    const codes = [...new Set([...current, ZERO_EMPLOYMENT_MEMBER])].filter((code) => isCode(DIFFICULTY, code));
    const result = await caller('persons:recognise-difficulty', {
      id: personId,
      version: person.value.version,
      codes,
      recognisedOn: identifiedOn ?? todayDate(),
    });
    set(personId, { done: result.ok, message: result.ok ? null : result.error.message, busy: false });
  };

  return (
    <div className="alert alert-success" role="status" style={{ marginTop: 12 }}>
      <div>
        已认定。清零时限：<strong>{recognition.deadline}</strong>（{rule}），请在时限前帮助至少一名成员实现稳定就业。
      </div>
      <FormAlert tone="info" message={recognition.warning} />
      {recognition.difficultyOffers.length > 0 ? (
        <>
          <div style={{ marginTop: 8 }}>
            以下成员在失业登记中、处于劳动年龄内，可认定为就业困难人员（零就业家庭成员）：
          </div>
          <ul className="hh-offers" aria-label="可认定为就业困难人员的成员">
            {recognition.difficultyOffers.map((offer) => {
              const state = states[offer.personId];
              return (
                <li key={offer.personId}>
                  <a href={hrefFor(personPath(offer.personId))}>{offer.name}</a>
                  {state?.done ? (
                    <span className="badge badge-green">已认定为就业困难人员（零就业家庭成员）</span>
                  ) : (
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={state?.busy}
                      aria-label={`将${offer.name}认定为就业困难人员（零就业家庭成员）`}
                      onClick={() => void recognise(offer.personId)}
                    >
                      认定为就业困难人员（零就业家庭成员）
                    </button>
                  )}
                  {state?.message ? <span className="field-error">{state.message}</span> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
