import type { z } from 'zod';
import './zod-locale';
import { appChannels } from './app';
import { personChannels } from './persons';

/** Every channel of the one API. Areas add their table here; a name used twice fails the contract test. */
export const channels = {
  ...appChannels,
  ...personChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}
