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
  },
  git: {},
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
  load: {},
  init: {},
  cli: {},
  log: {},
  diff: {},
};
