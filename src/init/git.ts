/**
 * `charte init --git`: a repository for the charters, when the working directory is not in one.
 * git runs through the one git module (src/git/), with its environment policy: a GIT_DIR or
 * GIT_WORK_TREE set around the command can neither make the folder look like it is in a
 * repository nor receive the new one.
 */

import { ExitError } from '../diagnostics.js';
import { GitError, runGitText } from '../git/index.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';

function gitMissing(lang: Lang): ExitError {
  return new ExitError(messages(lang).init.gitMissing, 2);
}

async function run(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv, lang: Lang) {
  try {
    return await runGitText(cwd, args, { env });
  } catch (error) {
    if (error instanceof GitError && error.missing) throw gitMissing(lang);
    throw error;
  }
}

/** Whether `cwd` is inside a git working tree (throws when git itself is missing). */
export async function insideRepository(cwd: string, env: NodeJS.ProcessEnv, lang: Lang): Promise<boolean> {
  const result = await run(cwd, ['rev-parse', '--is-inside-work-tree'], env, lang);
  return result.code === 0 && result.stdout.trim() === 'true';
}

/** `git init` in `cwd` (the path after `--`, so that it can never be read as an option). */
export async function gitInit(cwd: string, env: NodeJS.ProcessEnv, lang: Lang): Promise<void> {
  const result = await run(cwd, ['init', '--quiet', '--', cwd], env, lang);
  if (result.code !== 0) {
    throw new ExitError(messages(lang).init.gitInitFailed(result.stderr.trim()), 2);
  }
}
