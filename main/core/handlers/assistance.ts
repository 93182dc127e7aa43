import type { ChannelName } from '@shared/contract';
import type { AreaHandlers } from '../handler-types';
import { listActions, quotaReport } from '../services/assistance/query';
import { createAction, createBatch, deleteAction, updateAction } from '../services/assistance/write';

type AssistanceChannel = Extract<ChannelName, `assistance:${string}`>;

export const assistanceHandlers: AreaHandlers<AssistanceChannel> = {
  'assistance:create': (input, ctx) => createAction(ctx.store, ctx.actor, input),
  'assistance:batch': (input, ctx) => createBatch(ctx.store, ctx.actor, input),
  'assistance:update': (input, ctx) => updateAction(ctx.store, ctx.actor, input),
  'assistance:delete': (input, ctx) => deleteAction(ctx.store, ctx.actor, input),
  'assistance:list': (input, ctx) => listActions(ctx.store, input),
  'assistance:quotas': (input, ctx) => quotaReport(ctx.store, input),
};
