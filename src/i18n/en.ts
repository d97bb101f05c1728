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
  history: {
    notARepository: (path: string) =>
      `${path} is not in a git repository: its state is read from the file, but its earlier versions and past signatures are unknown; keep charters in a git repository (git init, git add, git commit)`,
    gitUnavailable: (error: string) => `history unavailable: ${error}; install git to read earlier versions`,
    gitFailed: (error: string) => `history unavailable: ${error}`,
    noCommits: (repo: string) =>
      `repository ${repo} has no commit yet: the charters' history starts with the first commit (git add, git commit)`,
    untracked: (path: string, quoted: string) =>
      `${path} is not tracked by git (never committed): its state is read from the file, with no history; record it: git add -- ${quoted} && git commit`,
    shallow: (repo: string, before: string | undefined) =>
      `repository ${repo} is a shallow clone: the history ${before !== undefined ? `before commit ${before}` : 'beyond its depth'} is missing, so the earlier versions and signing commits it holds are unknown; fetch the whole history with \`git fetch --unshallow\` (GitHub Actions: actions/checkout with \`fetch-depth: 0\`)`,
    tagMismatch: (tag: string, tagCommit: string, what: string, path: string, signing: string, fix: string) =>
      `tag ${tag} points to commit ${tagCommit}, but ${what} of ${path} got its last required signature in commit ${signing}: the history is what counts; move the tag: ${fix}`,
    tagUnsigned: (tag: string, tagCommit: string, what: string, path: string) =>
      `tag ${tag} exists (commit ${tagCommit}), but no commit of ${path} records all the required signatures of ${what}: check the tag, or delete it (git tag -d ${tag})`,
    versionWhat: (version: number) => `version ${version}`,
    amendmentWhat: (number: number, version: number) => `amendment no. ${number} to version ${version}`,
    commitDescription: (sha: string, date: string, subject: string) => `${sha} (${date}, "${subject}")`,
    unreadableVersions: (path: string, count: number, commit: string, problem: string) =>
      `${path}: ${plural('en', count, { one: '# version recorded in git is unreadable and is not counted', other: '# versions recorded in git are unreadable and are not counted' })} (the first at commit ${commit}: ${problem}); \`charte validate\` gives the same answer for that text`,
  },
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
