/**
 * What an export leaves in the file system while it runs, and how it is removed even when the
 * run is cut short. An export makes two kinds of temporary things: hidden files beside each
 * output (`.<name>.charte-<pid>-<random>.tmp`, see staging.ts) and the compilers' private
 * workspaces in the temporary directory (`charte-typst-<pid>-<random>`). Both are registered
 * here while they exist; `removeTemporaries()` deletes them synchronously, which is what a
 * signal handler can still do (the CLI installs the handlers: core code never touches
 * `process`). What a killed process (SIGKILL, a crash) could not remove, the next run removes:
 * `sweepStale()` deletes the ones whose process is gone, recognised by their name and its pid.
 */
import { readdirSync, rmSync, unlinkSync } from 'node:fs';
import { readdir, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The prefix of a compiler's workspace in the temporary directory. */
export const WORKSPACE_PREFIX = 'charte-typst-';

/** `charte-typst-<pid>-<random>`: the pid of the process that made it. */
const WORKSPACE_NAME = /^charte-typst-(\d{1,10})-[A-Za-z0-9]{1,32}$/;
/** `.<name>.charte-<pid>-<hex>.tmp`: a staged output of process <pid>. */
const STAGED_NAME = /\.charte-(\d{1,10})-[0-9a-f]{1,32}\.tmp$/;

/** The name of a staged file for `name` (beside it, hidden). */
export function stagedName(name: string, random: string): string {
  return `.${name}.charte-${process.pid}-${random}.tmp`;
}

/** The prefix `mkdtemp` completes into a workspace of this process. */
export function workspacePrefix(): string {
  return join(tmpdir(), `${WORKSPACE_PREFIX}${process.pid}-`);
}

const files = new Set<string>();
const directories = new Set<string>();

export const temporaries = {
  addFile: (path: string) => void files.add(path),
  removeFile: (path: string) => void files.delete(path),
  addDirectory: (path: string) => void directories.add(path),
  removeDirectory: (path: string) => void directories.delete(path),
};

/** The temporary files and workspaces of this process that exist now (for tests and handlers). */
export function pendingTemporaries(): string[] {
  return [...files, ...directories];
}

/**
 * Deletes every registered temporary file and workspace, synchronously: called from a signal
 * handler, when no promise will run again. Returns how many were removed.
 */
export function removeTemporaries(): number {
  let removed = 0;
  for (const path of files) {
    try {
      unlinkSync(path);
      removed++;
    } catch {
      // Already gone.
    }
  }
  files.clear();
  for (const path of directories) {
    try {
      rmSync(path, { recursive: true, force: true });
      removed++;
    } catch {
      // Already gone.
    }
  }
  directories.clear();
  return removed;
}

/** Whether process `pid` still runs (a process of another user counts as running). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what interrupted runs left: workspaces in the temporary directory, and staged files in
 * `outputDirs`, whose process is gone. Never fails (a leftover it cannot remove stays).
 */
export async function sweepStale(outputDirs: Iterable<string>): Promise<string[]> {
  const removed: string[] = [];
  const sweep = async (dir: string, pattern: RegExp, remove: (path: string) => Promise<void>) => {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const pid = pattern.exec(name)?.[1];
      if (pid === undefined || processAlive(Number(pid))) continue;
      const path = join(dir, name);
      try {
        await remove(path);
        removed.push(path);
      } catch {
        // Another run removed it, or it is not ours to remove.
      }
    }
  };
  await sweep(tmpdir(), WORKSPACE_NAME, (path) => rm(path, { recursive: true, force: true }));
  for (const dir of new Set(outputDirs)) await sweep(dir, STAGED_NAME, (path) => unlink(path));
  return removed;
}

/** Synchronous listing, for tests: the leftovers of `dir` that look like an export's. */
export function leftoversIn(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => WORKSPACE_NAME.test(name) || STAGED_NAME.test(name));
  } catch {
    return [];
  }
}
