/**
 * Validation as a pipeline over files: load (split + parse), schema, model rules, body. Each
 * stage attaches diagnostics to the file; a fatal one makes the later stages skip it. Nothing
 * here throws for a bad charter, prints, or exits.
 */
import type { Lang } from '../i18n/index.js';
import { CharterFile, displayPathOf, loadCharterFile } from '../load/charter-file.js';
import { discover, looksLikeCharter } from '../load/discover.js';
import { peekText } from '../load/source.js';
import type { CalendarDate } from '../model/dates.js';
import { checkBody } from './body.js';
import { checkRules } from './rules.js';
import { checkSchema } from './schema.js';

export interface ValidateOptions {
  cwd: string;
  lang: Lang;
  /** The day of the check, for the date rules. */
  asOf: CalendarDate;
}

/** Runs schema, rules and body checks on a loaded file (adds to its diagnostics). */
export async function validateLoaded(
  file: CharterFile,
  options: Pick<ValidateOptions, 'asOf'>,
): Promise<void> {
  if (file.fatal || file.data === undefined) return;
  if (!file.isCharter) {
    file.add({
      severity: 'error',
      rule: 'not-a-charter',
      line: 2,
      column: 1,
      fatal: true,
      message:
        file.lang === 'fr'
          ? "ce fichier n'est pas une charte : son front matter n'a pas la clé `charte: 1`"
          : 'this file is not a charter: its front matter has no `charte: 1` key',
    });
    return;
  }
  const before = file.diagnostics.length;
  checkSchema(file);
  // The model rules read the shapes the schema guarantees.
  if (file.diagnostics.length === before) checkRules(file, options);
  await checkBody(file);
}

/** Loads and validates one file by path. */
export async function validateFile(path: string, options: ValidateOptions): Promise<CharterFile> {
  const file = await loadCharterFile(path, options);
  await validateLoaded(file, options);
  return file;
}

/**
 * Finds the charters under `inputs` (files, directories, globs) and validates each. Files found
 * in directories that do not declare `charte:` are skipped; a file named explicitly must be a
 * charter. Two charters with the same id are both reported.
 */
export async function validatePaths(
  inputs: readonly string[],
  options: ValidateOptions,
): Promise<CharterFile[]> {
  const candidates = await discover(inputs, options.cwd, options.lang);
  const files: CharterFile[] = [];
  for (const candidate of candidates) {
    if (!candidate.explicit) {
      const head = peekText(candidate.path);
      if (head === undefined || !looksLikeCharter(head)) continue;
    }
    files.push(await validateFile(candidate.path, options));
  }
  checkDuplicateIds(files);
  files.sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  return files;
}

function checkDuplicateIds(files: readonly CharterFile[]): void {
  const byId = new Map<string, CharterFile[]>();
  for (const file of files) {
    const id = file.data?.id;
    if (typeof id !== 'string' || !file.isCharter) continue;
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((f) => f !== file).map((f) => f.displayPath);
      file.addAt('/id', {
        severity: 'error',
        rule: 'duplicate-charter-id',
        message:
          file.lang === 'fr'
            ? `l'identifiant \`${id}\` est aussi celui de ${others.join(', ')} : chaque charte a un \`id\` unique`
            : `id \`${id}\` is also the id of ${others.join(', ')}: each charter has a unique \`id\``,
      });
    }
  }
}

export { CharterFile, displayPathOf };
