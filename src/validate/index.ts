/**
 * Validation as a pipeline over files: load (split + parse), schema, model rules, body. Each
 * stage attaches diagnostics to the file; a fatal one makes the later stages skip it. Nothing
 * here throws for a bad charter, prints, or exits.
 */

import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { CharterFile, displayPathOf, loadCharterFile } from '../load/charter-file.js';
import { discover, looksLikeCharter } from '../load/discover.js';
import { peekText, readRegularFileSync } from '../load/source.js';
import type { CalendarDate } from '../model/dates.js';
import { checkBlocks } from './blocks.js';
import { checkBody } from './body.js';
import { checkConflictMarkers } from './conflict-markers.js';
import { checkFileBodyLimits } from './limits.js';
import { checkOpenDataFields } from './opendata/rules.js';
import { checkRules } from './rules.js';
import { checkSchema } from './schema.js';

export interface ValidateOptions {
  cwd: string;
  lang: Lang;
  /** The day of the check, for the date rules. */
  asOf: CalendarDate;
}

export interface ValidatePathsOptions extends ValidateOptions {
  /** Keep only paths, ids and diagnostics of each file (`CharterFile.release()`): for reports over many files. */
  diagnosticsOnly?: boolean;
  /** Skip named files that are not charters instead of reporting them (for hooks handed every staged `*.md`). */
  skipNonCharters?: boolean;
}

/** Runs schema, rules and body checks on a loaded file (adds to its diagnostics). */
export async function validateLoaded(
  file: CharterFile,
  options: Pick<ValidateOptions, 'asOf'>,
): Promise<void> {
  // Before anything else: markers in the front matter also make its YAML fail, and say why.
  if (file.source !== undefined) checkConflictMarkers(file);
  if (file.fatal || file.data === undefined) return;
  if (!file.isCharter) {
    file.add({
      severity: 'error',
      rule: 'not-a-charter',
      line: 2,
      column: 1,
      fatal: true,
      message: messages(file.lang).validate.notACharter,
    });
    return;
  }
  const before = file.diagnostics.length;
  checkSchema(file);
  // The model rules (and the generated blocks) read the shapes the schema guarantees.
  const shapesOk = file.diagnostics.length === before;
  if (shapesOk) {
    checkRules(file, options);
    checkOpenDataFields(file);
  }
  // A body over the limits is never handed to the Markdown parser (see limits.ts).
  if (checkFileBodyLimits(file)) await checkBody(file);
  checkBlocks(file, shapesOk);
}

/**
 * A safety net for one file of many: an unexpected failure becomes that file's fatal diagnostic,
 * and the other files are still checked and reported.
 */
async function guarded(
  path: string,
  options: ValidateOptions,
  run: () => Promise<CharterFile | undefined>,
): Promise<CharterFile | undefined> {
  try {
    return await run();
  } catch (error) {
    const file = new CharterFile(path, displayPathOf(path, options.cwd), options.lang);
    const detail = error instanceof Error ? error.message : String(error);
    file.add({
      severity: 'error',
      rule: 'internal-error',
      fatal: true,
      message: messages(options.lang).validate.internalError(detail),
    });
    return file;
  }
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
  options: ValidatePathsOptions,
): Promise<CharterFile[]> {
  const candidates = await discover(inputs, options.cwd, options.lang);
  const files: CharterFile[] = [];
  // Where each file's `id` sits, for the cross-file duplicate check after release.
  const idPositions = new Map<CharterFile, { line: number; column: number }>();
  const done = (file: CharterFile) => {
    files.push(file);
    if (!options.diagnosticsOnly) return;
    if (file.id !== undefined && file.isCharter) idPositions.set(file, idPosition(file));
    file.release();
  };
  for (const candidate of candidates) {
    const file = await guarded(candidate.path, options, async () => {
      if (candidate.explicit && !options.skipNonCharters) return validateFile(candidate.path, options);
      // A file found in a directory is read once: the same bytes decide whether it is a charter
      // and are then parsed. Only a file over the size limit is peeked at instead.
      const bytes = readCandidate(candidate.path);
      if (bytes === undefined) {
        const head = peekText(candidate.path);
        return head !== undefined && looksLikeCharter(head)
          ? validateFile(candidate.path, options)
          : undefined;
      }
      // Decoded as UTF-8, as the loader decodes it: read as Latin-1, an accented letter becomes
      // C1 control characters that the fast YAML path refuses (every such file then went through
      // the slow positioned parser, ten times slower).
      if (!looksLikeCharter(bytes.toString('utf8', 0, Math.min(bytes.length, 64 * 1024)))) return undefined;
      const loaded = await loadCharterFile(candidate.path, { ...options, bytes });
      await validateLoaded(loaded, options);
      return loaded;
    });
    if (file) done(file);
  }
  checkDuplicateIds(files, idPositions);
  files.sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  return files;
}

/** The bytes of a regular file within the size limit; undefined when it is larger, special or unreadable. */
function readCandidate(path: string): Buffer | undefined {
  try {
    return readRegularFileSync(path, 'en');
  } catch {
    return undefined;
  }
}

/** The position of the top-level `id:` value, found by a line scan (no positioned parse needed). */
function idPosition(file: CharterFile): { line: number; column: number } {
  const split = file.split;
  const match = split ? /^id[ \t]*:[ \t]*/m.exec(split.matter) : null;
  if (!split || !match) return { line: 1, column: 1 };
  return file.lineColumn(split.matterOffset + match.index + match[0].length);
}

function checkDuplicateIds(
  files: readonly CharterFile[],
  released: ReadonlyMap<CharterFile, { line: number; column: number }>,
): void {
  const byId = new Map<string, CharterFile[]>();
  for (const file of files) {
    const id = file.id;
    if (id === undefined || (!file.isCharter && !released.has(file))) continue;
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((f) => f !== file).map((f) => f.displayPath);
      const position = released.get(file) ?? file.locate('/id');
      file.add({
        severity: 'error',
        rule: 'duplicate-charter-id',
        pointer: '/id',
        ...position,
        message: messages(file.lang).validate.duplicateCharterId(id, others.join(', ')),
      });
    }
  }
}

export { CharterFile, displayPathOf };
