/**
 * Running git without a shell and without letting anything from a charter become an option:
 * no path is ever an argument (the log pass reads the whole history; files are named on
 * cat-file's stdin), and a user's revision goes after `--end-of-options`. Repositories are
 * found by walking up the file system for `.git` (no process per directory), then checked with
 * one `rev-parse` each.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

export interface GitOptions {
  /** Extra environment (e.g. the CLI context's); merged over process.env. */
  env?: NodeJS.ProcessEnv | undefined;
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Raised when git itself cannot run (not installed) or fails in a way no charter explains. */
export class GitError extends Error {
  constructor(
    message: string,
    readonly stderr = '',
  ) {
    super(message);
    this.name = 'GitError';
  }
}

/**
 * The environment git runs in: the caller's, without the variables that would point git at
 * another repository than the one we name with -C (a hook's GIT_DIR, GIT_INDEX_FILE), never
 * prompting, never taking optional locks (we only read), and with messages in English so that
 * the few we match stay stable.
 */
export function gitProcessEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX', 'GIT_COMMON_DIR']) {
    delete merged[name];
  }
  merged.GIT_TERMINAL_PROMPT = '0';
  merged.GIT_OPTIONAL_LOCKS = '0';
  merged.LC_ALL = 'C';
  return merged;
}

/** Options put before every subcommand: no pager, no signature checks in log, paths unquoted. */
export function gitBaseArgs(root: string): string[] {
  return [
    '-C',
    root,
    '--no-pager',
    '-c',
    'log.showSignature=false',
    '-c',
    'core.quotePath=false',
    '-c',
    'color.ui=false',
  ];
}

/** Runs one git command to completion and returns its output (never throws for a non-zero exit). */
export function runGit(root: string, args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...gitBaseArgs(root), ...args], {
      env: gitProcessEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(gitSpawnError(error)));
    child.on('close', (code) =>
      resolve({ code: code ?? 128, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

export function gitSpawnError(error: Error): GitError {
  const code = (error as NodeJS.ErrnoException).code;
  return new GitError(code === 'ENOENT' ? 'git is not installed (or not on PATH)' : error.message);
}

/** A path as reporters print it: relative to `cwd`, with `/` (what the loader's displayPathOf gives). */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path) || path;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** The path of `absolute` inside `root`, with `/`, as git prints it. */
export function repoRelative(root: string, absolute: string): string {
  const rel = relative(root, absolute);
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/**
 * The directory holding `.git` above `path` (a file or directory), or undefined outside any
 * repository. `cache` maps directories already visited to their answer.
 */
export function findRepoRoot(path: string, cache: Map<string, string | null>): string | undefined {
  const visited: string[] = [];
  let dir = path;
  let found: string | null = null;
  for (;;) {
    const cached = cache.get(dir);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(dir);
    if (existsSync(join(dir, '.git'))) {
      found = dir;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of visited) cache.set(d, found);
  return found ?? undefined;
}

export interface RepoInfo {
  root: string;
  shallow: boolean;
  /** Commits at the edge of a shallow clone: their parents are missing. */
  shallowCommits: Set<string>;
  /** False for a repository without any commit yet. */
  hasCommits: boolean;
}

/** One `rev-parse` that both checks the repository and tells whether it is shallow. */
export async function repoInfo(root: string, options: GitOptions = {}): Promise<RepoInfo | undefined> {
  const result = await runGit(
    root,
    ['rev-parse', '--is-shallow-repository', '--git-path', 'shallow'],
    options,
  );
  if (result.code !== 0) return undefined;
  const [shallowFlag = '', shallowFile = ''] = result.stdout.toString('utf8').split('\n');
  const shallow = shallowFlag.trim() === 'true';
  const shallowCommits = new Set<string>();
  if (shallow) {
    const file = isAbsolute(shallowFile) ? shallowFile : join(root, shallowFile);
    try {
      for (const line of readFileSync(file, 'utf8').split('\n'))
        if (line.trim()) shallowCommits.add(line.trim());
    } catch {
      // No shallow file while git says shallow: nothing to mark, the warning still says so.
    }
  }
  const head = await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], options);
  return { root, shallow, shallowCommits, hasCommits: head.code === 0 };
}

/** Tags under `refs/tags/charte/`, each with the commit it points to (annotated tags peeled). */
export async function charterTags(root: string, options: GitOptions = {}): Promise<Map<string, string>> {
  const result = await runGit(
    root,
    ['for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)', 'refs/tags/charte/'],
    options,
  );
  const tags = new Map<string, string>();
  if (result.code !== 0) return tags;
  for (const line of result.stdout.toString('utf8').split('\n')) {
    if (!line) continue;
    const [ref = '', object = '', peeled = ''] = line.split('\0');
    tags.set(ref.slice('refs/tags/'.length), peeled || object);
  }
  return tags;
}

/** The commit a user-given revision names, or undefined. The revision can never act as an option. */
export async function resolveCommit(
  root: string,
  revision: string,
  options: GitOptions = {},
): Promise<string | undefined> {
  if (revision.startsWith('-') || revision.includes('\n') || revision.includes('\0')) return undefined;
  const result = await runGit(
    root,
    ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`],
    options,
  );
  if (result.code !== 0) return undefined;
  return result.stdout.toString('utf8').trim() || undefined;
}
