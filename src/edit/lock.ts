/**
 * One editing command at a time per charter: an exclusive lock file next to the charter, taken
 * before the charter is read and released after the write (and the commit) are done, so that
 * read, check, write and commit form one step. The lock is never waited for: a second command
 * refuses at once (exit 1) rather than sign a file it has not read. A lock left by a process that
 * no longer runs on this machine is stale and taken over.
 */
import { open, readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** The lock file of `path`: hidden, in the same directory, so it is on the same file system. */
export function lockPathOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.charte-lock`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(lockPath: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.since === 'string') {
      return owner as LockOwner;
    }
  } catch {
    // Unreadable or half-written: treated as held (the writer may be between open and write).
  }
  return undefined;
}

async function tryCreate(lockPath: string): Promise<boolean> {
  try {
    const handle = await open(lockPath, 'wx', 0o644);
    try {
      const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
      await handle.writeFile(JSON.stringify(owner));
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Runs `action` holding the lock of `path`. Refuses with exit 1 when another command holds it;
 * `displayPath` is how messages name the charter.
 */
export async function withEditLock<T>(
  path: string,
  displayPath: string,
  lang: Lang,
  action: () => Promise<T>,
): Promise<T> {
  const lockPath = lockPathOf(path);
  let acquired = await tryCreate(lockPath);
  if (!acquired) {
    const owner = await readOwner(lockPath);
    if (owner && owner.host === hostname() && !isRunning(owner.pid)) {
      // Stale: its process is gone. Remove it and try once more (another command may win the race).
      await unlink(lockPath).catch(() => undefined);
      acquired = await tryCreate(lockPath);
    }
    if (!acquired) {
      const t = messages(lang).edit;
      const holder = owner ? t.lockHolder(owner.pid, owner.since) : '?';
      throw new ExitError(t.locked(displayPath, holder), 1);
    }
  }
  try {
    return await action();
  } finally {
    await unlink(lockPath).catch(() => undefined);
  }
}
