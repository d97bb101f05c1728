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
  renew: {
    notACharter: (path: string) =>
      `${path}: this file is not a charter (no \`charte: 1\` key in its front matter)`,
    malformedFields: (path: string, list: string) =>
      `${path}: missing or malformed field(s): ${list}; the state is computed from what can be read; fix them with \`charte validate ${path}\``,
    invalidSignatureDate: (path: string, field: string, value: string) =>
      `${path}: ${field} is "${value}", which is not a calendar date: this signature is not counted; write YYYY-MM-DD (\`charte validate ${path}\` shows where)`,
    signatureBefore1900: (path: string, field: string, value: string) =>
      `${path}: ${field} is "${value}", a year before 1900: this signature is not counted; correct the year (\`charte validate ${path}\` shows where)`,
    futureSignatureDate: (path: string, field: string, value: string, asOf: string) =>
      `${path}: ${field} is ${value}, after the day of the check (${asOf}); check the date of this signature`,
    duplicateId: (count: number, id: string, list: string) =>
      `${count} charters share the id \`${id}\`: ${list}; each is reported, but their tags charte/${id}/v… collide; give each one a unique \`id\``,
    noCharterFound: 'no charter found',
    standing: {
      never_signed: 'never signed',
      in_force: 'in force',
      due_soon: 'renewal due soon',
      overdue: 'renewal overdue',
      suspended: 'suspended',
      terminated: 'terminated',
    },
    versionSignedOn: (version: number | null, date: string) =>
      version === null ? `signed on ${date}` : `v${version} signed on ${date}`,
    dueOn: (date: string) => `due on ${date}`,
    daysLeft: (n: number) => plural('en', n, { one: '# day left', other: '# days left' }),
    daysLate: (n: number) => plural('en', n, { one: '# day late', other: '# days late' }),
    suspendedSince: (date: string, reason: string) => `since ${date} (reason: ${reason})`,
    resumedOn: (date: string) => `resumed on ${date}`,
    terminatedOn: (date: string, reason: string) => `on ${date} (reason: ${reason})`,
    amendedSinceSigning: 'changed since signing (change not signed)',
    work: {
      first_signature: (version: number) => `in progress: first signature of v${version}`,
      renewal: (version: number) => `in progress: renewal, v${version}`,
      amendment: (number: number, version: number, purpose: string | null) =>
        `in progress: amendment no. ${number} to v${version}${purpose ? ` (${purpose})` : ''}`,
      unsigned_change: (version: number) =>
        `in progress: signed v${version} was changed without an amendment and lacks required signatures; the signed text is still what counts: go through an amendment (charte amend) or the next version (charte renew --start)`,
    },
    signedBy: (list: string) => `signed by ${list}`,
    awaited: (list: string) => `awaited from ${list}`,
    decisionsMissing: (list: string) => `decision missing: ${list}`,
    joining: (list: string) => `joining: ${list}`,
    nobody: 'nobody',
    amendmentSigned: (number: number, date: string | null) =>
      date === null ? `amendment no. ${number} signed` : `amendment no. ${number} signed on ${date}`,
    historySigned: (version: number, date: string, commit: string) =>
      `v${version}: signed on ${date} (commit ${commit})`,
    historyNeverSigned: (version: number) => `v${version}: never fully signed`,
    renewedOnTime: (date: string) => `renewed on time (next version signed on ${date})`,
    renewedLate: (date: string) => `renewed late (next version signed on ${date})`,
    error: 'error',
    warning: 'warning',
    summary: (charters: string, asOf: string, parts: string) =>
      `${charters} as of ${asOf}${parts === '' ? '' : `: ${parts}`}`,
    summaryStanding: {
      never_signed: (n: number) => plural('en', n, { one: '# never signed', other: '# never signed' }),
      in_force: (n: number) => plural('en', n, { one: '# in force', other: '# in force' }),
      due_soon: (n: number) => plural('en', n, { one: '# due soon', other: '# due soon' }),
      overdue: (n: number) => plural('en', n, { one: '# overdue', other: '# overdue' }),
      suspended: (n: number) => plural('en', n, { one: '# suspended', other: '# suspended' }),
      terminated: (n: number) => plural('en', n, { one: '# terminated', other: '# terminated' }),
    },
    summaryWork: (n: number) =>
      plural('en', n, {
        one: '# signature or amendment in progress',
        other: '# signatures or amendments in progress',
      }),
    markdown: {
      title: (asOf: string) => `## Charter renewals as of ${asOf}`,
      header: ['Charter', 'Entities', 'Standing', 'Signed on', 'Due on', 'Time', 'In progress'],
      version: (version: number | null) => (version === null ? 'unknown version' : `v${version}`),
      amendedNote: (name: string) =>
        `${name}: text, commitments, entities or resources changed since signing; the change is still to be approved and signed (amendment).`,
      lateNote: (name: string, versions: string) => `${name}: renewed late after ${versions}.`,
      warnings: '### Warnings',
      none: '—',
    },
    ics: {
      calendar: 'Solidarity charters: renewals',
      dueSummary: (name: string, version: number | null) =>
        `Charter renewal due: ${name} (v${version ?? '?'})`,
      dueDescription: (
        name: string,
        path: string,
        version: number | null,
        signedOn: string,
        dueOn: string,
        entities: string,
        start: string,
      ) =>
        `Version ${version ?? '?'} of the charter "${name}" (${path}), signed on ${signedOn}, is due on ${dueOn}. Entities: ${entities}. Renewal is explicit: new decisions, new signatures, a new version (${start}).`,
      alarm: (name: string, months: number, dueOn: string) =>
        `${name}: due in ${plural('en', months, { one: '# month', other: '# months' })} (${dueOn})`,
      overdueSummary: (name: string, version: number | null, late: string) =>
        `OVERDUE: charter ${name} (v${version ?? '?'}), ${late}`,
      overdueDescription: (
        name: string,
        path: string,
        version: number | null,
        signedOn: string,
        dueOn: string,
        late: string,
      ) =>
        `Version ${version ?? '?'} of the charter "${name}" (${path}), signed on ${signedOn}, was due on ${dueOn}: ${late}. No later version is signed; there is no charter in force.`,
      overdueAlarm: (name: string) => `${name}: renewal overdue`,
      work: (text: string) => ` ${text}.`,
    },
  },
  lifecycle: {},
  blocks: {},
  export: {},
  report: {},
  opendata: {},
  validate: {},
  load: {},
  init: {},
  cli: {},
  log: {
    noSuchFile: (path: string) => `${path}: no such file; give the path of a charter in the repository`,
    inCommit: (sha: string) => ` in commit ${sha}`,
    signingOutsideHistory: ' (signing commit outside the available history)',
    tagElsewhere: ': elsewhere!',
    signedVersion: (head: string, date: string, where: string, due: string) =>
      `${head}: signed on ${date}${where}, due on ${due}`,
    notSignedYet: (head: string) => `${head}: not signed by every required entity yet`,
    signatures: '  signatures:',
    amendment: (number: number, purpose: string | null) =>
      `amendment no. ${number}${purpose === null ? '' : ` (${purpose})`}`,
    amendmentSigned: (name: string, date: string, where: string) => `${name}: signed on ${date}${where}`,
    amendmentOpen: (name: string) => `${name}: awaiting signatures`,
    kinds: {
      created: 'created',
      'history-starts': 'history starts',
      'new-version': 'new version',
      edited: 'edited',
      signature: 'signature',
      signed: 'signed',
      'amendment-opened': 'amendment opened',
      'amendment-signature': 'amendment signature',
      'amendment-signed': 'amendment signed',
      amended: 'changed after signing',
    },
    kindOfAmendment: (kind: string, number: number) => `${kind} no. ${number}`,
    renamedFrom: (path: string) => ` (renamed from ${path})`,
    noHistory: '(no git history)',
    uncommitted: 'working file: uncommitted changes',
    warning: 'warning: ',
  },
  diff: {},
};
