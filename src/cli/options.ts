/** Option parsing shared by commands: it throws ExitError (exit 2) with a sentence for bad values. */
import { ExitError } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { type CalendarDate, isValidDate, today } from '../model/dates.js';

export function parseAsOf(value: string | undefined, lang: Lang, flag = '--as-of'): CalendarDate {
  if (value === undefined) return today();
  return parseDateOption(value, lang, flag);
}

export function parseDateOption(value: string, lang: Lang, flag: string): CalendarDate {
  if (!isValidDate(value)) {
    throw new ExitError(
      lang === 'fr'
        ? `${flag} ${value} : ce n'est pas une date du calendrier ; écrivez AAAA-MM-JJ, par exemple 2026-03-31`
        : `${flag} ${value}: not a calendar date; write YYYY-MM-DD, e.g. 2026-03-31`,
      2,
    );
  }
  return value;
}
