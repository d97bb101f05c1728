/**
 * Every file the program writes (outside export's own batch staging) goes through here, and a
 * write is complete or it did not happen:
 *
 * - a temporary file in the target's own directory (same file system, so the rename is atomic),
 *   created exclusively, written with `FileHandle.writeFile` (which loops over short writes
 *   until every byte is out, and surfaces ENOSPC instead of stopping at the first partial
 *   write, as write-file-atomic 7 did), flushed with fsync,
 * - read back and compared byte for byte with what was meant,
 * - given the original's mode and owner, then renamed over the target (through a symbolic link:
 *   the link's target is replaced, the link stays).
 *
 * On any failure the original is untouched, the temporary file is removed, and the error names
 * its cause (the disk is full, read-only file system, permission denied...).
 *
 * Editing commands use `writeIfUnchanged`: it also refuses a read-only charter (mode bits without
 * any write bit: the user meant it not to change, even when root could write it), and it checks
 * twice that the file still holds the bytes the edit was computed from: before the write starts
 * and once the temporary file is complete, right before the rename, so an editor saving in
 * between is noticed instead of overwritten.
 */
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { type FileHandle, lstat, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { describeFsError, readRegularFileSync } from '../load/source.js';

export interface WriteHooks {
  /** Called after the temporary file is complete, before the last check (tests use it to race the write). */
  beforeCommit?: () => void | Promise<void>;
}

export interface CompleteWriteOptions {
  /** Mode of a new file (default 0o666, less the umask). An existing file keeps its own mode. */
  mode?: number;
  /** Runs once the temporary file is complete and verified, before the rename; a throw cancels the write. */
  beforeRename?: () => void | Promise<void>;
}

/**
 * A write that did not happen: `code` is the errno code of the cause (ENOSPC, EACCES, EROFS...,
 * or EIO when the content read back differs), for callers that word it themselves.
 */
export class CompleteWriteError extends Error {
  constructor(
    readonly code: string,
    cause: unknown,
  ) {
    super(`write failed: ${code}`, { cause });
    this.name = 'CompleteWriteError';
  }
}

/** The file changed on disk between the read and the write. */
export class ChangedOnDiskError extends ExitError {
  constructor(displayPath: string, lang: Lang) {
    super(messages(lang).edit.changedOnDisk(displayPath), 1);
    this.name = 'ChangedOnDiskError';
  }
}

/** The charter is read-only (no write bit in its mode): refused, exit 1. */
export class ReadOnlyCharterError extends ExitError {
  constructor(displayPath: string, mode: number, lang: Lang) {
    super(messages(lang).edit.readOnly(displayPath, (mode & 0o777).toString(8).padStart(4, '0')), 1);
    this.name = 'ReadOnlyCharterError';
  }
}

/** The path a write really replaces: the final target of a symbolic link, else `path` itself. */
async function writeTarget(path: string): Promise<string> {
  try {
    if ((await lstat(path)).isSymbolicLink()) return await realpath(path);
  } catch {
    // Missing: a new file at `path`.
  }
  return path;
}

function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
}

/**
 * Writes `data` to `path` completely and atomically (see the module comment). Throws a
 * `CompleteWriteError` naming the cause; the original file is then as it was.
 */
export async function writeFileComplete(
  path: string,
  data: Buffer | string,
  options: CompleteWriteOptions = {},
): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const target = await writeTarget(path);
  let existing: Awaited<ReturnType<typeof stat>> | undefined;
  try {
    existing = await stat(target);
  } catch {
    existing = undefined;
  }
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let handle: FileHandle | undefined;
  let created = false;
  try {
    handle = await open(temporary, 'wx', existing ? existing.mode & 0o7777 : (options.mode ?? 0o666));
    created = true;
    await handle.writeFile(bytes);
    if (existing) {
      // The umask applied at creation may have narrowed the mode; the owner of a file written by
      // root for someone else stays that someone (only root may give a file away).
      await handle.chmod(existing.mode & 0o7777);
      if (process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0)) {
        await handle.chown(existing.uid, existing.gid);
      }
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    const readBack = await readFile(temporary);
    if (!readBack.equals(bytes)) {
      throw Object.assign(new Error('content read back differs from what was written'), { code: 'EIO' });
    }
    await options.beforeRename?.();
    await rename(temporary, target);
    created = false;
    await syncDirectory(dirname(target));
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (created) await unlink(temporary).catch(() => undefined);
    if (error instanceof ExitError) throw error;
    throw new CompleteWriteError(errnoOf(error), error);
  }
}

/** Makes the rename durable; some file systems refuse to sync a directory, which changes nothing. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Best effort.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The message for a write that failed, naming its cause and saying the file is unchanged. */
export function describeWriteFailure(error: unknown, displayPath: string, lang: Lang): string {
  const t = messages(lang).edit;
  const code = error instanceof CompleteWriteError ? error.code : errnoOf(error);
  return t.writeFailed(displayPath, t.writeCause(code));
}

/**
 * Writes `data` to `path` completely (see `writeFileComplete`); any failure becomes an exit 2
 * that names the cause and says the file is unchanged.
 */
export async function writeFileOrExit(
  path: string,
  displayPath: string,
  data: Buffer | string,
  lang: Lang,
  options: CompleteWriteOptions = {},
): Promise<void> {
  try {
    await writeFileComplete(path, data, options);
  } catch (error) {
    if (error instanceof ExitError) throw error;
    throw new ExitError(describeWriteFailure(error, displayPath, lang), 2);
  }
}

/**
 * Refuses (exit 1) a charter whose mode has no write bit: `chmod a-w` says it must not change.
 * The mode bits decide, not access(2): root may write anything.
 */
export function assertWritable(path: string, displayPath: string, lang: Lang): void {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (error) {
    throw new ExitError(`${displayPath}: ${describeFsError(error, lang)}`, 2);
  }
  if ((mode & 0o222) === 0) throw new ReadOnlyCharterError(displayPath, mode, lang);
}

function assertUnchanged(path: string, displayPath: string, expected: Buffer, lang: Lang): void {
  let current: Buffer;
  try {
    // Never blocks: a FIFO swapped in for the charter is refused, not opened for reading.
    current = readRegularFileSync(path, lang, Number.MAX_SAFE_INTEGER);
  } catch (error) {
    throw new ExitError(`${displayPath}: ${(error as Error).message}`, 2);
  }
  if (!current.equals(expected)) throw new ChangedOnDiskError(displayPath, lang);
}

/** Replaces the content of `path` by `next`, provided it still is `previous` and it is not read-only. */
export async function writeIfUnchanged(
  path: string,
  displayPath: string,
  previous: Buffer,
  next: Buffer,
  lang: Lang,
  hooks: WriteHooks = {},
): Promise<void> {
  assertWritable(path, displayPath, lang);
  assertUnchanged(path, displayPath, previous, lang);
  await writeFileOrExit(path, displayPath, next, lang, {
    beforeRename: async () => {
      await hooks.beforeCommit?.();
      assertUnchanged(path, displayPath, previous, lang);
    },
  });
}
