/** `charte init --git`: a repository for the charters, when the working directory is not in one. */
import { execFile } from 'node:child_process';
import { ExitError } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';

interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runGit(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<GitResult> {
  return new Promise((resolvePromise, reject) => {
    execFile('git', [...args], { cwd, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(error);
        return;
      }
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolvePromise({ code, stdout, stderr });
    });
  });
}

function gitMissing(lang: Lang): ExitError {
  return new ExitError(
    lang === 'fr'
      ? "--git : la commande git est introuvable ; installez git ou retirez l'option --git"
      : '--git: the git command was not found; install git or drop the --git option',
    2,
  );
}

/** Whether `cwd` is inside a git working tree (throws when git itself is missing). */
export async function insideRepository(cwd: string, env: NodeJS.ProcessEnv, lang: Lang): Promise<boolean> {
  try {
    const result = await runGit(['rev-parse', '--is-inside-work-tree'], cwd, env);
    return result.code === 0 && result.stdout.trim() === 'true';
  } catch {
    throw gitMissing(lang);
  }
}

/** `git init` in `cwd` (the path after `--`, so that it can never be read as an option). */
export async function gitInit(cwd: string, env: NodeJS.ProcessEnv, lang: Lang): Promise<void> {
  let result: GitResult;
  try {
    result = await runGit(['init', '--quiet', '--', cwd], cwd, env);
  } catch {
    throw gitMissing(lang);
  }
  if (result.code !== 0) {
    throw new ExitError(
      lang === 'fr'
        ? `git init a échoué : ${result.stderr.trim()}`
        : `git init failed: ${result.stderr.trim()}`,
      2,
    );
  }
}
