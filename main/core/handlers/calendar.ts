import type { AreaHandlers } from '../handler-types';
import { calendarEntries, removeCalendarYear, setCalendarYear } from '../services/calendar-admin';

export const calendarHandlers: AreaHandlers<'calendar:get' | 'calendar:set-year' | 'calendar:remove-year'> = {
  'calendar:get': (_input, ctx) => calendarEntries(ctx.store),
  'calendar:set-year': (input, ctx) => setCalendarYear(ctx.store, ctx.actor, input),
  'calendar:remove-year': ({ year }, ctx) => removeCalendarYear(ctx.store, ctx.actor, year),
};
