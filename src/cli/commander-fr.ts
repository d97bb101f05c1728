/**
 * commander speaks English only: its parse errors, the "(choices: …, default: …)" of help and the
 * names of arguments in usage lines (`[command]`, `<file>`) are put into French here, so that a
 * French session reads French from end to end.
 */
import { type Argument, type Command, Help, type Option } from 'commander';

/** The French names of the arguments and option values commands declare in English. */
const FRENCH_TERMS: Readonly<Record<string, string>> = {
  command: 'commande',
  options: 'options',
  file: 'fichier',
  files: 'fichiers',
  path: 'chemin',
  paths: 'chemins',
  dir: 'dossier',
  text: 'texte',
  name: 'nom',
  reference: 'référence',
  'git-ref': 'réf-git',
  provider: 'fournisseur',
  spec: 'spécification',
};

/** `[command]` → `[commande]`, `<file>` → `<fichier>`, `[paths...]` → `[chemins...]`; other names as they are. */
export function frenchTerms(text: string): string {
  return text.replace(
    /([<[])([\w-]+)((?:\.\.\.)?[>\]])/g,
    (whole, open: string, name: string, close: string) => {
      const french = FRENCH_TERMS[name];
      return french === undefined ? whole : `${open}${french}${close}`;
    },
  );
}

const ERROR_PATTERNS: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
  [/^error: unknown option '([^'\n]+)'/, (o) => `erreur : option inconnue '${o}'`],
  [/^error: unknown command '([^'\n]+)'/, (c) => `erreur : commande inconnue '${c}'`],
  [
    /^error: missing required argument '([^'\n]+)'/,
    (a) => `erreur : argument obligatoire manquant « ${FRENCH_TERMS[a] ?? a} »`,
  ],
  [
    /^error: too many arguments for '([^'\n]+)'\. Expected (\d+) arguments? but got (\d+)\./,
    (c, e, g) => `erreur : trop d'arguments pour '${c}' : ${e} attendu(s), ${g} reçu(s).`,
  ],
  [
    /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./,
    (e, g) => `erreur : trop d'arguments : ${e} attendu(s), ${g} reçu(s).`,
  ],
  [
    /^error: option '([^'\n]+)' argument '([^'\n]*)' is invalid\. Allowed choices are ([^\n]+)\./,
    (o, v, c) => `erreur : option '${o}' : la valeur '${v}' n'est pas permise. Valeurs permises : ${c}.`,
  ],
  [
    /^error: command-argument value '([^'\n]*)' is invalid for argument '([^'\n]+)'\. Allowed choices are ([^\n]+)\./,
    (v, a, c) =>
      `erreur : la valeur '${v}' n'est pas permise pour l'argument '${a}'. Valeurs permises : ${c}.`,
  ],
  [/^error: option '([^'\n]+)' argument missing/, (o) => `erreur : option '${o}' : valeur manquante`],
  [/^error: required option '([^'\n]+)' not specified/, (o) => `erreur : option obligatoire '${o}' absente`],
  [/\(Did you mean ([^?\n(]+)\?\)/, (s) => `(Vouliez-vous dire ${s} ?)`],
];

export function frenchCommanderError(message: string): string {
  let out = message;
  for (const [pattern, replace] of ERROR_PATTERNS)
    out = out.replace(pattern, (_m, ...groups: string[]) => replace(...groups));
  return out;
}

function extras(
  choices: readonly string[] | undefined,
  defaultValue: unknown,
  defaultDescription?: string,
): string[] {
  const parts: string[] = [];
  if (choices) parts.push(`valeurs : ${choices.map((c) => JSON.stringify(c)).join(', ')}`);
  if (defaultValue !== undefined)
    parts.push(`défaut : ${defaultDescription ?? JSON.stringify(defaultValue)}`);
  return parts;
}

/** Help settings that write the choices and defaults in French. */
export function frenchHelp(): Partial<Help> {
  return {
    optionDescription(option: Option): string {
      const parts = option.negate
        ? []
        : extras(option.argChoices, option.defaultValue, option.defaultValueDescription);
      return parts.length > 0 ? `${option.description} (${parts.join(', ')})` : option.description;
    },
    commandUsage(command: Command): string {
      return frenchTerms(Help.prototype.commandUsage.call(this, command));
    },
    subcommandTerm(command: Command): string {
      return frenchTerms(Help.prototype.subcommandTerm.call(this, command));
    },
    argumentTerm(argument: Argument): string {
      return frenchTerms(Help.prototype.argumentTerm.call(this, argument));
    },
    optionTerm(option: Option): string {
      return frenchTerms(Help.prototype.optionTerm.call(this, option));
    },
    argumentDescription(argument: Argument): string {
      const parts = extras(argument.argChoices, argument.defaultValue, argument.defaultValueDescription);
      return parts.length > 0 ? `${argument.description} (${parts.join(', ')})` : argument.description;
    },
  };
}
