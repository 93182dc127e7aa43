import type { z } from 'zod';
import './zod-locale';
import { appChannels } from './app';
import { personChannels } from './persons';
import { householdChannels } from './households';
import { assistanceChannels } from './assistance';
import { packageChannels } from './packages';
import { ledgerChannels } from './ledgers';
import { statsChannels } from './stats';
import { printChannels } from './print';
import { calendarChannels } from './calendar';
import { userChannels } from './users';
import { auditChannels } from './audit';
import { backupChannels } from './backups';
import { settingsChannels } from './settings';
import { importChannels } from './imports';

const AREAS = [
  appChannels,
  personChannels,
  householdChannels,
  assistanceChannels,
  packageChannels,
  ledgerChannels,
  statsChannels,
  printChannels,
  calendarChannels,
  userChannels,
  auditChannels,
  backupChannels,
  settingsChannels,
  importChannels,
];

/** Every channel of the one API. Areas add their table here and to AREAS; a name used twice throws at load. */
export const channels = {
  ...appChannels,
  ...personChannels,
  ...householdChannels,
  ...assistanceChannels,
  ...packageChannels,
  ...ledgerChannels,
  ...statsChannels,
  ...printChannels,
  ...calendarChannels,
  ...userChannels,
  ...auditChannels,
  ...backupChannels,
  ...settingsChannels,
  ...importChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
/** What a handler receives: the input after the contract's schema parsed it (defaults filled, text trimmed). */
export type ChannelArgs<C extends ChannelName> = z.output<Channels[C]['input']>;

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
