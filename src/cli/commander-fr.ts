/**
 * commander speaks English only: its parse errors, the "(choices: …, default: …)" of help, its
 * headings and the names of arguments in usage lines (`[command]`, `<file>`) are put into the
 * session's language here, from the catalogue's `help` section, so that a French session reads
 * French from end to end. English sessions keep commander's own texts.
 */
import { type Argument, type Command, Help, type Option } from 'commander';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';

/** `[command]` → `[commande]`, `<file>` → `<fichier>`, `[paths...]` → `[chemins...]`; other names as they are. */
export function localTerms(text: string, lang: Lang): string {
  const terms = messages(lang).help.terms;
  return text.replace(
    /([<[])([\w|-]+)((?:\.\.\.)?[>\]])/g,
    (whole, open: string, name: string, close: string) => {
      const local = terms[name];
      return local === undefined ? whole : `${open}${local}${close}`;
    },
  );
}

/** commander's error messages (what it writes, matched) and their sentence in the catalogue. */
function errorPatterns(lang: Lang): ReadonlyArray<[RegExp, (...groups: string[]) => string]> {
  const m = messages(lang).help.commander;
  const terms = messages(lang).help.terms;
  return [
    [/^error: unknown option '([^'\n]+)'/, (o) => m.unknownOption(o)],
    [/^error: unknown command '([^'\n]+)'/, (c) => m.unknownCommand(c)],
    [/^error: missing required argument '([^'\n]+)'/, (a) => m.missingArgument(terms[a] ?? a)],
    [
      /^error: too many arguments for '([^'\n]+)'\. Expected (\d+) arguments? but got (\d+)\./,
      (c, e, g) => m.tooManyArgumentsFor(c, Number(e), Number(g)),
    ],
    [
      /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./,
      (e, g) => m.tooManyArguments(Number(e), Number(g)),
    ],
    [
      /^error: option '([^'\n]+)' argument '([^'\n]*)' is invalid\. Allowed choices are ([^\n]+)\./,
      (o, v, c) => m.invalidOptionChoice(localTerms(o, lang), v, c),
    ],
    [
      /^error: command-argument value '([^'\n]*)' is invalid for argument '([^'\n]+)'\. Allowed choices are ([^\n]+)\./,
      (v, a, c) => m.invalidArgumentChoice(v, terms[a] ?? a, c),
    ],
    [/^error: option '([^'\n]+)' argument missing/, (o) => m.optionArgumentMissing(localTerms(o, lang))],
    [
      /^error: required option '([^'\n]+)' not specified/,
      (o) => m.requiredOptionMissing(localTerms(o, lang)),
    ],
    [/\(Did you mean ([^?\n(]+)\?\)/, (s) => m.didYouMean(s)],
  ];
}

/** A commander error message in `lang` (English: commander's own words, unchanged). */
export function localCommanderError(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  let out = message;
  for (const [pattern, replace] of errorPatterns(lang))
    out = out.replace(pattern, (_m, ...groups: string[]) => replace(...groups));
  return out;
}

function extras(
  lang: Lang,
  choices: readonly string[] | undefined,
  defaultValue: unknown,
  defaultDescription?: string,
): string[] {
  const h = messages(lang).help;
  const parts: string[] = [];
  if (choices) parts.push(h.choices(choices.map((c) => JSON.stringify(c)).join(', ')));
  if (defaultValue !== undefined)
    parts.push(h.defaultValue(defaultDescription ?? JSON.stringify(defaultValue)));
  return parts;
}

/** Help settings that write headings, argument names, choices and defaults in `lang`. */
export function localHelp(lang: Lang): Partial<Help> {
  if (lang === 'en') return {};
  const titles = messages(lang).help.titles;
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    optionDescription(option: Option): string {
      const parts = option.negate
        ? []
        : extras(lang, option.argChoices, option.defaultValue, option.defaultValueDescription);
      return parts.length > 0 ? `${option.description} (${parts.join(', ')})` : option.description;
    },
    commandUsage(command: Command): string {
      return localTerms(Help.prototype.commandUsage.call(this, command), lang);
    },
    subcommandTerm(command: Command): string {
      return localTerms(Help.prototype.subcommandTerm.call(this, command), lang);
    },
    argumentTerm(argument: Argument): string {
      const name = Help.prototype.argumentTerm.call(this, argument);
      return messages(lang).help.terms[name] ?? localTerms(name, lang);
    },
    optionTerm(option: Option): string {
      return localTerms(Help.prototype.optionTerm.call(this, option), lang);
    },
    argumentDescription(argument: Argument): string {
      const parts = extras(
        lang,
        argument.argChoices,
        argument.defaultValue,
        argument.defaultValueDescription,
      );
      return parts.length > 0 ? `${argument.description} (${parts.join(', ')})` : argument.description;
    },
  };
}
