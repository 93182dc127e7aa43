import fs from 'node:fs';
import path from 'node:path';
import { officialCalendarSchema, type OfficialCalendar } from '@shared/domain/working-days';
import type { Store } from '../context';
import { getSetting } from './settings';

const shipped = new Map<string, OfficialCalendar>();

/** The calendar shipped in resources/calendar (2024–2027), read and validated once per folder. */
export function shippedCalendar(resourcesDir: string): OfficialCalendar {
  let calendar = shipped.get(resourcesDir);
  if (!calendar) {
    const file = path.join(resourcesDir, 'calendar', 'cn-official.json');
    calendar = officialCalendarSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    shipped.set(resourcesDir, calendar);
  }
  return calendar;
}

/** The official calendar in force: the shipped years, with the years the station entered in settings on top. */
export function officialCalendar(store: Store): OfficialCalendar {
  const base = shippedCalendar(store.resourcesDir);
  const added = getSetting(store, 'calendarYears');
  if (Object.keys(added.years).length === 0) return base;
  return { years: { ...base.years, ...added.years } };
}
