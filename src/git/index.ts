/**
 * The one module that runs git, for the whole program (history, renew, log, diff, sign --commit,
 * renew --start --commit, export's stamps, init --git). One environment policy (`gitProcessEnv`),
 * one way to spawn (`runGit`: no shell, `-C <root>` names the repository, long data such as
 * commit and tag messages goes through stdin, never argv, so no `E2BIG`), one set of rules for
 * arguments: paths always after `--` (read literally with `--literal-pathspecs` where a caller
 * asks), a user's revision after `--end-of-options`. Repositories are found by walking up the
 * file system for `.git` (no process per directory), then checked with one `rev-parse` each.
 * The streaming readers (history's log and cat-file) start their long-lived children through
 * `spawnGit`, with the same environment and base arguments.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ExitError } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';

export interface GitOptions {
  /** Extra environment (e.g. the CLI context's); merged over process.env. */
  env?: NodeJS.ProcessEnv | undefined;
}

export interface RunGitOptions extends GitOptions {
  /** Bytes for git's stdin (`commit -F -`, `tag -F -`, `cat-file --batch`...). */
  input?: string | Buffer;
  /** Put `--literal-pathspecs` before the subcommand: paths after `--` are names, never patterns. */
  literalPathspecs?: boolean;
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
    /** True when the git program itself was not found. */
    readonly missing = false,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

/**
 * Variables that would point git at another repository, index or work tree than the one we name
 * with -C (a hook's GIT_DIR and GIT_INDEX_FILE, a user's exported GIT_WORK_TREE), or change how
 * pathspecs and objects are read. `git rev-parse --local-env-vars` lists most of them; the `-c`
 * pass-through (GIT_CONFIG_PARAMETERS, GIT_CONFIG_COUNT) is kept, it is the user's configuration.
 */
export const REMOVED_GIT_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_PREFIX',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_IMPLICIT_WORK_TREE',
  'GIT_GRAFT_FILE',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_REPLACE_REF_BASE',
  'GIT_SHALLOW_FILE',
  'GIT_NAMESPACE',
  'GIT_INTERNAL_SUPER_PREFIX',
  'GIT_QUARANTINE_PATH',
  'GIT_LITERAL_PATHSPECS',
  'GIT_GLOB_PATHSPECS',
  'GIT_NOGLOB_PATHSPECS',
  'GIT_ICASE_PATHSPECS',
  'GIT_PAGER',
  'GIT_EXTERNAL_DIFF',
] as const;

/**
 * The environment every git process runs in: the caller's, without REMOVED_GIT_VARIABLES, never
 * prompting (no terminal prompt, no credential helper dialog), never taking optional locks (a
 * read must not block the user's own git), and with messages in the C locale so that the few we
 * match stay stable.
 */
export function gitProcessEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const name of REMOVED_GIT_VARIABLES) delete merged[name];
  merged.GIT_TERMINAL_PROMPT = '0';
  merged.GCM_INTERACTIVE = 'never';
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

/**
 * Runs one git command in the repository at (or containing) `root` to completion and returns its
 * output. Never throws for a non-zero exit; throws a GitError (`missing`) when git cannot run.
 */
export function runGit(
  root: string,
  args: readonly string[],
  options: RunGitOptions = {},
): Promise<GitResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      'git',
      [...gitBaseArgs(root), ...(options.literalPathspecs ? ['--literal-pathspecs'] : []), ...args],
      {
        env: gitProcessEnv(options.env),
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(gitSpawnError(error)));
    child.on('close', (code) =>
      resolvePromise({
        code: code ?? 128,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    if (options.input !== undefined && child.stdin) {
      // git may exit before reading everything (a refused commit): that is its answer, not ours.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input);
    }
  });
}

/**
 * Starts a git process whose output is read as it comes (the history's log pass, the cat-file
 * reader): the same options before the subcommand and the same environment as runGit, with
 * `extraEnv` over it. stdout and stderr are pipes; stdin is one when asked for. The caller
 * listens for 'error' (gitSpawnError) and 'close'.
 */
export function spawnGit(
  root: string,
  args: readonly string[],
  options: GitOptions & {
    stdin?: boolean;
    signal?: AbortSignal | undefined;
    extraEnv?: Readonly<Record<string, string>>;
  } = {},
): ChildProcess {
  return spawn('git', [...gitBaseArgs(root), ...args], {
    env: { ...gitProcessEnv(options.env), ...options.extraEnv },
    stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** Like runGit, with stdout as text. */
export async function runGitText(
  root: string,
  args: readonly string[],
  options: RunGitOptions = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const result = await runGit(root, args, options);
  return { code: result.code, stdout: result.stdout.toString('utf8'), stderr: result.stderr };
}

export function gitSpawnError(error: Error): GitError {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? new GitError('git is not installed (or not on PATH)', '', true)
    : new GitError(error.message);
}

/** A path as reporters print it: relative to `cwd`, with `/` (what the loader's displayPathOf gives). */
export function displayPath(path: string, cwd: string): string {
  const rel = inside(cwd, path) ?? (relative(cwd, path) || path);
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** The path of `absolute` inside `root`, with `/`, as git prints it. */
export function repoRelative(root: string, absolute: string): string {
  const rel = inside(root, absolute) ?? relative(root, absolute);
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/**
 * path.relative(base, path) when `path` is plainly under `base` (both absolute, POSIX, without
 * `.`, `..` or doubled slashes in the part compared): the rest of `path`. Undefined otherwise,
 * for path.relative to answer. A history asks this for every charter, and path.relative
 * resolves both paths each time.
 */
function inside(base: string, path: string): string | undefined {
  if (sep !== '/' || base.length < 2 || base.charCodeAt(0) !== 47 || base.endsWith('/')) return undefined;
  if (path.length <= base.length + 1 || !path.startsWith(base) || path.charCodeAt(base.length) !== 47)
    return undefined;
  if (base.includes('//') || base.includes('/.')) return undefined;
  const rest = path.slice(base.length + 1);
  if (
    rest.startsWith('.') ||
    rest.startsWith('/') ||
    rest.endsWith('/') ||
    rest.includes('//') ||
    rest.includes('/.')
  )
    return undefined;
  return rest;
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

/**
 * The top level of the work tree holding `dir` (its real path, as `--show-toplevel` prints it),
 * or undefined outside any work tree. Throws a GitError (`missing`) when git cannot run.
 */
export async function workTreeTop(dir: string, options: GitOptions = {}): Promise<string | undefined> {
  const result = await runGitText(dir, ['rev-parse', '--show-toplevel'], options);
  const top = result.stdout.trim();
  return result.code === 0 && top !== '' ? top : undefined;
}

/** A multi-step git operation that leaves the repository half-way until it is finished or aborted. */
export type GitOperation = 'merge' | 'rebase' | 'am' | 'cherry-pick' | 'revert' | 'bisect';

/** The files whose presence in the git directory says an operation is under way, checked in this order. */
const OPERATION_MARKERS: ReadonlyArray<[string, GitOperation | 'rebase-apply']> = [
  ['rebase-merge', 'rebase'],
  ['rebase-apply', 'rebase-apply'],
  ['MERGE_HEAD', 'merge'],
  ['CHERRY_PICK_HEAD', 'cherry-pick'],
  ['REVERT_HEAD', 'revert'],
  ['BISECT_LOG', 'bisect'],
];

/** The operation in progress in the repository at `root`, if any (one `rev-parse`). */
export async function operationInProgress(
  root: string,
  options: GitOptions = {},
): Promise<GitOperation | undefined> {
  const result = await runGitText(
    root,
    ['rev-parse', ...OPERATION_MARKERS.flatMap(([marker]) => ['--git-path', marker])],
    options,
  );
  if (result.code !== 0) return undefined;
  const paths = result.stdout.split('\n');
  for (const [i, [, operation]] of OPERATION_MARKERS.entries()) {
    const path = paths[i]?.trim();
    if (!path) continue;
    const absolute = resolve(root, path);
    if (!existsSync(absolute)) continue;
    // `rebase-apply` serves both `git am` and the apply backend of `git rebase`.
    if (operation === 'rebase-apply') return existsSync(join(absolute, 'applying')) ? 'am' : 'rebase';
    return operation;
  }
  return undefined;
}

/**
 * Refuses (exit 2) to commit while a merge, rebase, am, cherry-pick, revert or bisect is in
 * progress in the repository at `root`, or while `relPath` (from the top level, with `/`) is
 * unmerged: a commit then would record conflict markers, or be lost on `--abort`. The message
 * names the operation and how to finish or abort it.
 */
export async function assertNoOperationInProgress(
  root: string,
  relPath: string,
  lang: Lang,
  options: GitOptions = {},
): Promise<void> {
  // Loaded here, not with the module: the history pass starts git before the catalogues load.
  const { messages } = await import('../i18n/catalogue.js');
  const t = messages(lang).git;
  const operation = await operationInProgress(root, options);
  if (operation !== undefined) throw new ExitError(t.operationInProgress(operation), 2);
  const unmerged = await runGitText(root, ['ls-files', '--unmerged', '-z', '--', relPath], {
    ...options,
    literalPathspecs: true,
  });
  if (unmerged.code === 0 && unmerged.stdout !== '') throw new ExitError(t.unmerged(relPath), 2);
}

/** The message of a git failure, cut to its first lines, for an error that quotes it. */
export function gitDetail(stderr: string, lines = 3): string {
  return stderr.trim().split('\n').slice(0, lines).join(' / ');
}
