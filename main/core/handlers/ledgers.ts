import type { ChannelName } from '@shared/contract';
import type { AreaHandlers } from '../handler-types';
import {
  assistanceCard,
  householdLedger,
  quarterlyAssistance,
  recordPrint,
  registerLedger,
} from '../services/ledgers/ledgers';

type LedgerChannel = Extract<ChannelName, `ledgers:${string}`>;

export const ledgerHandlers: AreaHandlers<LedgerChannel> = {
  'ledgers:assistance-card': (input, ctx) => assistanceCard(ctx, input),
  'ledgers:quarterly-assistance': (input, ctx) => quarterlyAssistance(ctx, input),
  'ledgers:households': (input, ctx) => householdLedger(ctx, input),
  'ledgers:register': (input, ctx) => registerLedger(ctx, input),
  'ledgers:printed': (input, ctx) => recordPrint(ctx, input),
};
