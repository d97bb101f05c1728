/**
 * All-or-nothing writing of a batch: each document goes to a temporary file beside its target
 * as soon as it is typeset (memory stays flat for thousands of charters), and only when every
 * document succeeded are the temporary files renamed into place (an atomic step each). On
 * failure, the temporary files and the directories made for them are removed, and the error
 * names its cause (a full disk, a read-only directory, a bad path) and what to do.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rmdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { stagedName, temporaries } from './cleanup.js';

/** The causes a write error names; any other is reported with its code. */
const KNOWN_CAUSES = [
  'ENOSPC',
  'EDQUOT',
  'EACCES',
  'EROFS',
  'ENOTDIR',
  'ENOENT',
  'EISDIR',
  'ENAMETOOLONG',
] as const;
type KnownCause = (typeof KNOWN_CAUSES)[number];

/**
 * A file-system error while writing `shown` as a user error: its cause and what to do. Errors
 * that are not the file system's are returned unchanged.
 */
export function writeFailure(error: unknown, shown: string, lang: Lang): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('E') || error instanceof ExitError) return error;
  const say = messages(lang).export.writeFailed;
  const cause = code === 'EPERM' ? 'EACCES' : code;
  const message = (KNOWN_CAUSES as readonly string[]).includes(cause)
    ? say[cause as KnownCause](shown)
    : say.other(shown, code);
  return new ExitError(message, 2);
}

export class StagedWrites {
  private readonly staged: Array<{ temp: string; target: string }> = [];
  private readonly madeDirs: string[] = [];

  /** `show` gives a path as the user sees it, for messages. */
  constructor(
    private readonly lang: Lang,
    private readonly show: (path: string) => string = (path) => path,
  ) {}

  async stage(target: string, bytes: Buffer): Promise<void> {
    const dir = dirname(target);
    try {
      const made = await mkdir(dir, { recursive: true });
      // `mkdir` returns the first directory it had to create: all below it are new too.
      if (made !== undefined) {
        for (let d = dir; d.length >= made.length; d = dirname(d)) this.madeDirs.push(d);
      }
      const temp = join(dir, stagedName(basename(target), randomBytes(6).toString('hex')));
      this.staged.push({ temp, target });
      temporaries.addFile(temp);
      const handle = await open(temp, 'wx', 0o666);
      try {
        // `FileHandle.writeFile` loops until every byte is written (a short write is not success).
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      throw writeFailure(error, this.show(target), this.lang);
    }
  }

  /** Renames every staged file into place. */
  async commit(): Promise<void> {
    for (const { temp, target } of this.staged) {
      try {
        await rename(temp, target);
      } catch (error) {
        throw writeFailure(error, this.show(target), this.lang);
      }
      temporaries.removeFile(temp);
    }
    this.staged.length = 0;
    this.madeDirs.length = 0;
  }

  /** Removes what was staged; the disk is as it was. */
  async abort(): Promise<void> {
    for (const { temp } of this.staged.splice(0)) {
      await unlink(temp).catch(() => undefined);
      temporaries.removeFile(temp);
    }
    // Deepest first: a directory is removed only once empty.
    for (const dir of this.madeDirs.splice(0).sort((a, b) => b.length - a.length)) {
      await rmdir(dir).catch(() => undefined);
    }
  }
}
