/** Help texts shared by the program and its commands, from the catalogue's `help` section. */
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';

export function exitCodesHelp(lang: Lang): string {
  return messages(lang).help.exitCodes;
}

/** The text after a command's options: its examples, then the exit codes, in the session's language. */
export function commandHelp(lang: Lang, examples: readonly string[]): string {
  const heading = messages(lang).help.examplesHeading;
  return `\n${heading}\n${examples.map((example) => `  $ ${example}`).join('\n')}\n${exitCodesHelp(lang)}`;
}

export function helpFooter(lang: Lang): string {
  return commandHelp(lang, messages(lang).help.program.examples);
}
