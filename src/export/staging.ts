/**
 * All-or-nothing writing of a batch: each document goes to a temporary file beside its target
 * as soon as it is typeset (memory stays flat for thousands of charters), and only when every
 * document succeeded are the temporary files renamed into place (an atomic step each). On
 * failure, the temporary files and the directories made for them are removed.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rmdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class StagedWrites {
  private readonly staged: Array<{ temp: string; target: string }> = [];
  private readonly madeDirs: string[] = [];

  async stage(target: string, bytes: Buffer): Promise<void> {
    const dir = dirname(target);
    const made = await mkdir(dir, { recursive: true });
    // `mkdir` returns the first directory it had to create: all below it are new too.
    if (made !== undefined) {
      for (let d = dir; d.length >= made.length; d = dirname(d)) this.madeDirs.push(d);
    }
    const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    this.staged.push({ temp, target });
    const handle = await open(temp, 'wx', 0o666);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Renames every staged file into place. */
  async commit(): Promise<void> {
    for (const { temp, target } of this.staged) await rename(temp, target);
    this.staged.length = 0;
    this.madeDirs.length = 0;
  }

  /** Removes what was staged; the disk is as it was. */
  async abort(): Promise<void> {
    for (const { temp } of this.staged.splice(0)) await unlink(temp).catch(() => undefined);
    // Deepest first: a directory is removed only once empty.
    for (const dir of this.madeDirs.splice(0).sort((a, b) => b.length - a.length)) {
      await rmdir(dir).catch(() => undefined);
    }
  }
}
