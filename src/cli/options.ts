/** Option parsing shared by commands: it throws ExitError (exit 2) with a sentence for bad values. */
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { type CalendarDate, isValidDate, today } from '../model/dates.js';

export function parseAsOf(value: string | undefined, lang: Lang, flag = '--as-of'): CalendarDate {
  if (value === undefined) return today();
  return parseDateOption(value, lang, flag);
}

export function parseDateOption(value: string, lang: Lang, flag: string): CalendarDate {
  if (!isValidDate(value)) {
    throw new ExitError(messages(lang).help.notACalendarDate(flag, value), 2);
  }
  return value;
}
