// 节假日安排: the official calendar behind working-day deadlines (动态清零 counted in working days). The program ships
// 2024–2027 (2027 provisional until the State Council's notice); the head enters later years, or the published 2027,
// from the notice. Holidays are typed one festival per line ("春节：2028-01-25 至 2028-02-01" or dates with commas).
import { useEffect, useState, type FormEvent } from 'react';
import type { CalendarYearEntry } from '@shared/contract';
import { addDays, isValidIsoDate } from '@shared/domain/dates';
import { FormAlert } from '@renderer/components/FormAlert';
import type { Caller } from './request';

type CalendarTabProps = { caller: Caller; canEdit: boolean };
type Draft = { year: string; source: string; holidays: string; workdays: string };

const EMPTY: Draft = { year: '', source: '', holidays: '', workdays: '' };

/** "名称：日期, 日期" or "名称：起 至 止" per line → festivals with their dates; null with the line that is wrong. */
export function parseHolidays(text: string): { holidays: { name: string; dates: string[] }[]; problem: string | null } {
  const holidays: { name: string; dates: string[] }[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const [name, rest = ''] = line.split(/[：:]/, 2).map((part) => part.trim());
    const range = rest.match(/^(\d{4}-\d{2}-\d{2})\s*(?:至|到|-|~)\s*(\d{4}-\d{2}-\d{2})$/);
    let dates: string[] = [];
    if (range && isValidIsoDate(range[1]) && isValidIsoDate(range[2])) {
      for (let day = range[1]; day <= range[2] && dates.length < 31; day = addDays(day, 1)) dates.push(day);
    } else {
      dates = rest.split(/[,，、\s]+/).filter(Boolean);
    }
    if (!name || dates.length === 0)
      return { holidays, problem: `第 ${index + 1} 行应写成“节日：日期, 日期”或“节日：起 至 止”` };
    holidays.push({ name, dates });
  }
  return { holidays, problem: null };
}

function holidaysText(entry: CalendarYearEntry): string {
  return entry.holidays.map((holiday) => `${holiday.name}：${holiday.dates.join(', ')}`).join('\n');
}

export function CalendarTab({ caller, canEdit }: CalendarTabProps) {
  const [years, setYears] = useState<CalendarYearEntry[]>([]);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);

  useEffect(() => {
    void caller('calendar:get', {}).then((result) => result.ok && setYears(result.value));
  }, [caller]);

  const edit = (entry: CalendarYearEntry) => {
    setDraft({
      year: String(entry.year),
      source: entry.source,
      holidays: holidaysText(entry),
      workdays: entry.workdays.join(', '),
    });
    setMessage(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseHolidays(draft.holidays);
    if (parsed.problem) return setMessage({ text: parsed.problem, tone: 'error' });
    const result = await caller('calendar:set-year', {
      year: Number(draft.year),
      source: draft.source,
      holidays: parsed.holidays,
      workdays: draft.workdays.split(/[,，、\s]+/).filter(Boolean),
    });
    if (!result.ok) {
      const detail = Object.entries(result.error.fields ?? {}).map(([field, text]) => `${field}：${text}`);
      return setMessage({ text: [result.error.message, ...detail.slice(1)].join('；'), tone: 'error' });
    }
    setYears(result.value);
    setMessage({ text: `已保存 ${draft.year} 年的节假日安排。`, tone: 'success' });
  };

  const remove = async (year: number) => {
    const result = await caller('calendar:remove-year', { year });
    if (result.ok) setYears(result.value);
    setMessage(
      result.ok
        ? { text: `已删除本站录入的 ${year} 年安排。`, tone: 'success' }
        : { text: result.error.message, tone: 'error' },
    );
  };

  return (
    <div className="st-calendar">
      <p className="muted">
        按工作日计算的清零时限依此安排：法定节假日不算工作日，调休上班的周末算工作日。每年 11
        月国务院发布次年安排后，请在此录入。
      </p>
      <table className="rc-table st-calendar-table" aria-label="节假日安排">
        <thead>
          <tr>
            <th>年份</th>
            <th>依据</th>
            <th>节日</th>
            <th>调休上班</th>
            <th>来源</th>
            {canEdit ? <th>操作</th> : null}
          </tr>
        </thead>
        <tbody>
          {years.map((entry) => (
            <tr key={entry.year}>
              <td>
                {entry.year}
                {entry.provisional ? <span className="st-badge">暂定</span> : null}
              </td>
              <td>{entry.source}</td>
              <td>{entry.holidays.map((holiday) => holiday.name).join('、')}</td>
              <td>{entry.workdays.length} 天</td>
              <td>{entry.origin === 'station' ? '本站录入' : '程序自带'}</td>
              {canEdit ? (
                <td>
                  <button type="button" className="btn btn-small" onClick={() => edit(entry)}>
                    修改
                  </button>
                  {entry.origin === 'station' ? (
                    <button type="button" className="btn btn-small" onClick={() => void remove(entry.year)}>
                      删除
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit ? (
        <form noValidate className="st-calendar-form" onSubmit={(event) => void save(event)}>
          <h3>录入或修改一年的安排</h3>
          <FormAlert message={message?.text} tone={message?.tone ?? 'error'} />
          <label>
            年份
            <input
              value={draft.year}
              inputMode="numeric"
              onChange={(e) => setDraft({ ...draft, year: e.target.value })}
            />
          </label>
          <label>
            依据（通知名称与文号）
            <input value={draft.source} onChange={(e) => setDraft({ ...draft, source: e.target.value })} />
          </label>
          <label>
            放假安排（每行一个节日，如“春节：2028-01-25 至 2028-02-01”）
            <textarea
              rows={7}
              value={draft.holidays}
              onChange={(e) => setDraft({ ...draft, holidays: e.target.value })}
            />
          </label>
          <label>
            调休上班的周末（日期以逗号分隔）
            <input value={draft.workdays} onChange={(e) => setDraft({ ...draft, workdays: e.target.value })} />
          </label>
          <div className="actions">
            <button type="submit" className="btn btn-primary">
              保存
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
