import { assertNoDuplicateChannels, type Handlers } from './handler-types';
import { appHandlers } from './handlers/app';
import { personHandlers } from './handlers/persons';
import { householdHandlers } from './handlers/households';
import { assistanceHandlers } from './handlers/assistance';
import { packageHandlers } from './handlers/packages';
import { ledgerHandlers } from './handlers/ledgers';
import { statsHandlers } from './handlers/stats';
import { printHandlers } from './handlers/print';
import { calendarHandlers } from './handlers/calendar';
import { userHandlers } from './handlers/users';
import { auditHandlers } from './handlers/audit';
import { backupHandlers } from './handlers/backups';
import { settingsHandlers } from './handlers/settings';
import { importHandlers } from './handlers/imports';

// Each area exports its part; the type below fails to compile when a channel of the contract has no handler,
// and the start-up check throws when two areas register the same channel.
const areas = [
  appHandlers,
  personHandlers,
  householdHandlers,
  assistanceHandlers,
  packageHandlers,
  ledgerHandlers,
  statsHandlers,
  printHandlers,
  calendarHandlers,
  userHandlers,
  auditHandlers,
  backupHandlers,
  settingsHandlers,
  importHandlers,
];
assertNoDuplicateChannels(areas);

/** The one handler table behind IPC, the HTTP bridge and the CLI. */
export const handlers: Handlers = {
  ...appHandlers,
  ...personHandlers,
  ...householdHandlers,
  ...assistanceHandlers,
  ...packageHandlers,
  ...ledgerHandlers,
  ...statsHandlers,
  ...printHandlers,
  ...calendarHandlers,
  ...userHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...settingsHandlers,
  ...importHandlers,
};
