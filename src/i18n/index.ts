/**
 * The languages of the program. Messages come from one typed catalogue per language
 * (src/i18n/fr.ts, the reference, and src/i18n/en.ts, read with `messages(lang)` from
 * catalogue.ts). `Msg` remains for the model's tables of value labels (src/model/labels.ts,
 * export/labels.ts), where a missing language is a compile error too.
 */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Msg = Readonly<Record<Lang, string>>;

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}

/**
 * The language of the interface: `--lang` when given, else the POSIX locale variables in their
 * order of precedence (LC_ALL, LC_MESSAGES, LANG), else French (the users are French
 * local authorities; `LANG=C` on a build server also gives French unless --lang en is passed).
 */
export function resolveLang(explicit: string | undefined, env: NodeJS.ProcessEnv = {}): Lang {
  if (explicit !== undefined) {
    const lower = explicit.toLowerCase().slice(0, 2);
    if (isLang(lower)) return lower;
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE'] as const) {
    const value = env[name];
    if (!value || value === 'C' || value === 'POSIX' || value.startsWith('C.')) continue;
    const lower = value.toLowerCase().slice(0, 2);
    if (lower === 'en') return 'en';
    if (lower === 'fr') return 'fr';
    // Any other locale (es, pt, mg...): partners in the South more often read French.
    return 'fr';
  }
  return 'fr';
}

export function msg(fr: string, en: string): Msg {
  return { fr, en };
}

/** Lists in running text: « a, b et c » / "a, b and c". */
export function joinList(
  items: readonly string[],
  lang: Lang,
  conjunction: Msg = { fr: 'et', en: 'and' },
): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction[lang]} ${items[items.length - 1]}`;
}
