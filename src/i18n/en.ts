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
  export: {
    bodyLimit: {
      'body-size': (found: number, max: number) =>
        `the charter's text is ${Math.ceil(found / 1024)} KiB, over the limit of ${max / 1024} KiB: put long annexes in separate files`,
      nesting: (found: number, max: number) =>
        `${found} nested lists or quotes on this line, over the limit of ${max}: flatten the nesting`,
      'inline-marks': (found: number, max: number) =>
        `this paragraph has ${found} formatting marks (*, _, ~, \`, [ or ]), over the limit of ${max}: split it into several paragraphs or escape the marks with \\`,
      'table-columns': (found: number, max: number) =>
        `this table has ${found} columns, over the limit of ${max}: split it into several tables`,
      'table-cells': (found: number, max: number) =>
        `this table has ${found} cells (rows × columns), over the limit of ${max}: split it into several tables or move it to an annex`,
    },
    pdfStandardFormat: '--pdf-standard applies to --format pdf only',
    noCharter: 'no charter found',
    refNoRepository: (input: string) => `${input}: --ref needs a git repository, and this path is in none`,
    outsideRepository: (input: string, root: string) => `${input}: outside the repository ${root}`,
    notInRef: (where: string, ref: string, path: string) =>
      `${where}: not in ${ref} (or not a regular file); see \`git log --oneline -- ${path}\``,
    outputIsCharter: (shown: string) =>
      `${shown} is a charter: the export would overwrite it; choose another file with -o`,
    outputTwice: (a: string, b: string, shown: string) =>
      `${a} and ${b} would both be exported to ${shown}; export them separately or into a directory with -o`,
    outputIsDirectory: (shown: string) => `${shown} is a directory: give a file name`,
    outputExists: (shown: string) =>
      `${shown} already exists: nothing was written; add --force to replace it`,
    writeFailed: {
      ENOSPC: (path: string) =>
        `${path}: the disk is full; nothing was written: free some space or export elsewhere with -o`,
      EDQUOT: (path: string) =>
        `${path}: your disk quota is exhausted; nothing was written: free some space or export elsewhere with -o`,
      EACCES: (path: string) =>
        `${path}: permission denied (the directory's rights); nothing was written: export into a directory you can write to, with -o`,
      EROFS: (path: string) =>
        `${path}: the file system is read-only; nothing was written: export elsewhere with -o`,
      ENOTDIR: (path: string) =>
        `${path}: part of this path is a file, not a directory; nothing was written: correct the path given to -o`,
      ENOENT: (path: string) =>
        `${path}: this path does not exist (directory removed during the export?); nothing was written: check the path given to -o`,
      EISDIR: (path: string) => `${path} is a directory; nothing was written: give a file name with -o`,
      ENAMETOOLONG: (path: string) =>
        `${path}: name too long; nothing was written: choose a shorter name with -o`,
      other: (path: string, code: string) =>
        `${path}: cannot write (${code}); nothing was written: check the output directory or export elsewhere with -o`,
    },
    timeLimit: (path: string, seconds: number) =>
      `${path}: the layout took more than ${seconds} s and was stopped; nothing was written: simplify the text (tables, nested lists) or export this charter on its own`,
    memoryLimit: (path: string, megabytes: number) =>
      `${path}: the layout needed more than ${megabytes} MB of memory and was stopped; nothing was written: simplify the text (tables, nested lists) or export this charter on its own`,
    threadFailed: (path: string, detail: string) =>
      `${path}: the layout failed (${detail}); nothing was written`,
    layoutStopped: 'layout stopped',
    typstFailed: (dir: string) => `the Typst layout failed (${dir})`,
    typstFailedFor: (path: string, detail: string) => `${path}: ${detail}`,
    interrupted: (signal: string) =>
      `export interrupted (${signal}): nothing was written, the temporary files are removed`,
    templateUnreadable:
      'unreadable directory: give a directory that holds charter.typ (see templates/export/ in the package)',
    templateTooLarge: (files: number) => `too large (more than ${files} files or 20 MiB)`,
    templateMissingMain: (main: string) =>
      `${main} is missing: copy templates/export/ from the package and adapt it`,
    templateImport: (where: string) =>
      `${where}: a template imports only its own files, by a path written in quotes (import "header.typ"); Typst packages (@preview/…, @local/…) and computed paths are refused, as they read outside the template or from the network: copy the package's file into the template's directory`,
  },
  report: {},
  opendata: {},
  validate: {},
  load: {},
  init: {},
  cli: {},
  log: {},
  diff: {},
};
