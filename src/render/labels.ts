/**
 * What the templates' helpers print: the model's vocabulary (src/model/labels.ts) and the
 * language's formats (src/i18n/format.ts), the same as the exported document.
 */
import { formatDateLong, formatMoney, formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/index.js';

export { LABELS, label } from '../model/labels.js';

/** « 1er juin 2025 », "1 June 2025"; anything that is not a calendar date is returned as is. */
export const dateInWords = formatDateLong;

/** « 6 000 € », "€6,000", « 1 500 000 F CFA »; without a currency, the number alone. */
export function amountInWords(amount: number, currency: string | undefined, lang: Lang): string {
  return currency === undefined ? formatNumber(amount, lang) : formatMoney(amount, currency, lang);
}

export { countryName, stars } from '../i18n/format.js';
