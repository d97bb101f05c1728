/**
 * Words the templates and the prompts show for the model's codes (roles, types, pillars...),
 * dates in words, amounts with their currency and country names, in French and in English.
 * Dates are read as calendar parts, never through `Date`: the same text in every time zone.
 */
import type { Lang } from '../i18n/index.js';
import { parseDate } from '../model/dates.js';

export { LABELS, label } from '../model/labels.js';

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** « 1er juin 2025 », "1 June 2025"; anything that is not a calendar date is returned as is. */
export function dateInWords(value: string, lang: Lang): string {
  const parts = parseDate(value);
  if (!parts) return value;
  const month = MONTHS[lang][parts.month - 1]!;
  const day = lang === 'fr' && parts.day === 1 ? '1er' : String(parts.day);
  return `${day} ${month} ${parts.year}`;
}

/** « 6 000 € », "€6,000", « 1 500 000 F CFA »; an unknown currency code is printed after the number. */
export function amountInWords(amount: number, currency: string | undefined, lang: Lang): string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  if (currency !== undefined && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
      }).format(amount);
    } catch {
      // Not a currency Intl knows: fall through to the plain number.
    }
  }
  const number = new Intl.NumberFormat(locale).format(amount);
  return currency === undefined ? number : `${number} ${currency}`;
}

const countryNames = new Map<Lang, Intl.DisplayNames>();

/** "BF" → « Burkina Faso »; a code Intl does not know is returned as is. */
export function countryName(code: string, lang: Lang): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  let names = countryNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    countryNames.set(lang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** ★★☆ for 2 out of 3. */
export function stars(value: number, max = 3): string {
  const n = Math.max(0, Math.min(max, Math.trunc(value)));
  return '★'.repeat(n) + '☆'.repeat(max - n);
}
