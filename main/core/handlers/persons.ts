import { AppError, type ChannelName } from '@shared/contract';
import { todayInChina } from '@shared/domain/dates';
import { ageAt, parseIdNumber } from '@shared/domain/id-number';
import type { HandlerContext } from '../context';
import type { AreaHandlers } from '../handler-types';
import { appendAudit } from '../services/audit';
import { listVillages } from '../services/township';
import { historyOf } from '../services/change-log';
import { personFieldFormats } from '../services/persons/fields';
import { getPerson, listPersons } from '../services/persons/query';
import {
  cancelPerson,
  employPerson,
  endDifficulty,
  recogniseDifficulty,
  reregisterPerson,
  suggestDifficulty,
} from '../services/persons/status';
import { createPerson, deletePerson, findByIdNumber, findLivePerson, updatePerson } from '../services/persons/write';

type PersonChannel = Extract<ChannelName, `persons:${string}`>;

/** Head, the CLI, and users granted it see full ID numbers; everyone else sees 430102********1234. */
export function canViewFullId(ctx: HandlerContext): boolean {
  return ctx.role === 'head' || ctx.user?.canViewFullId === true;
}

export const personHandlers: AreaHandlers<PersonChannel> = {
  'persons:lookup': ({ idNumber }, { store }) => {
    const parsed = parseIdNumber(idNumber, todayInChina(store.now()));
    if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.message, { idNumber: parsed.message });
    const { value } = parsed;
    const existing = findByIdNumber(store, value.idNumber);
    return {
      idNumber: value.idNumber,
      sex: value.sex,
      birthDate: value.birthDate,
      age: ageAt(value.birthDate, todayInChina(store.now())),
      note: value.upgradedFrom15 ? `15 位身份证号已升位为 18 位：${value.idNumber}` : null,
      existing: existing ? { id: existing.id, name: existing.name } : null,
    };
  },
  'persons:create': (input, ctx) => createPerson(ctx.store, ctx.actor, input),
  'persons:update': ({ correction, ...input }, ctx) =>
    updatePerson(ctx.store, correction ? { ...ctx.actor, source: 'correction' } : ctx.actor, input),
  'persons:get': ({ id }, ctx) => {
    const full = canViewFullId(ctx);
    const person = getPerson(ctx.store, id, full);
    if (!person) throw new AppError('NOT_FOUND', '找不到该人员，可能已被删除');
    // PIPL: every view of a full ID number is on record
    if (full) appendAudit(ctx.store, ctx.actor, { action: 'persons.view-full-id', target: 'person', targetId: id });
    return person;
  },
  'persons:list': (input, ctx) => listPersons(ctx.store, input, canViewFullId(ctx)),
  'persons:employ': (input, ctx) => employPerson(ctx.store, ctx.actor, input),
  'persons:cancel': (input, ctx) => cancelPerson(ctx.store, ctx.actor, input),
  'persons:reregister': (input, ctx) => reregisterPerson(ctx.store, ctx.actor, input),
  'persons:suggest-difficulty': ({ id, atDate }, { store }) => suggestDifficulty(store, id, atDate),
  'persons:recognise-difficulty': (input, ctx) => recogniseDifficulty(ctx.store, ctx.actor, input),
  'persons:end-difficulty': (input, ctx) => endDifficulty(ctx.store, ctx.actor, input),
  'persons:delete': (input, ctx) => deletePerson(ctx.store, ctx.actor, input),
  'persons:history': ({ id }, ctx) => {
    findLivePerson(ctx.store, id);
    const names = new Map(listVillages(ctx.store).map((village) => [village.code, village.name]));
    return historyOf(
      ctx.store,
      'person',
      id,
      personFieldFormats(canViewFullId(ctx), (code) => names.get(code) ?? null),
    );
  },
};
