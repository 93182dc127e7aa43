import type { ChannelName } from '@shared/contract';
import type { AreaHandlers } from '../handler-types';
import { quarterStats, recordsBehind, trend } from '../services/stats/stats';
import { statsWorkbook } from '../services/stats/report-xlsx';

type StatsChannel = Extract<ChannelName, `stats:${string}`>;

export const statsHandlers: AreaHandlers<StatsChannel> = {
  'stats:quarter': (input, ctx) => quarterStats(ctx.store, input),
  'stats:trend': (input, ctx) => trend(ctx.store, input),
  'stats:records': (input, ctx) => recordsBehind(ctx.store, input),
  'stats:xlsx': (input, ctx) => statsWorkbook(ctx.store, input),
};
