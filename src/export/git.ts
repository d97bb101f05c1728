/**
 * What export asks git: where a charter's repository is, which commit last recorded it (its
 * short id and committer date stamp the document), whether the working file still matches that
 * commit, and the bytes of a file at a given commit. git runs through the one git module
 * (src/git/), with its environment policy: a GIT_DIR or GIT_INDEX_FILE set around the command
 * cannot make export stamp another repository's commit. Paths are always passed after `--`,
 * revisions after `--end-of-options`, so no path or revision can start an option.
 */

import { realpath } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { ExitError } from '../diagnostics.js';
import { GitError, runGit as runGitModule } from '../git/index.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { commonDirectory } from '../paths.js';

export { GitError };

export interface GitOptions {
  env: NodeJS.ProcessEnv;
}

/**
 * Runs git (through the one git module, its environment policy included) in `cwd` and returns
 * its stdout as bytes; a non-zero exit throws a GitError carrying git's message.
 */
export async function runGit(args: readonly string[], cwd: string, options: GitOptions): Promise<Buffer> {
  const result = await runGitModule(cwd, args, { env: options.env });
  if (result.code !== 0) {
    throw new GitError(`git ${args[0] ?? ''} failed (${result.code})`, result.stderr.trim());
  }
  return result.stdout;
}

async function gitText(args: readonly string[], cwd: string, options: GitOptions): Promise<string> {
  return (await runGit(args, cwd, options)).toString('utf8');
}

/** The working tree root containing `dir` (its real path), or undefined outside a repository or without git. */
export async function repositoryRoot(dir: string, options: GitOptions): Promise<string | undefined> {
  try {
    const top = (await gitText(['rev-parse', '--show-toplevel'], dir, options)).trim();
    return top === '' ? undefined : await realpath(top);
  } catch (error) {
    if (error instanceof GitError) return undefined;
    throw error;
  }
}

/** `a/b/c.md` from the root, with `/` separators. */
export function repoRelative(root: string, path: string): string {
  const rel = relative(root, path);
  return sep === '/' ? rel : rel.split(sep).join('/');
}

export interface CommitStamp {
  /** Full object id of the commit. */
  commit: string;
  /** Committer date, seconds since the epoch (for the PDF's creation date). */
  epochSeconds: number;
  /** Committer date as a calendar date in the committer's own offset (`%cI`'s date part). */
  date: string;
  /** Position in the log that found it: 0 is the newest. */
  order: number;
}

/** The one file, or the folder that holds them all (`.` for the repository), for git's pathspec. */
function commonScope(relPaths: readonly string[]): string {
  if (relPaths.length === 1) return relPaths[0]!;
  return commonDirectory(relPaths, '/') || '.';
}

/**
 * For each path, the last commit reachable from `rev` that changed it (absent when none did).
 * One `git log` over the paths' common directory serves a whole batch; a merge counts with the
 * changes it brings to its first parent.
 */
export async function lastCommits(
  root: string,
  rev: string,
  relPaths: readonly string[],
  options: GitOptions,
): Promise<Map<string, CommitStamp>> {
  const stamps = new Map<string, CommitStamp>();
  if (relPaths.length === 0) return stamps;
  const wanted = new Set(relPaths);
  let out: string;
  try {
    out = await gitText(
      [
        'log',
        '--format=%x01%H%x00%ct%x00%cI',
        '--name-only',
        '-z',
        '--diff-merges=first-parent',
        '--no-renames',
        '--end-of-options',
        rev,
        '--',
        commonScope(relPaths),
      ],
      root,
      options,
    );
  } catch (error) {
    // A repository without any commit yet has no HEAD.
    if (error instanceof GitError) return stamps;
    throw error;
  }
  for (const [order, chunk] of out.split('\x01').entries()) {
    if (stamps.size === wanted.size) break;
    const [commit, seconds, iso, ...names] = chunk.split('\0');
    if (!commit || !seconds || !iso) continue;
    for (const raw of names) {
      const name = raw.replace(/^\n/, '');
      if (wanted.has(name) && !stamps.has(name)) {
        stamps.set(name, { commit, epochSeconds: Number(seconds), date: iso.slice(0, 10), order });
      }
    }
  }
  return stamps;
}

/** Paths (among `relPaths`' directory) that differ from HEAD: modified, staged, renamed or untracked. */
export async function changedPaths(
  root: string,
  relPaths: readonly string[],
  options: GitOptions,
): Promise<Set<string>> {
  const changed = new Set<string>();
  if (relPaths.length === 0) return changed;
  const out = await gitText(
    ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=no', '--', commonScope(relPaths)],
    root,
    options,
  );
  const entries = out.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    changed.add(entry.slice(3));
    // A rename or a copy is followed by its source path.
    if (entry[0] === 'R' || entry[0] === 'C') changed.add(entries[++i] ?? '');
  }
  return changed;
}

/**
 * The commit a `--ref` names (a commit, a tag, a branch, `HEAD~2`...), validated with
 * `rev-parse --verify --end-of-options <ref>^{commit}` so that a ref cannot be read as an option.
 */
export async function resolveCommit(
  root: string,
  ref: string,
  lang: Lang,
  options: GitOptions,
): Promise<string> {
  try {
    return (
      await gitText(
        ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
        root,
        options,
      )
    ).trim();
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new ExitError(messages(lang).export.resolveCommit(ref, root), 2);
  }
}

export type TreeEntry =
  | { kind: 'file'; bytes: Buffer }
  | { kind: 'missing' }
  | { kind: 'symlink' }
  | { kind: 'not-a-file' }
  | { kind: 'too-large'; size: number };

/** A file of the tree of `commit` (mode, then bytes), without following symlinks. */
export async function readTreeFile(
  root: string,
  commit: string,
  relPath: string,
  maxBytes: number,
  options: GitOptions,
): Promise<TreeEntry> {
  const listing = await gitText(
    ['ls-tree', '-z', '--long', '--full-tree', '--end-of-options', commit, '--', relPath],
    root,
    options,
  );
  // `<mode> SP <type> SP <object> SP+ <size> TAB <path>`
  const entry = listing.split('\0').find((line) => line.slice(line.indexOf('\t') + 1) === relPath);
  if (!entry) return { kind: 'missing' };
  const [mode, type, object, size] = entry.slice(0, entry.indexOf('\t')).split(/\s+/);
  if (mode === '120000') return { kind: 'symlink' };
  if (type !== 'blob' || !object) return { kind: 'not-a-file' };
  if (Number(size) > maxBytes) return { kind: 'too-large', size: Number(size) };
  return {
    kind: 'file',
    bytes: await runGit(['cat-file', 'blob', '--end-of-options', object], root, options),
  };
}

/** The directory git runs in for a path that may not exist in the working tree (a file read at a ref). */
export async function existingAncestor(path: string): Promise<string> {
  let dir = dirname(path);
  for (;;) {
    try {
      return await realpath(dir);
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return dir;
      dir = parent;
    }
  }
}

/** Every `*.md` of the tree of `commit` under `relDir` (`''` for the whole tree). */
export async function listTreeMarkdown(
  root: string,
  commit: string,
  relDir: string,
  options: GitOptions,
): Promise<string[]> {
  const args = ['ls-tree', '-r', '-z', '--name-only', '--full-tree', '--end-of-options', commit];
  if (relDir !== '') args.push('--', relDir);
  const out = await gitText(args, root, options);
  return out
    .split('\0')
    .filter((p) => p.endsWith('.md') && !p.split('/').includes('node_modules'))
    .sort();
}
