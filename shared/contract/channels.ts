import type { z } from 'zod';
import './zod-locale';
import { appChannels } from './app';
import { personChannels } from './persons';
import { householdChannels } from './households';

const AREAS = [appChannels, personChannels, householdChannels];

/** Every channel of the one API. Areas add their table here and to AREAS; a name used twice throws at load. */
export const channels = {
  ...appChannels,
  ...personChannels,
  ...householdChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}

function assertDistinctChannels(areas: readonly object[]): void {
  const seen = new Set<string>();
  for (const name of areas.flatMap((area) => Object.keys(area))) {
    if (seen.has(name)) throw new Error(`通道 ${name} 在两个区域中重复定义`);
    seen.add(name);
  }
}
assertDistinctChannels(AREAS);
