/**
 * The one way a command prints a warning about a place in a file, as `validate` does:
 * `path:line:column  warning  message  (rule)`, the severity word in the run's language.
 */
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';

export interface LocatedWarning {
  path: string;
  line: number;
  column: number;
  message: string;
  rule?: string;
}

export function warningLine(warning: LocatedWarning, lang: Lang): string {
  const { path, line, column, message, rule } = warning;
  return `${path}:${line}:${column}  ${messages(lang).cli.warningWord}  ${message}${rule ? `  (${rule})` : ''}\n`;
}
