/** The English catalogue: the same keys and parameters as the French one (src/i18n/fr.ts). */
import type { Catalogue } from './fr.js';
import { plural } from './plural.js';

export const en: Catalogue = {
  common: {
    and: 'and',
    or: 'or',
    charters: (n: number) => plural('en', n, { one: '# charter', other: '# charters' }),
    days: (n: number) => plural('en', n, { one: '# day', other: '# days' }),
  },
  edit: {
    locked: (path: string, holder: string) =>
      `${path}: another command is recording a change to this charter (${holder}); nothing was written, run the command again once it has finished`,
    lockHolder: (pid: number, since: string) => `process ${pid}, since ${since}`,
    changedOnDisk: (path: string) =>
      `${path} changed on disk since it was read (did an editor save it?): nothing was written; run the command again`,
    readOnly: (path: string, mode: string) =>
      `${path} is read-only (mode ${mode}): nothing was written; if it really must change, make it writable (\`chmod u+w ${path}\`) and run the command again`,
    writeFailed: (path: string, cause: string) => `${path}: cannot write, ${cause}; the file is unchanged`,
    writeCause: (code: string) => {
      switch (code) {
        case 'ENOSPC':
          return 'the disk is full (free some space and run the command again)';
        case 'EDQUOT':
          return 'the disk quota is exceeded (free some space and run the command again)';
        case 'EACCES':
        case 'EPERM':
          return "permission denied (read-only folder? check the folder's permissions)";
        case 'EROFS':
          return 'the file system is read-only';
        case 'EIO':
          return 'the content read back differs from what was written (failing disk?)';
        case 'ENOENT':
        case 'ENOTDIR':
          return 'the folder no longer exists';
        default:
          return `error ${code}`;
      }
    },
  },
  git: {
    missing: 'git not found: install it (package "git"), or work without the options that use it',
    operationInProgress: (operation: string) => {
      const how: Record<string, string> = {
        merge:
          'a merge is in progress: finish it (resolve the conflicts, `git add`, then `git commit`) or abort it (`git merge --abort`)',
        rebase:
          'a rebase is in progress: finish it (resolve the conflicts, `git add`, then `git rebase --continue`) or abort it (`git rebase --abort`)',
        am: 'applying patches (git am) is in progress: finish it (`git am --continue`) or abort it (`git am --abort`)',
        'cherry-pick':
          'a cherry-pick is in progress: finish it (resolve the conflicts, `git add`, then `git cherry-pick --continue`) or abort it (`git cherry-pick --abort`)',
        revert:
          'a revert is in progress: finish it (`git revert --continue`) or abort it (`git revert --abort`)',
        bisect: 'a bisect is in progress: end it (`git bisect reset`)',
      };
      return `${how[operation] ?? operation}; nothing was written or committed, run the command again afterwards`;
    },
    unmerged: (path: string) =>
      `${path} is unmerged in git (a conflict): resolve it and \`git add -- ${path}\`, or abort the operation in progress; nothing was written or committed`,
    notInRepository: (path: string) =>
      `${path} is not inside a git repository: --commit needs one (\`git init\`), or work without --commit`,
    outsideWorkTree: (path: string, top: string) =>
      `${path} is outside the work tree of the repository ${top}`,
    noIdentity: (detail: string) =>
      `git does not know who is committing (${detail}): run \`git config user.name "Your Name"\` and \`git config user.email you@example.org\`, then try again`,
    ignored: (path: string, relPath: string) =>
      `${path} is ignored by git (\`git check-ignore -v -- ${relPath}\` tells which rule): --commit cannot commit it`,
    tagExists: (tag: string, target: string) =>
      `tag ${tag} already exists and points to ${target}, not to the signature you are adding: was this version signed already? Open the next one (\`charte renew --start\`) or, if the tag is wrong, delete it (\`git tag -d ${tag}\`)`,
    commitNotFound: 'commit not found after git commit',
    commitFailed: (path: string, detail: string) => `git could not commit ${path} (${detail})`,
    tagFailed: (commit: string, tag: string, detail: string, subject: string) =>
      `commit ${commit} recorded, but tag ${tag} could not be created (${detail}): create it with \`git tag -a -m "${subject}" ${tag} ${commit}\``,
    conflictMarker: (marker: string) =>
      `git conflict marker \`${marker}\`: the merge is not finished; keep the right lines, delete the \`<<<<<<<\`, \`=======\` and \`>>>>>>>\` markers, then \`git add\``,
  },
  history: {},
  renew: {},
  lifecycle: {},
  blocks: {},
  export: {},
  report: {},
  opendata: {},
  reporter: {
    error: 'error',
    warning: 'warning',
    summary: (files: number, errors: number, warnings: number) =>
      `${plural('en', files, { one: '# charter checked', other: '# charters checked' })}: ${plural('en', errors, { one: '# error', other: '# errors' })}, ${plural('en', warnings, { one: '# warning', other: '# warnings' })}`,
    byRule: 'by rule',
  },
  validate: {},
  load: {
    crLineEndings:
      'CR-only line endings (old Mac format): the file would read as a single line; save it with LF (or CRLF) line endings and run again',
    notRegularFile: (kind: 'fifo' | 'socket' | 'characterDevice' | 'blockDevice' | 'other') => {
      const what = {
        fifo: 'a named pipe (FIFO)',
        socket: 'a socket',
        characterDevice: 'a character device',
        blockDevice: 'a block device',
        other: 'a special file',
      }[kind];
      return `is not a regular file but ${what}: it was not read; a charter is a Markdown file, give its path`;
    },
  },
  init: {},
  cli: {},
  log: {},
  diff: {},
};
