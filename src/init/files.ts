/**
 * Where `charte init` writes, and how: inside the working directory only (symbolic links
 * resolved), never over an existing file without `--force`, each file atomically (temporary
 * file written completely, read back, then renamed in the same folder: src/edit/write.ts), and all or nothing: when one write
 * fails, the files and folders written before it are taken back.
 */

import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ExitError } from '../diagnostics.js';
import { writeFileComplete } from '../edit/write.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { displayPathOf } from '../load/charter-file.js';

export interface PlannedFile {
  /** Absolute path. */
  path: string;
  /** As messages show it (relative to the working directory). */
  display: string;
  content: string;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The deepest existing ancestor of `path`, through symbolic links, with the rest appended. */
function realPathOf(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    rest.unshift(basename(existing));
    existing = parent;
  }
  return join(realpathSync(existing), ...rest);
}

/** `path` resolved against `cwd`; refused when it leaves the working directory. */
export function pathInside(cwd: string, path: string, lang: Lang, what = path): string {
  const absolute = resolve(cwd, path);
  const root = realpathSync(cwd);
  if (!isInside(resolve(cwd), absolute) || !isInside(root, realPathOf(absolute))) {
    throw new ExitError(messages(lang).init.pathOutside(what, cwd), 2);
  }
  return absolute;
}

/**
 * The charter's path: `charters/<id>.md` by default; `path` when it ends in `.md`; else
 * `path/<id>.md` (a folder).
 */
export function charterTarget(cwd: string, path: string | undefined, id: string, lang: Lang): string {
  if (path === undefined) return pathInside(cwd, join('charters', `${id}.md`), lang);
  if (/\.md$/i.test(path)) return pathInside(cwd, path, lang);
  return pathInside(cwd, join(path, `${id}.md`), lang, path);
}

/** Why `path` cannot be written (it exists and `force` is off, or it is a folder), else undefined. */
export function targetProblem(path: string, cwd: string, force: boolean, lang: Lang): string | undefined {
  let stats: ReturnType<typeof lstatSync>;
  try {
    stats = lstatSync(path);
  } catch {
    return undefined;
  }
  const display = displayPathOf(path, cwd);
  if (stats.isDirectory()) {
    return messages(lang).init.isADirectory(display);
  }
  if (!force) {
    return messages(lang).init.alreadyExists(display);
  }
  return undefined;
}

export function checkTargets(
  files: readonly { path: string }[],
  cwd: string,
  force: boolean,
  lang: Lang,
): void {
  const problems = files.flatMap((f) => targetProblem(f.path, cwd, force, lang) ?? []);
  if (problems.length > 0) throw new ExitError(problems.join('\n'), 2);
}

function describeWriteError(error: unknown, display: string, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException).code;
  const fr = lang === 'fr';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return messages(lang).init.writeDenied(display);
    case 'EROFS':
      return messages(lang).init.writeReadOnlyFs(display);
    case 'ENOSPC':
      return messages(lang).init.writeDiskFull(display);
    case 'ENOTDIR':
    case 'EEXIST':
      return messages(lang).init.writeNotADirectory(display);
    default:
      return fr
        ? `${display} : écriture impossible (${code ?? (error as Error).message}) ; rien n'a été écrit`
        : `${display}: cannot write (${code ?? (error as Error).message}); nothing was written`;
  }
}

/**
 * Writes every file, or none: on a failure, what was written is removed (or restored) first.
 * Returns a function that takes the writes back (for a failure after them, such as `git init`).
 */
export async function writeAll(files: readonly PlannedFile[], lang: Lang): Promise<() => Promise<void>> {
  const written: { path: string; previous?: Buffer }[] = [];
  const createdDirs: string[] = [];
  let current: PlannedFile | undefined;
  const undo = async () => {
    for (const done of written.reverse()) {
      try {
        if (done.previous === undefined) unlinkSync(done.path);
        else await writeFileComplete(done.path, done.previous);
      } catch {
        // Best effort: the first error is the one to report.
      }
    }
    // Folders created by this run hold nothing else.
    for (const dir of createdDirs.reverse()) rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const file of files) {
      current = file;
      const created = mkdirSync(dirname(file.path), { recursive: true });
      if (created !== undefined) createdDirs.push(created);
      const previous =
        existsSync(file.path) && statSync(file.path).isFile() ? readFileSync(file.path) : undefined;
      await writeFileComplete(file.path, file.content);
      written.push(previous === undefined ? { path: file.path } : { path: file.path, previous });
    }
  } catch (error) {
    await undo();
    throw new ExitError(describeWriteError(error, current?.display ?? '?', lang), 2);
  }
  return undo;
}
