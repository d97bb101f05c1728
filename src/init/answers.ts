/**
 * The answers file of `charte init --answers`: YAML or JSON (read by the same YAML 1.2 core
 * schema parser, JSON being a subset of it), holding any subset of the front matter's keys.
 * Data only: no tags, no directives, no custom types; every problem names `file:line:column`.
 */
import { resolve } from 'node:path';
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { displayPathOf } from '../load/charter-file.js';
import { readSource, SourceError } from '../load/source.js';
import { PositionedYaml } from '../load/yaml.js';
import { readSchema } from '../validate/schema.js';
import { didYouMean } from '../validate/suggest.js';
import { isPackageSpec } from './ci.js';
import type { Answers } from './defaults.js';

export interface AnswersFile {
  data: Answers;
  /** `ci_package`: the package spec the CI job of `--ci` installs (not a front matter key). */
  ciPackage?: string;
  /** The file as messages show it. */
  display: string;
  /** `file:line:column` of the value at a JSON Pointer (or of where it belongs). */
  where(pointer: string, options?: { key?: boolean }): string;
}

/** Keys of an answers file that are not the charter's: they configure what init writes beside it. */
export const INIT_ONLY_KEYS = ['ci_package'] as const;

/** The keys an answers file may hold: the front matter's, and INIT_ONLY_KEYS. */
export function answerKeys(): string[] {
  return [...Object.keys(readSchema().properties ?? {}), ...INIT_ONLY_KEYS];
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export async function loadAnswers(path: string, options: { cwd: string; lang: Lang }): Promise<AnswersFile> {
  const { lang } = options;
  const fr = lang === 'fr';
  const absolute = resolve(options.cwd, path);
  const display = displayPathOf(absolute, options.cwd);
  let text: string;
  try {
    text = (await readSource(absolute, lang)).text;
  } catch (error) {
    if (error instanceof SourceError) {
      const where = error.rule === 'invalid-utf8' ? `${display}:${error.line}:${error.column}` : display;
      throw new ExitError(`${where}: ${error.message}`, 2);
    }
    throw error;
  }
  const doc = new PositionedYaml(text, 0, lang);
  const at = (offset: number) => {
    const { line, column } = lineColumn(text, offset);
    return `${display}:${line}:${column}`;
  };
  const value = doc.toValue(lang);
  if (!value.ok) {
    // A JSON file is read by the YAML parser; its messages name the format the user wrote.
    const json = /\.json$/i.test(absolute);
    throw new ExitError(
      doc.problems
        .map((p) => `${at(p.offset)}: ${json ? p.message.replace(/\bYAML\b/g, 'JSON') : p.message}`)
        .join('\n'),
      2,
    );
  }
  const data = value.value ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ExitError(
      fr
        ? `${at(0)}: le fichier de réponses doit être une liste de clés du front matter (id, title, entities...), pas ${Array.isArray(data) ? 'une liste' : 'une valeur seule'}`
        : `${at(0)}: the answers file must map front matter keys (id, title, entities...), not ${Array.isArray(data) ? 'a list' : 'a single value'}`,
      2,
    );
  }
  const answers = data as Answers;
  const known = answerKeys();
  const unknown = Object.keys(answers).filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    throw new ExitError(
      unknown
        .map((key) => {
          const suggestion = didYouMean(key, known);
          const where = at(doc.locate(`/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, { key: true }));
          return fr
            ? `${where}: clé inconnue « ${key} »${suggestion ? ` : vouliez-vous dire « ${suggestion} » ?` : ''} (clés permises : celles du front matter, voir \`charte schema\`)`
            : `${where}: unknown key "${key}"${suggestion ? `: did you mean "${suggestion}"?` : ''} (allowed: the front matter's keys, see \`charte schema\`)`;
        })
        .join('\n'),
      2,
    );
  }
  const { ci_package: ciPackage, ...charterAnswers } = answers as Answers & { ci_package?: unknown };
  if (ciPackage !== undefined && (typeof ciPackage !== 'string' || !isPackageSpec(ciPackage))) {
    throw new ExitError(
      `${at(doc.locate('/ci_package', {}))}: ${messages(lang).cli.ciPackageSpecInvalid(String(ciPackage))}`,
      2,
    );
  }
  return {
    data: charterAnswers,
    ...(ciPackage !== undefined ? { ciPackage } : {}),
    display,
    where: (pointer, opts) => at(doc.locate(pointer, opts ?? {})),
  };
}
