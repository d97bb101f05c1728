/**
 * Plural forms through the platform's rules (Intl.PluralRules), never an `s` appended: French
 * treats 0 and 1 as singular (« 0 charte en retard ») and English does not ("0 charters").
 */
import { formatNumber, LOCALES } from './format.js';
import type { Lang } from './index.js';

/** The forms a message gives: `other` always, `one` (and `many`…) where the language has them. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Lang, Intl.PluralRules>();

/** The form for `count`, with `#` replaced by the count written as the language writes numbers. */
export function plural(lang: Lang, count: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(LOCALES[lang]);
    rules.set(lang, rule);
  }
  const form = forms[rule.select(count)] ?? forms.other;
  return form.replaceAll('#', formatNumber(count, lang));
}
