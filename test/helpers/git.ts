/**
 * Real git repositories for tests: fixed identity, no signing, branch `main`, pinned dates, and
 * no system or global configuration leaking in.
 */
import { execFileSync } from 'node:child_process';

export const GIT_TEST_ENV: NodeJS.ProcessEnv = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.org',
  GIT_COMMITTER_NAME: 'Test Committer',
  GIT_COMMITTER_EMAIL: 'committer@example.org',
  GIT_AUTHOR_DATE: '2024-01-15T10:00:00+00:00',
  GIT_COMMITTER_DATE: '2024-01-15T10:00:00+00:00',
};

/** The environment for a git command, with the dates pinned to `date` (YYYY-MM-DD, noon UTC) when given. */
export function gitEnv(date?: string): NodeJS.ProcessEnv {
  const env = { ...process.env, ...GIT_TEST_ENV };
  if (date) {
    env.GIT_AUTHOR_DATE = `${date}T12:00:00+00:00`;
    env.GIT_COMMITTER_DATE = `${date}T12:00:00+00:00`;
  }
  return env;
}

export function git(cwd: string, args: readonly string[], date?: string): string {
  return execFileSync('git', [...args], {
    cwd,
    env: gitEnv(date),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** `git init` on branch main with the test configuration. */
export function initRepo(cwd: string): void {
  git(cwd, ['init', '-q', '-b', 'main']);
  git(cwd, ['config', 'commit.gpgsign', 'false']);
  git(cwd, ['config', 'tag.gpgsign', 'false']);
  git(cwd, ['config', 'user.name', 'Test Committer']);
  git(cwd, ['config', 'user.email', 'committer@example.org']);
  git(cwd, ['config', 'core.autocrlf', 'false']);
}

/** Stages everything and commits it with the given date. */
export function commitAll(cwd: string, message: string, date?: string): string {
  git(cwd, ['add', '-A']);
  git(cwd, ['commit', '-q', '--no-verify', '-m', message], date);
  return git(cwd, ['rev-parse', 'HEAD']).trim();
}
