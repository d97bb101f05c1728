/**
 * Numbers, amounts, dates and country names as the document's language writes them. Dates are
 * calendar dates: they are formatted from their year, month and day in UTC arithmetic, so the
 * machine's time zone never moves a day.
 */

import type { Lang } from './index.js';

/** The locale of each document language: `en-GB` writes `19 October 2024` and `€6,000`. */
export const LOCALES: Readonly<Record<Lang, string>> = { fr: 'fr-FR', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const regionNames = new Map<Lang, Intl.DisplayNames>();

function numberFormat(lang: Lang, currency: string | undefined, integer: boolean): Intl.NumberFormat {
  const key = `${lang}|${currency ?? ''}|${integer}`;
  let format = numberFormats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions =
      currency === undefined ? {} : { style: 'currency', currency, currencyDisplay: 'symbol' };
    // Whole amounts without decimals (`6 000 €`, not `6 000,00 €`); others with the currency's digits.
    if (integer) options.minimumFractionDigits = 0;
    format = new Intl.NumberFormat(LOCALES[lang], options);
    numberFormats.set(key, format);
  }
  return format;
}

/** `6 000` (narrow no-break space in French) / `6,000`. */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang, undefined, Number.isInteger(value)).format(value);
}

/** `6 000 €`, `1 500 000 F CFA` / `€6,000`. An unknown currency code is written after the number. */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  try {
    return numberFormat(lang, currency, Number.isInteger(amount)).format(amount);
  } catch {
    return `${formatNumber(amount, lang)} ${currency}`;
  }
}

/**
 * The UTC midnight of a `YYYY-MM-DD` date that exists in the calendar, or undefined. (i18n is the
 * lowest layer and cannot use model/dates.ts: a date exists when it survives the round trip.)
 */
function calendarInstant(date: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const instant = new Date(Date.UTC(2000, month - 1, day));
  instant.setUTCFullYear(year, month - 1, day);
  const exists =
    instant.getUTCFullYear() === year && instant.getUTCMonth() === month - 1 && instant.getUTCDate() === day;
  return exists ? instant : undefined;
}

/** `19 octobre 2024`, `1er mars 2025` / `19 October 2024`; anything that is not a calendar date as is. */
export function formatDateLong(date: string, lang: Lang): string {
  // A report writes the same few dates many times over (each signature, each due date).
  let known = longDates.get(lang);
  if (!known) {
    known = new Map();
    longDates.set(lang, known);
  }
  let text = known.get(date);
  if (text === undefined) {
    text = longDate(date, lang);
    if (known.size >= 10_000) known.clear();
    known.set(date, text);
  }
  return text;
}

const longDates = new Map<Lang, Map<string, string>>();

function longDate(date: string, lang: Lang): string {
  const instant = calendarInstant(date);
  if (!instant) return date;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  const text = format.format(instant);
  // French writes the first day of a month as an ordinal: « 1er mars ».
  return lang === 'fr' && instant.getUTCDate() === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}

/** `Burkina Faso` for `BF`; the code itself when the name is unknown. */
export function countryName(code: string, lang: Lang): string {
  let names = regionNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([LOCALES[lang]], { type: 'region', fallback: 'code' });
    regionNames.set(lang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** `★★☆` for 2 out of 3. */
export function stars(value: number, max = 3): string {
  const filled = Math.max(0, Math.min(max, Math.trunc(value)));
  return '★'.repeat(filled) + '☆'.repeat(max - filled);
}
