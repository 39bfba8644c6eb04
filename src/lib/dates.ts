// Partial ISO 8601 dates (`2026-02-06`, `2026-02`, `2024`): calendar validation and full-day bounds.
import type { DatePrecision } from '../schemas/vocabulary.js';

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** The precision of a real calendar date written at day, month or year precision, or null if it is not one. */
export function partialDatePrecision(value: string): DatePrecision | null {
  const m = PARTIAL.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo === undefined) return 'year';
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return 'month';
  const day = Number(d);
  return day >= 1 && day <= daysInMonth(Number(y), month) ? 'day' : null;
}

export const isCalendarDay = (value: string) => partialDatePrecision(value) === 'day';

/** First and last calendar day a partial date covers. */
export function dateBounds(value: string): { first: string; last: string } {
  const [y, mo, d] = value.split('-');
  if (d !== undefined) return { first: value, last: value };
  if (mo !== undefined) return { first: `${y}-${mo}-01`, last: `${y}-${mo}-${pad(daysInMonth(Number(y), Number(mo)))}` };
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}
