/**
 * Committing one charter file and tagging a signed version, through the one git module
 * (src/git/): its environment policy keeps a stray GIT_DIR, GIT_WORK_TREE or GIT_INDEX_FILE
 * from sending the commit to another repository. Only that file goes into the commit
 * (`git commit --only -- <path>`: other staged changes stay staged, not swept in), paths always
 * come after `--` and are read literally (`--literal-pathspecs`: a file named `:(glob)*` or
 * `-x.md` is only a name), and messages go through stdin (`-F -`), never argv, whatever their
 * length. Everything that can be checked before the file is written is checked in
 * `prepareCommit` (who commits, no merge, rebase, cherry-pick, revert or bisect under way, the
 * file not unmerged nor ignored, the tag free), so that a refusal leaves the working tree as it
 * was; the operation check runs again right before the commit.
 */
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { ExitError } from '../diagnostics.js';
import {
  assertNoOperationInProgress,
  GitError,
  gitDetail,
  runGit as runGitModule,
  workTreeTop,
} from '../git/index.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs git in `cwd` through the git module (its environment policy applies to `env`); a
 * non-zero exit is a result, not an exception. Kept for callers of this module.
 */
export async function runGit(
  cwd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  lang: Lang,
  options: { literalPathspecs?: boolean; input?: string } = {},
): Promise<GitResult> {
  try {
    const result = await runGitModule(cwd, args, {
      env,
      literalPathspecs: options.literalPathspecs !== false,
      ...(options.input !== undefined ? { input: options.input } : {}),
    });
    return { code: result.code, stdout: result.stdout.toString('utf8'), stderr: result.stderr };
  } catch (error) {
    throw asExitError(error, lang);
  }
}

function asExitError(error: unknown, lang: Lang): unknown {
  if (error instanceof GitError && error.missing) return new ExitError(messages(lang).git.missing, 2);
  return error;
}

export interface CommitTarget {
  /** The repository's top-level directory. */
  top: string;
  /** The file's path from the top level, with `/`. */
  relPath: string;
  /** Whether git already tracks the file (else it is added before the commit). */
  tracked: boolean;
  displayPath: string;
  env: NodeJS.ProcessEnv;
  lang: Lang;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.trim() ?? '';
}

/**
 * Checks that `path` can be committed: it lies in a git work tree, git knows who commits, no
 * merge, rebase, cherry-pick, revert or bisect is in progress, the file is neither unmerged nor
 * ignored, and `tag` (when given) does not exist yet.
 */
export async function prepareCommit(
  path: string,
  options: { displayPath: string; lang: Lang; env?: NodeJS.ProcessEnv; tag?: string },
): Promise<CommitTarget> {
  const { lang, displayPath } = options;
  const t = messages(lang).git;
  const env = { ...options.env };
  const real = realpathSync(path);
  let topFound: string | undefined;
  try {
    topFound = await workTreeTop(dirname(real), { env });
  } catch (error) {
    throw asExitError(error, lang);
  }
  if (topFound === undefined) throw new ExitError(t.notInRepository(displayPath), 2);
  const topDir = realpathSync(topFound);
  const rel = relative(topDir, real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new ExitError(t.outsideWorkTree(displayPath, topDir), 2);
  }
  const relPath = sep === '/' ? rel : rel.split(sep).join('/');
  const git = (args: readonly string[]) => runGit(topDir, args, env, lang);

  for (const variable of ['GIT_AUTHOR_IDENT', 'GIT_COMMITTER_IDENT']) {
    const ident = await git(['var', variable]);
    if (ident.code !== 0) throw new ExitError(t.noIdentity(firstLine(ident.stderr)), 2);
  }
  await assertNoOperationInProgress(topDir, relPath, lang, { env });
  const tracked = (await git(['ls-files', '--error-unmatch', '--', relPath])).code === 0;
  // check-ignore supports no pathspec magic, `literal` included: a name it cannot take as a plain
  // path (`:(glob)x`) answers 128 here, and `git add` still refuses an ignored file later.
  const ignored = tracked
    ? undefined
    : await runGit(topDir, ['check-ignore', '-q', '--', relPath], env, lang, { literalPathspecs: false });
  if (ignored?.code === 0) throw new ExitError(t.ignored(displayPath, relPath), 2);
  if (options.tag !== undefined) {
    const existing = await git([
      'rev-parse',
      '-q',
      '--verify',
      '--end-of-options',
      `refs/tags/${options.tag}^{commit}`,
    ]);
    const exists =
      existing.code === 0 ||
      (await git(['rev-parse', '-q', '--verify', '--end-of-options', `refs/tags/${options.tag}`])).code === 0;
    if (exists) {
      throw new ExitError(t.tagExists(options.tag, existing.stdout.trim().slice(0, 12) || '?'), 1);
    }
  }
  return { top: topDir, relPath, tracked, displayPath, env, lang };
}

/** Commits the file alone with `message` (through stdin); returns the new commit's full hash. */
export async function commitFile(target: CommitTarget, message: string): Promise<string> {
  const t = messages(target.lang).git;
  const git = (args: readonly string[], input?: string) =>
    runGit(target.top, args, target.env, target.lang, input === undefined ? {} : { input });
  // Time passed since prepareCommit (the file was written): a rebase started meanwhile is refused too.
  await assertNoOperationInProgress(target.top, target.relPath, target.lang, { env: target.env });
  if (!target.tracked) {
    const added = await git(['add', '--', target.relPath]);
    if (added.code !== 0) throw commitFailure(target, added.stderr);
  }
  const committed = await git(['commit', '--quiet', '--only', '-F', '-', '--', target.relPath], message);
  if (committed.code !== 0) {
    // Leave the index as it was: a file this command added goes back to untracked.
    if (!target.tracked) await git(['rm', '--cached', '--quiet', '--', target.relPath]);
    throw commitFailure(target, committed.stderr || committed.stdout);
  }
  const head = await git(['rev-parse', '--verify', 'HEAD^{commit}']);
  if (head.code !== 0) throw new ExitError(t.commitNotFound, 2);
  return head.stdout.trim();
}

function commitFailure(target: CommitTarget, stderr: string): ExitError {
  return new ExitError(messages(target.lang).git.commitFailed(target.displayPath, gitDetail(stderr)), 2);
}

/**
 * Creates the annotated tag `name` on `commit`, its message through stdin. When git refuses, the
 * error says the commit exists (its id) and how to create the tag by hand.
 */
export async function createTag(
  target: CommitTarget,
  name: string,
  message: string,
  commit: string,
): Promise<void> {
  let result: GitResult;
  try {
    result = await runGit(
      target.top,
      ['tag', '-a', '-F', '-', '--end-of-options', name, commit],
      target.env,
      target.lang,
      { input: message },
    );
  } catch (error) {
    if (!(error instanceof ExitError)) throw error;
    result = { code: 1, stdout: '', stderr: error.message };
  }
  if (result.code !== 0) {
    throw new ExitError(
      messages(target.lang).git.tagFailed(
        commit.slice(0, 12),
        name,
        firstLine(result.stderr),
        message.split('\n')[0] ?? '',
      ),
      2,
    );
  }
}
