/**
 * Committing one charter file and tagging a signed version. Only that file goes into the commit
 * (`git commit --only -- <path>`: other staged changes stay staged, not swept in), paths always
 * come after `--` and are read literally (`--literal-pathspecs`: a file named `:(glob)*` or
 * `-x.md` is only a name). Everything that can be checked before the file is written is checked
 * in `prepareCommit`, so that a refusal leaves the working tree as it was.
 */
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { ExitError } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs git without a shell; a non-zero exit is a result, not an exception. */
export function runGit(
  cwd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  lang: Lang,
  options: { literalPathspecs?: boolean } = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      options.literalPathspecs === false ? [...args] : ['--literal-pathspecs', ...args],
      { cwd, env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        if (code === 'ENOENT') {
          reject(
            new ExitError(
              lang === 'fr'
                ? 'git est introuvable : installez-le (ou signez sans --commit et enregistrez la modification vous-même)'
                : 'git not found: install it (or sign without --commit and commit the change yourself)',
              2,
            ),
          );
          return;
        }
        resolve({ code: error ? (typeof code === 'number' ? code : 1) : 0, stdout, stderr });
      },
    );
  });
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
 * merge is in progress, the file is not ignored, and `tag` (when given) does not exist yet.
 */
export async function prepareCommit(
  path: string,
  options: { displayPath: string; lang: Lang; env?: NodeJS.ProcessEnv; tag?: string },
): Promise<CommitTarget> {
  const { lang, displayPath } = options;
  const fr = lang === 'fr';
  const env = { ...process.env, ...options.env };
  const real = realpathSync(path);
  const dir = dirname(real);
  const top = await runGit(dir, ['rev-parse', '--show-toplevel'], env, lang);
  if (top.code !== 0 || top.stdout.trim() === '') {
    throw new ExitError(
      fr
        ? `${displayPath} n'est dans aucun dépôt git : --commit en demande un (\`git init\`), ou signez sans --commit`
        : `${displayPath} is not inside a git repository: --commit needs one (\`git init\`), or sign without --commit`,
      2,
    );
  }
  const topDir = realpathSync(top.stdout.trim());
  const rel = relative(topDir, real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new ExitError(
      fr
        ? `${displayPath} est hors de l'arbre de travail du dépôt ${topDir}`
        : `${displayPath} is outside the work tree of the repository ${topDir}`,
      2,
    );
  }
  const relPath = sep === '/' ? rel : rel.split(sep).join('/');
  const git = (args: readonly string[]) => runGit(topDir, args, env, lang);

  for (const variable of ['GIT_AUTHOR_IDENT', 'GIT_COMMITTER_IDENT']) {
    const ident = await git(['var', variable]);
    if (ident.code !== 0) {
      throw new ExitError(
        fr
          ? `git ne sait pas qui enregistre la modification (${firstLine(ident.stderr)}) : lancez \`git config user.name "Prénom Nom"\` et \`git config user.email vous@example.org\`, puis recommencez`
          : `git does not know who is committing (${firstLine(ident.stderr)}): run \`git config user.name "Your Name"\` and \`git config user.email you@example.org\`, then try again`,
        2,
      );
    }
  }
  if ((await git(['rev-parse', '-q', '--verify', 'MERGE_HEAD'])).code === 0) {
    throw new ExitError(
      fr
        ? 'une fusion git est en cours : terminez-la (`git commit`) ou annulez-la (`git merge --abort`) avant --commit'
        : 'a git merge is in progress: finish it (`git commit`) or abort it (`git merge --abort`) before --commit',
      2,
    );
  }
  const tracked = (await git(['ls-files', '--error-unmatch', '--', relPath])).code === 0;
  // check-ignore supports no pathspec magic, `literal` included: a name it cannot take as a plain
  // path (`:(glob)x`) answers 128 here, and `git add` still refuses an ignored file later.
  const ignored = tracked
    ? undefined
    : await runGit(topDir, ['check-ignore', '-q', '--', relPath], env, lang, { literalPathspecs: false });
  if (ignored?.code === 0) {
    throw new ExitError(
      fr
        ? `${displayPath} est ignoré par git (\`git check-ignore -v -- ${relPath}\` dit quelle règle) : --commit ne peut pas l'enregistrer`
        : `${displayPath} is ignored by git (\`git check-ignore -v -- ${relPath}\` tells which rule): --commit cannot commit it`,
      2,
    );
  }
  if (options.tag !== undefined) {
    const existing = await git(['rev-parse', '-q', '--verify', `refs/tags/${options.tag}^{commit}`]);
    const exists =
      existing.code === 0 ||
      (await git(['rev-parse', '-q', '--verify', `refs/tags/${options.tag}`])).code === 0;
    if (exists) {
      const target = existing.stdout.trim().slice(0, 12) || '?';
      throw new ExitError(
        fr
          ? `l'étiquette ${options.tag} existe déjà et désigne ${target}, pas la signature que vous ajoutez : cette version a-t-elle déjà été signée ? Ouvrez la suivante (\`charte renew --start\`) ou, si l'étiquette est fausse, supprimez-la (\`git tag -d ${options.tag}\`)`
          : `tag ${options.tag} already exists and points to ${target}, not to the signature you are adding: was this version signed already? Open the next one (\`charte renew --start\`) or, if the tag is wrong, delete it (\`git tag -d ${options.tag}\`)`,
        1,
      );
    }
  }
  return { top: topDir, relPath, tracked, displayPath, env, lang };
}

/** Commits the file alone with `message`; returns the new commit's full hash. */
export async function commitFile(target: CommitTarget, message: string): Promise<string> {
  const fr = target.lang === 'fr';
  const git = (args: readonly string[]) => runGit(target.top, args, target.env, target.lang);
  if (!target.tracked) {
    const added = await git(['add', '--', target.relPath]);
    if (added.code !== 0) throw commitFailure(target, added.stderr);
  }
  const committed = await git(['commit', '--quiet', '--only', '-m', message, '--', target.relPath]);
  if (committed.code !== 0) {
    // Leave the index as it was: a file this command added goes back to untracked.
    if (!target.tracked) await git(['rm', '--cached', '--quiet', '--', target.relPath]);
    throw commitFailure(target, committed.stderr || committed.stdout);
  }
  const head = await git(['rev-parse', 'HEAD']);
  if (head.code !== 0) {
    throw new ExitError(fr ? 'commit introuvable après git commit' : 'commit not found after git commit', 2);
  }
  return head.stdout.trim();
}

function commitFailure(target: CommitTarget, stderr: string): ExitError {
  const detail = stderr.trim().split('\n').slice(0, 3).join(' / ');
  return new ExitError(
    target.lang === 'fr'
      ? `git n'a pas pu enregistrer ${target.displayPath} (${detail})`
      : `git could not commit ${target.displayPath} (${detail})`,
    2,
  );
}

/** Creates the annotated tag `name` on `commit`. */
export async function createTag(
  target: CommitTarget,
  name: string,
  message: string,
  commit: string,
): Promise<void> {
  const result = await runGit(
    target.top,
    ['tag', '-a', '-m', message, name, commit],
    target.env,
    target.lang,
  );
  if (result.code !== 0) {
    const detail = firstLine(result.stderr);
    throw new ExitError(
      target.lang === 'fr'
        ? `commit ${commit.slice(0, 12)} enregistré, mais l'étiquette ${name} n'a pas pu être créée (${detail}) : créez-la avec \`git tag -a -m "${message.split('\n')[0]}" ${name} ${commit.slice(0, 12)}\``
        : `commit ${commit.slice(0, 12)} recorded, but tag ${name} could not be created (${detail}): create it with \`git tag -a -m "${message.split('\n')[0]}" ${name} ${commit.slice(0, 12)}\``,
      2,
    );
  }
}
