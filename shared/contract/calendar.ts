import { z } from 'zod';
import { channel } from './define';
import { emptyInput } from './common';

// The official calendar (放假与调休) behind working-day deadlines. The program ships 2024–2027; the station head adds
// or corrects later years from the State Council's notice, which arrives every November.

const calendarYear = z.object({
  year: z.number().int(),
  provisional: z.boolean(),
  source: z.string(),
  note: z.string().nullable(),
  holidays: z.array(z.object({ name: z.string(), dates: z.array(z.string()) })),
  workdays: z.array(z.string()),
  /** shipped with the program, or entered by the station (which wins) */
  origin: z.enum(['shipped', 'station']),
});
export type CalendarYearEntry = z.infer<typeof calendarYear>;

export const calendarChannels = {
  'calendar:get': channel({
    title: '节假日安排',
    access: 'read',
    input: emptyInput,
    output: z.array(calendarYear),
  }),
  'calendar:set-year': channel({
    title: '录入节假日安排',
    access: 'head',
    input: z.object({
      year: z.number().int().min(2024, '年份有误').max(2100, '年份有误'),
      provisional: z.boolean().default(false),
      source: z.string().trim().min(1, '请注明依据（通知名称与文号）').max(200),
      note: z.string().trim().max(500).optional(),
      holidays: z
        .array(
          z.object({
            name: z.string().trim().min(1, '请填写节日名称').max(20),
            dates: z.array(z.string()).min(1, '请填写放假日期'),
          }),
        )
        .min(1, '请至少录入一个节日'),
      workdays: z.array(z.string()),
    }),
    output: z.array(calendarYear),
  }),
  'calendar:remove-year': channel({
    title: '删除本站录入的节假日安排',
    access: 'head',
    input: z.object({ year: z.number().int() }),
    output: z.array(calendarYear),
  }),
} as const;
