import { AppError, type SettingsValues } from '@shared/contract';
import type { Actor, Store } from '../context';
import type { AreaHandlers } from '../handler-types';
import { folderProblem } from '../services/backups/durable-files';
import { getSetting, setSetting, type SettingKey, type SettingValue } from '../services/settings';

function readAll(store: Store): SettingsValues {
  return {
    idleMinutes: getSetting(store, 'idleMinutes'),
    followUpDays: getSetting(store, 'followUpDays'),
    difficulty: getSetting(store, 'difficulty'),
    ageRules: getSetting(store, 'ageRules'),
    clearanceRule: getSetting(store, 'clearanceRule'),
    quotas: getSetting(store, 'quotas'),
    backupFolder: getSetting(store, 'backupFolder'),
  };
}

/** Writes a setting only when it changed, so the audit log holds real changes, each with before and after. */
function apply<K extends SettingKey>(store: Store, actor: Actor, key: K, value: SettingValue<K> | undefined): void {
  if (value === undefined || JSON.stringify(getSetting(store, key)) === JSON.stringify(value)) return;
  setSetting(store, actor, key, value);
}

export const settingsHandlers: AreaHandlers<'settings:get' | 'settings:update'> = {
  'settings:get': (_input, { store }) => readAll(store),
  'settings:update': (input, { store, actor }) => {
    if (input.backupFolder) {
      const problem = folderProblem(input.backupFolder);
      if (problem) throw new AppError('INVALID_INPUT', problem, { backupFolder: problem });
    }
    // one immediate transaction: a screen of settings is saved whole or not at all, and the audit chain cannot fork
    store.sqlite
      .transaction(() => {
        apply(store, actor, 'idleMinutes', input.idleMinutes);
        apply(store, actor, 'followUpDays', input.followUpDays);
        apply(store, actor, 'difficulty', input.difficulty);
        apply(store, actor, 'ageRules', input.ageRules);
        apply(store, actor, 'clearanceRule', input.clearanceRule);
        apply(store, actor, 'quotas', input.quotas);
        apply(store, actor, 'backupFolder', input.backupFolder);
      })
      .immediate();
    return readAll(store);
  },
};
