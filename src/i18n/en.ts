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
  git: {},
  history: {},
  renew: {},
  lifecycle: {},
  blocks: {},
  export: {},
  report: {},
  opendata: {},
  validate: {},
  load: {},
  init: {},
  cli: {},
  log: {},
  diff: {},
};
