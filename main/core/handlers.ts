import { assertNoDuplicateChannels, type Handlers } from './handler-types';
import { appHandlers } from './handlers/app';
import { personHandlers } from './handlers/persons';
import { householdHandlers } from './handlers/households';

// Each area exports its part; the type below fails to compile when a channel of the contract has no handler,
// and the start-up check throws when two areas register the same channel.
const areas = [appHandlers, personHandlers, householdHandlers];
assertNoDuplicateChannels(areas);

/** The one handler table behind IPC, the HTTP bridge and the CLI. */
export const handlers: Handlers = { ...appHandlers, ...personHandlers, ...householdHandlers };
