import type { ChannelName } from '@shared/contract';
import type { AreaHandlers } from '../handler-types';
import { createHousehold, addMember, removeMember, updateMember } from '../services/households/write';
import {
  clearHousehold,
  publiciseHousehold,
  recogniseHousehold,
  revokeHousehold,
  startAssistance,
} from '../services/households/lifecycle';
import { deadlineList, getHousehold, householdHistory, listHouseholds } from '../services/households/query';
import { canViewFullId } from './persons';

type HouseholdChannel = Extract<ChannelName, `households:${string}`>;

export const householdHandlers: AreaHandlers<HouseholdChannel> = {
  'households:list': (input, ctx) => listHouseholds(ctx.store, input, canViewFullId(ctx)),
  'households:get': ({ id }, ctx) => getHousehold(ctx.store, id, canViewFullId(ctx)),
  'households:create': (input, ctx) => createHousehold(ctx.store, ctx.actor, input),
  'households:add-member': (input, ctx) => addMember(ctx.store, ctx.actor, input),
  'households:update-member': (input, ctx) => updateMember(ctx.store, ctx.actor, input),
  'households:remove-member': (input, ctx) => removeMember(ctx.store, ctx.actor, input),
  'households:publicise': (input, ctx) => publiciseHousehold(ctx.store, ctx.actor, input),
  'households:recognise': (input, ctx) => recogniseHousehold(ctx.store, ctx.actor, input),
  'households:start-assistance': (input, ctx) => startAssistance(ctx.store, ctx.actor, input),
  'households:clear': (input, ctx) => clearHousehold(ctx.store, ctx.actor, input),
  'households:revoke': (input, ctx) => revokeHousehold(ctx.store, ctx.actor, input),
  'households:deadlines': (_input, ctx) => deadlineList(ctx.store, canViewFullId(ctx)),
  'households:history': ({ id }, ctx) => householdHistory(ctx.store, id, canViewFullId(ctx)),
};
