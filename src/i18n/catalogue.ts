/**
 * One typed catalogue per language (src/i18n/fr.ts, src/i18n/en.ts). Adding a language is one
 * new catalogue file typed `Catalogue`, its entry here and in LANGS, and its templates.
 */
import { en } from './en.js';
import { type Catalogue, fr } from './fr.js';
import type { Lang } from './index.js';

export type { Catalogue };

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { fr, en };

/** The messages of `lang`. */
export function messages(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}
