// Which page shows for which area of the navigation. Each area adds ONE line here pointing at its own folder
// (renderer/features/<area>/); the shell and the navigation stay untouched.
import type { ReactElement } from 'react';
import type { SessionUser } from '@shared/contract';
import { HomeArea } from './home/HomePage';
import { DifficultyArea, DisabledArea, PersonsArea } from './persons/PersonsArea';
import { HouseholdsArea } from './households/HouseholdsArea';
import { AssistanceArea } from './assistance/AssistanceArea';
import { LedgersArea } from './ledgers/LedgersArea';
import { PackageArea } from './package/PackageArea';
import { StatisticsArea } from './statistics/StatisticsArea';
import { SettingsArea } from './settings/SettingsArea';
import { ImportArea } from './import/ImportArea';

export type Township = { countyCode: string; code: string; name: string };

/** What every area page receives: the rest of the path (`/persons/12` → `['12']`), who is working, and where. */
export type AreaProps = {
  subPath: string[];
  query: URLSearchParams;
  user: SessionUser;
  township: Township;
  version: string;
  /** call when the server says the session is gone (idle log-out) */
  onSessionLost: () => void;
};

export const AREA_PAGES: Record<string, (props: AreaProps) => ReactElement> = {
  '/': HomeArea,
  '/zero-households': HouseholdsArea,
  '/persons': PersonsArea,
  '/import': ImportArea,
  '/difficulty': DifficultyArea,
  '/disabled': DisabledArea,
  '/assistance': AssistanceArea,
  '/ledgers': LedgersArea,
  '/package': PackageArea,
  '/statistics': StatisticsArea,
  '/settings': SettingsArea,
};
