import path from 'node:path';
import type { Store } from '../../context';
import { databasePathOf } from './backup';

/** What a restore needs to reopen the database the way it was opened: the file, the migrations, the native build. */
export type DatabaseLocation = { dbPath: string; migrationsDir: string; nativeBinding?: string };

// The Store does not carry the native build it was opened with (Electron needs its own), so openStation() records
// the whole location here. A store opened by plain openCore() (the CLI's other commands, tests) runs in plain Node,
// where the default build is right.
const locations = new WeakMap<Store, DatabaseLocation>();

export function rememberLocation(store: Store, location: DatabaseLocation): void {
  locations.set(store, location);
}

export function locationOf(store: Store): DatabaseLocation {
  return (
    locations.get(store) ?? {
      dbPath: databasePathOf(store),
      migrationsDir: path.join(store.resourcesDir, 'migrations'),
    }
  );
}
