/**
 * Calendar dates (YYYY-MM-DD), never instants: every computation here works on year, month and
 * day numbers, so the answer is the same in every time zone.
 */
export type CalendarDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The first year a charter date may name. Years 0000–0099 were read 1,900 years off by the
 * platform's date functions, and no charter between twinned territories predates 1900: an
 * earlier year is a typing error, refused rather than computed.
 */
export const MIN_YEAR = 1900;

/** Why a `YYYY-MM-DD`-like value is not a charter date, or undefined when it is one. */
export function dateProblem(value: unknown): 'invalid' | 'before-1900' | undefined {
  if (typeof value !== 'string') return 'invalid';
  const read = readDate(value);
  return read === undefined ? 'invalid' : read.year < MIN_YEAR ? 'before-1900' : undefined;
}

/**
 * The parts of a `YYYY-MM-DD` string naming a day of the calendar (any year), or undefined.
 * A history reads the same few dates thousands of times: the answers are kept (frozen, shared).
 */
function readDate(value: string): Readonly<YMD> | undefined {
  const known = readDates.get(value);
  if (known !== undefined || readDates.has(value)) return known;
  const m = DATE_RE.exec(value);
  let parts: Readonly<YMD> | undefined;
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))
      parts = Object.freeze({ year, month, day });
  }
  // Bounded: a run over a huge history starts afresh rather than growing without end.
  if (readDates.size >= 50_000) readDates.clear();
  readDates.set(value, parts);
  return parts;
}

const readDates = new Map<string, Readonly<YMD> | undefined>();

/** The parts of a `YYYY-MM-DD` date that exists in the calendar (year 1900 or later), or undefined (frozen: shared). */
export function parseDate(value: unknown): YMD | undefined {
  if (typeof value !== 'string') return undefined;
  const read = readDate(value);
  return read === undefined || read.year < MIN_YEAR ? undefined : read;
}

export function isValidDate(value: unknown): value is CalendarDate {
  return parseDate(value) !== undefined;
}

export function formatDate({ year, month, day }: YMD): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function requireDate(value: CalendarDate): YMD {
  const parts = parseDate(value);
  if (!parts) throw new RangeError(`not a calendar date: ${value}`);
  return parts;
}

/** Same month and day, `years` later; 29 February gives 28 February in a common year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const { year, month, day } = requireDate(date);
  const y = year + years;
  return formatDate({ year: y, month, day: Math.min(day, daysInMonth(y, month)) });
}

/** Same day, `months` later (negative: earlier), clamped to the end of a shorter month. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = requireDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Day number of a calendar date (days since 1970-01-01), computed in UTC arithmetic only. */
export function dayNumber(date: CalendarDate): number {
  const { year, month, day } = requireDate(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  // YYYY-MM-DD strings sort as the dates they name.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Today on the user's calendar (the local date of the machine). Used only as the default of
 * `--as-of`; every rule takes the day of the check as an argument.
 */
export function today(now: Date = new Date()): CalendarDate {
  return formatDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
