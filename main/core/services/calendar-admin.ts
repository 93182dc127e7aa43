import { AppError, type ChannelArgs, type CalendarYearEntry } from '@shared/contract';
import { officialCalendarSchema, type OfficialCalendar } from '@shared/domain/working-days';
import type { Actor, Store } from '../context';
import { officialCalendar, shippedCalendar } from './calendar';
import { getSetting, setSetting } from './settings';

export function calendarEntries(store: Store): CalendarYearEntry[] {
  const shipped = shippedCalendar(store.resourcesDir);
  const station = getSetting(store, 'calendarYears');
  const merged = officialCalendar(store);
  return Object.entries(merged.years)
    .map(([year, data]) => ({
      year: Number(year),
      provisional: data.provisional,
      source: data.source,
      note: data.note ?? null,
      holidays: data.holidays,
      workdays: data.workdays,
      origin: year in station.years ? ('station' as const) : ('shipped' as const),
    }))
    .filter((entry) => entry.origin === 'station' || String(entry.year) in shipped.years)
    .sort((a, b) => a.year - b.year);
}

/** A year from the State Council's notice: checked like the shipped file (dates in the year, weekends only as 调休). */
export function setCalendarYear(
  store: Store,
  actor: Actor,
  input: ChannelArgs<'calendar:set-year'>,
): CalendarYearEntry[] {
  const station = getSetting(store, 'calendarYears');
  const candidate: OfficialCalendar = {
    years: {
      ...station.years,
      [String(input.year)]: {
        provisional: input.provisional,
        source: input.source,
        ...(input.note ? { note: input.note } : {}),
        holidays: input.holidays,
        workdays: input.workdays,
      },
    },
  };
  const parsed = officialCalendarSchema.safeParse(candidate);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      // years.<year>.holidays.<i>.dates.<j> → holidays.<i>.dates.<j>, as the form names them
      const key = issue.path.slice(2).map(String).join('.') || 'year';
      fields[key] ??= issue.message;
    }
    throw new AppError('INVALID_INPUT', Object.values(fields)[0] ?? '节假日安排有误', fields);
  }
  setSetting(store, actor, 'calendarYears', parsed.data);
  return calendarEntries(store);
}

export function removeCalendarYear(store: Store, actor: Actor, year: number): CalendarYearEntry[] {
  const station = getSetting(store, 'calendarYears');
  if (!(String(year) in station.years)) throw new AppError('NOT_FOUND', `${year} 年不是本站录入的安排，不能删除`);
  const years = { ...station.years };
  delete years[String(year)];
  setSetting(store, actor, 'calendarYears', { years });
  return calendarEntries(store);
}
