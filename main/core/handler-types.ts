import type { z } from 'zod';
import type { ChannelName, ChannelOutput, Channels } from '@shared/contract';
import type { HandlerContext } from './context';

export type Handler<C extends ChannelName> = (
  input: z.output<Channels[C]['input']>,
  ctx: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** The one handler table: a handler for every channel of the contract, no more, no less. */
export type Handlers = { [C in ChannelName]: Handler<C> };

/** An area's part of the table. */
export type AreaHandlers<C extends ChannelName> = { [K in C]: Handler<K> };

/** Registering a channel in two areas is a programming error: throw at start-up rather than let one win silently. */
export function assertNoDuplicateChannels(areas: readonly object[]): void {
  const seen = new Set<string>();
  for (const area of areas) {
    for (const name of Object.keys(area)) {
      if (seen.has(name)) throw new Error(`通道 ${name} 重复注册`);
      seen.add(name);
    }
  }
}
