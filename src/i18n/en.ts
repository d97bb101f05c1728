/** The English catalogue: the same keys and parameters as the French one (src/i18n/fr.ts). */

import { formatNumber } from './format.js';
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
  lifecycle: {
    warningColon: ': ',
    icsLanguage: 'EN',
    help: {
      file: 'the charter',
      commit: 'commit the file alone',
      asOf: 'day of the check, YYYY-MM-DD (default: today): nothing can be dated after it',
      amend: {
        description:
          'open the next amendment to the signed version in force (the renewal date does not change); an entity may join through it',
        purpose: 'purpose of the amendment',
        join: 'id of an entity already declared under `entities` joining through this amendment (repeatable)',
        joinEntity:
          'declare an entity and have it join: id=…,name="…",type=…,country=FR[,role=associate][,decision_body=…] (repeatable)',
        date: 'opening date (or withdrawal date, with --withdraw), YYYY-MM-DD (default: today)',
        withdraw:
          'withdraw the open amendment before all its signers signed it: it does not take effect and its entities do not join (with --reason)',
        reason: 'reason for the withdrawal (with --withdraw)',
        decision: 'reference of the decision to withdraw it (with --withdraw)',
        examples: [
          'charte amend charters/ouaga.md --purpose "Accession of Eau Vive" --join-entity id=eau-vive,name="Eau Vive",type=association,country=FR',
          'charte amend charters/ouaga.md --purpose "Grant raised to €15,000" --date 2027-03-01 --commit',
          'charte sign charters/ouaga.md --entity eau-vive --signatory "A. Diallo" --capacity Chair --date 2027-04-02 --commit',
          'charte amend charters/ouaga.md --withdraw --reason "The association\'s board declined to join" --date 2027-05-10 --commit',
        ],
      },
      decide: {
        description: "record an entity's decision (under `decisions`, or an amendment's)",
        entity: 'id of the deciding entity',
        body: 'deciding body (e.g. "Conseil municipal")',
        reference: 'reference of the decision (e.g. DCM-2026-12)',
        date: 'date of the vote, YYYY-MM-DD',
        url: 'address of the published decision',
        fileOption: "copy of the decision in the charter's repository, pinned by its SHA-256 digest",
        amendment: 'number of the amendment the decision approves',
        examples: [
          'charte decide charters/ouaga.md --entity town --body "Town council" --reference DCM-2026-12 --date 2026-04-14 --file decisions/DCM-2026-12.pdf',
          'charte decide charters/ouaga.md --entity ouaga --body "Town council" --reference 2027-08 --date 2027-03-20 --amendment 1 --commit',
        ],
      },
      suspend: {
        description:
          'suspend the charter from a date, for a reason (no due date is computed while suspended)',
        date: 'date of the suspension, YYYY-MM-DD',
        reason: 'reason',
        decision: 'reference of the decision that suspends it',
        examples: [
          'charte suspend charters/ouaga.md --date 2027-09-01 --reason "Security situation" --commit',
        ],
      },
      resume: {
        description: 'record the resumption of a suspended charter',
        date: 'date of the resumption, YYYY-MM-DD',
        examples: ['charte resume charters/ouaga.md --date 2028-02-15 --commit'],
      },
      terminate: {
        description: 'terminate the charter on a date, for a reason (it is no longer renewed)',
        date: 'date of the termination, YYYY-MM-DD',
        reason: 'reason',
        decision: 'reference of the decision that terminates it',
        examples: [
          'charte terminate charters/ouaga.md --date 2029-06-30 --reason "End of the twinning" --decision DCM-2029-40',
        ],
      },
      commitment: {
        description: "record a commitment's progress (status, status_on, status_note)",
        id: 'id of the commitment (C1, C2…)',
        status: 'progress',
        note: 'progress note',
        date: 'date of the progress, YYYY-MM-DD (default: today)',
        examples: [
          'charte commitment charters/ouaga.md C1 --status in_progress --note "Two boreholes out of three restored"',
          'charte commitment charters/ouaga.md C3 --status done --date 2027-06-30 --commit',
        ],
      },
    },
    runner: {
      nothingSigned: 'nothing was signed',
      nothingChanged: 'nothing was changed',
      invalid: (path: string, refusal: string, details: string) =>
        `${path} is not a valid charter, ${refusal}; fix these errors first:\n${details}`,
      resultInvalid: (path: string, refusal: string, details: string) =>
        `${path}: the result would not be a valid charter, ${refusal}:\n${details}`,
      lockFailed: (path: string, reason: string) =>
        `${path}: cannot create the write lock next to the charter (${reason}); check the folder's permissions, nothing was written`,
      restored: (message: string) => `${message}; the file is back as it was`,
      signLocked: (path: string) =>
        `${path}: another signature of this charter is being recorded; nothing was signed, run the command again once it has finished`,
    },
    editor: {
      unparsable: 'the front matter does not parse: fix the errors `charte validate` reports first',
      flowRoot:
        'the front matter is written in flow style (`{...}`): write it as `key: value` lines so that it can be edited without rewriting it',
      notAList: (key: string) => `\`${key}\` is not a list: fix it (\`charte validate\`) before editing it`,
      unsupported: (key: string) =>
        `the value of \`${key}\` is written in a way charte cannot edit without rewriting the file: write it as a \`- ...\` list (or \`${key}: []\`) under the key, then try again`,
      flowMapping: (key: string) =>
        `\`${key}\` is written in flow style (\`{...}\`): write it as \`key: value\` lines so that charte can add a key to it, then try again`,
      verifyFailed: (detail: string) =>
        `the edit would have changed more than intended (${detail}): nothing was written; please report this file to charte's developers`,
    },
    values: {
      empty: (flag: string) => `${flag} is empty: give it a value`,
      control: (flag: string) =>
        `${flag} holds a control character or a line break: write the value on one line`,
      dateFormat: (flag: string, value: string) =>
        `${flag} ${value}: write the date as YYYY-MM-DD, e.g. 2026-03-31`,
      dateNotInCalendar: (flag: string, value: string) =>
        `${flag} ${value}: no such day in the calendar (months 1 to 12, 29 February in leap years only)`,
      dateFuture: (flag: string, value: string, asOf: string) =>
        `${flag} ${value} is in the future (today is ${asOf}): record an event on the day it took place, or later`,
      missing: (flags: string, usage: string) => `missing ${flags}: \`${usage}\``,
      number: (flag: string, value: string) => `${flag} ${value}: give an amendment number (1, 2…)`,
    },
    state: {
      terminated: (path: string, date: string) =>
        `${path}: the charter was terminated on ${date}: nothing more is recorded in it; a new cooperation starts with a new charter (\`charte init\`)`,
      suspended: (path: string, since: string) =>
        `${path}: the charter is suspended since ${since}: record its resumption first (\`charte resume ${path} --date YYYY-MM-DD\`)`,
      unknownEntity: (path: string, entity: string, guess: string | undefined, ids: string) =>
        `${path}: unknown entity \`${entity}\`${guess ? `; did you mean \`${guess}\`?` : ''} (the charter's entities: ${ids})`,
    },
    sign: {
      alreadySigned: (path: string, entity: string, version: number, signatory: string, date: string) =>
        `${path}: \`${entity}\` already signed version ${version} (${signatory}, on ${date}): one signature per entity and version; to change the charter during its term, open an amendment (\`charte amend\`); to renew it, open the next version (\`charte renew --start\`)`,
      joinAfterSigning: (path: string, entity: string, version: number, tag: string) =>
        `${path}: version ${version} is already signed and tagged (${tag}); \`${entity}\` joins it through an amendment: \`charte amend ${path} --purpose "Accession of …" --join ${entity}\`, then \`charte sign\``,
      dateBeforeDecision: (date: string, entity: string, reference: string, decided: string) =>
        `--date ${date} precedes the decision of \`${entity}\` (${reference}, of ${decided}): a charter is signed after the vote; check the date`,
      notAmendmentSigner: (path: string, entity: string, number: number, signers: string) =>
        `${path}: amendment no. ${number} is open and \`${entity}\` is not one of its signers: ${signers} sign it (\`charte sign --entity <id>\`); an entity that wants to join the charter joins through a later amendment, once this one is concluded`,
      amendmentAlreadySigned: (
        path: string,
        entity: string,
        number: number,
        signatory: string,
        date: string,
        awaited: string,
      ) =>
        `${path}: \`${entity}\` already signed amendment no. ${number} (${signatory}, on ${date}); signatures still expected: ${awaited}`,
      dateBeforeOpened: (date: string, number: number, opened: string) =>
        `--date ${date} precedes the opening of amendment no. ${number} (on ${opened}): check the date`,
      signsVersion: (
        path: string,
        entity: string,
        version: number,
        signatory: string,
        capacity: string,
        date: string,
      ) => `${path}: \`${entity}\` signs version ${version} (${signatory}, ${capacity}, on ${date}).`,
      signsAmendment: (
        path: string,
        entity: string,
        number: number,
        version: number,
        signatory: string,
        capacity: string,
        date: string,
      ) =>
        `${path}: \`${entity}\` signs amendment no. ${number} to version ${version} (${signatory}, ${capacity}, on ${date}).`,
      versionComplete: (version: number, signedOn: string, dueOn: string) =>
        `All required signers have signed: version ${version} signed on ${signedOn}, due for renewal on ${dueOn}.`,
      amendmentComplete: (number: number, signedOn: string, dueOn: string) =>
        `All required signers have signed: amendment no. ${number} concluded on ${signedOn}; the renewal date does not change (${dueOn}).`,
      stillExpected: (list: string) => `Signatures still expected: ${list}.`,
    },
    start: {
      notSigned: (path: string, version: number, missing: string, next: number) =>
        `${path}: version ${version} is not signed by ${missing} yet: finish it (\`charte sign\`) before opening version ${next}`,
      joinedAfterSigning: (path: string, version: number, missing: string, tag: string) =>
        `${path}: ${missing} is among the entities but did not sign version ${version}, already tagged (${tag}): an entity joining the charter joins through an amendment (\`charte amend ${path} --purpose "Accession of …" --join <id>\`)`,
      openAmendment: (path: string, number: number, awaited: string) =>
        `${path}: amendment no. ${number} still awaits the signature of ${awaited}: have it signed (\`charte sign\`), or withdraw it (\`charte amend ${path} --withdraw --reason …\`), before opening the next version, which takes over its text`,
      opened: (path: string, version: number, previous: number) =>
        `${path}: version ${version} opened (the signatures, decisions and amendments of version ${previous} were cleared from the file; git keeps them). Amend the text, have it voted, then \`charte sign\`.`,
    },
    amend: {
      notSigned: (path: string, version: number, missing: string) =>
        `${path}: version ${version} is not signed by ${missing} yet: an amendment changes a signed version; finish the signatures first (\`charte sign\`), or change the text directly while it is unsigned`,
      alreadyOpen: (path: string, number: number, awaited: string) =>
        `${path}: amendment no. ${number} is already open and awaits the signature of ${awaited}: have it signed (\`charte sign\`), or withdraw it (\`charte amend ${path} --withdraw --reason …\`), before opening another one`,
      joinUnknown: (path: string, entity: string, ids: string) =>
        `${path}: \`${entity}\` is not declared under \`entities\` (${ids}): add it to the front matter, or declare it here with \`--join-entity id=${entity},name=…,role=associate,type=association,country=FR\``,
      joinAlreadySigner: (path: string, entity: string, version: number) =>
        `${path}: \`${entity}\` already is a signer of version ${version}: it has nothing to join`,
      joinEntityExists: (path: string, entity: string) =>
        `${path}: \`${entity}\` is already declared under \`entities\`: use \`--join ${entity}\``,
      joinEntitySyntax: (value: string, problem: string) =>
        `--join-entity ${value}: ${problem}; write for example --join-entity id=assoc-x,name="Association X",role=associate,type=association,country=FR`,
      dateBeforeSigned: (date: string, version: number, signedOn: string) =>
        `--date ${date} precedes the signature of version ${version} (on ${signedOn}): an amendment changes a signed version; check the date`,
      dateBeforeAmendment: (date: string, number: number, signedOn: string) =>
        `--date ${date} precedes the conclusion of amendment no. ${number} (on ${signedOn}): check the date`,
      opened: (path: string, number: number, version: number, purpose: string) =>
        `${path}: amendment no. ${number} to version ${version} opened (“${purpose}”). Have it voted (\`charte decide --amendment ${number}\`), then signed (\`charte sign\`).`,
      joining: (n: number, list: string) =>
        plural('en', n, {
          one: `Joining the charter through this amendment: ${list}; it will sign later versions too.`,
          other: `Joining the charter through this amendment: ${list}; they will sign later versions too.`,
        }),
      signers: (list: string) => `Signers of the amendment: ${list}.`,
      nothingToWithdraw: (path: string, version: number) =>
        `${path}: no amendment is open on version ${version}: nothing to withdraw; a concluded amendment is changed by a new one (\`charte amend ${path} --purpose …\`)`,
      nothingToWithdrawSigning: (path: string, version: number, missing: string) =>
        `${path}: no amendment is open: version ${version} still awaits the signature of ${missing}; nothing to withdraw, its text is changed directly while it is unsigned`,
      entitiesRemoved: (n: number, list: string) =>
        plural('en', n, {
          one: `${list}, declared for this amendment, is removed from \`entities\`.`,
          other: `${list}, declared for this amendment, are removed from \`entities\`.`,
        }),
      entitiesKept: (n: number, list: string) =>
        plural('en', n, {
          one: `${list}, declared for this amendment, stays under \`entities\` because the file names it elsewhere (referents, commitments, resources, decisions or signatures): remove it by hand if it takes no part in the charter.`,
          other: `${list}, declared for this amendment, stay under \`entities\` because the file names them elsewhere (referents, commitments, resources, decisions or signatures): remove them by hand if they take no part in the charter.`,
        }),
      editsStay:
        'The other changes made in the file for this amendment (text, commitments, resources) stay: `charte diff` shows them; undo them, or take them up in a new amendment.',
      withdrawOnly: (n: number, flags: string) =>
        plural('en', n, {
          one: `${flags} only goes with --withdraw (withdrawing the open amendment)`,
          other: `${flags} only go with --withdraw (withdrawing the open amendment)`,
        }),
      withdrawFlags: (_n: number, flags: string) =>
        `${flags} cannot be used with --withdraw: a withdrawal takes --reason, and --date and --decision if needed`,
      withdrawBefore: (date: string, what: string, when: string) =>
        `--date ${date} precedes ${what} (on ${when}): check the date`,
      openingOf: (number: number) => `the opening of amendment no. ${number}`,
      withdrawalOf: (number: number) => `the withdrawal of amendment no. ${number}`,
      signatureOf: (number: number) => `the last signature of amendment no. ${number}`,
      withdrawn: (path: string, number: number, version: number, reason: string) =>
        `${path}: amendment no. ${number} to version ${version} withdrawn (“${reason}”): it does not take effect.`,
      notJoining: (n: number, list: string) =>
        plural('en', n, {
          one: `${list} does not join the charter through this amendment: it is no longer a required signer of later versions.`,
          other: `${list} do not join the charter through this amendment: they are no longer required signers of later versions.`,
        }),
    },
    decide: {
      amendmentUnknown: (path: string, number: number, numbers: string) =>
        `${path}: there is no amendment no. ${number} (${numbers}): open it first (\`charte amend\`)`,
      duplicate: (path: string, entity: string, reference: string) =>
        `${path}: decision ${reference} of \`${entity}\` is already recorded`,
      urlAndFile:
        '--url and --file exclude each other: the decision is online (--url) or in the repository (--file)',
      urlInvalid: (url: string) => `--url ${url}: give a full address (https://…)`,
      fileOutside: (file: string, root: string) =>
        `--file ${file} is outside the charter's repository (${root}): copy the decision into the repository, then give its path`,
      fileUnreadable: (file: string, reason: string) => `--file ${file}: ${reason}`,
      recorded: (path: string, entity: string, body: string, reference: string, date: string) =>
        `${path}: decision ${reference} of \`${entity}\` (${body}, of ${date}) recorded.`,
      recordedAmendment: (path: string, entity: string, reference: string, date: string, number: number) =>
        `${path}: decision ${reference} of \`${entity}\` (of ${date}) recorded for amendment no. ${number}.`,
      pinned: (file: string, sha: string) => `File ${file} pinned (SHA-256 ${sha}).`,
    },
    suspend: {
      already: (path: string, since: string) =>
        `${path}: the charter is already suspended since ${since}: to resume it, \`charte resume ${path} --date YYYY-MM-DD\``,
      dateBefore: (flag: string, date: string, what: string, when: string) =>
        `${flag} ${date} precedes ${what} (on ${when}): check the date`,
      lastSignature: "the charter's last signature",
      suspendedSince: 'the start of the suspension',
      suspended: (path: string, since: string, reason: string) =>
        `${path}: charter suspended since ${since} (${reason}). No due date is computed while it is suspended; \`charte resume\` records its resumption.`,
      notSuspended: (path: string) =>
        `${path}: the charter is not suspended: there is nothing to resume (\`charte renew\` shows where it stands)`,
      alreadyResumed: (path: string, since: string, resumed: string) =>
        `${path}: the suspension of ${since} already ended on ${resumed}`,
      resumed: (path: string, since: string, resumed: string) =>
        `${path}: charter resumed on ${resumed} (suspended since ${since}).`,
      alreadyTerminated: (path: string, date: string) =>
        `${path}: the charter was already terminated on ${date}`,
      terminated: (path: string, date: string, reason: string) =>
        `${path}: charter terminated on ${date} (${reason}). It is no longer renewed; git keeps its history.`,
    },
    commitment: {
      unknown: (path: string, id: string, guess: string | undefined, ids: string) =>
        `${path}: unknown commitment \`${id}\`${guess ? `; did you mean \`${guess}\`?` : ''} (commitments: ${ids})`,
      updated: (path: string, id: string, status: string, date: string) =>
        `${path}: commitment ${id} “${status}” as of ${date}.`,
      statuses: { planned: 'planned', in_progress: 'in progress', done: 'done', abandoned: 'abandoned' },
    },
    result: {
      committed: (hash: string) => `Committed ${hash}.`,
      tagged: (tag: string) => `Tagged ${tag}.`,
      decisionsMissing: (n: number, list: string) =>
        plural('en', n, {
          one: `Decision still expected: ${list} (\`charte decide\`).`,
          other: `Decisions still expected: ${list} (\`charte decide\`).`,
        }),
    },
    history: {
      signVersion: (id: string, entity: string, version: number) =>
        `charte(${id}): ${entity} signs v${version}`,
      signAmendment: (id: string, entity: string, version: number, number: number) =>
        `charte(${id}): ${entity} signs amendment no. ${number} to v${version}`,
      signatureLine: (signatory: string, capacity: string, date: string, place: string | undefined) =>
        `${signatory} (${capacity}), ${date}${place ? `, ${place}` : ''}`,
      versionTag: (id: string, version: number, signedOn: string) =>
        `charte(${id}): v${version} signed ${signedOn}`,
      amendmentTag: (id: string, version: number, number: number, signedOn: string) =>
        `charte(${id}): amendment no. ${number} to v${version} concluded ${signedOn}`,
      start: (id: string, version: number) => `charte(${id}): start v${version}`,
      amend: (id: string, version: number, number: number, purpose: string) =>
        `charte(${id}): open amendment no. ${number} to v${version}\n\n${purpose}`,
      decide: (id: string, entity: string, reference: string) =>
        `charte(${id}): decision ${reference} of ${entity}`,
      suspend: (id: string, since: string, reason: string) =>
        `charte(${id}): suspended ${since}\n\n${reason}`,
      resume: (id: string, date: string) => `charte(${id}): resumed ${date}`,
      withdraw: (id: string, version: number, number: number, reason: string) =>
        `charte(${id}): withdraw amendment no. ${number} to v${version}\n\n${reason}`,
      terminate: (id: string, date: string, reason: string) =>
        `charte(${id}): terminated ${date}\n\n${reason}`,
      commitment: (id: string, commitment: string, status: string) =>
        `charte(${id}): commitment ${commitment} ${status}`,
    },
    rules: {
      amendmentNumbers: (expected: number, found: number) =>
        `amendment no. ${found} in this place: amendments are numbered 1, 2, 3… in order (expected: ${expected})`,
      amendmentsOpen: (first: number) =>
        `two amendments await signatures (no. ${first} and this one): one amendment is open at a time; have the first one signed (\`charte sign\`)`,
      amendmentUnsignedVersion:
        'amendment to a version not yet signed by all its required signers: an amendment changes a signed version; remove it and change the text directly',
      joiningUndeclared: (entity: string) =>
        `\`${entity}\` joins the charter through this amendment but is not declared under \`entities\`: add it`,
      joiningTwice: (entity: string, first: number) =>
        `\`${entity}\` already joined the charter through amendment no. ${first}`,
      notAmendmentSigner: (entity: string, number: number, signers: string) =>
        `\`${entity}\` is not a signer of amendment no. ${number} (signers: ${signers}): remove this signature`,
      duplicateAmendmentSignature: (entity: string, number: number) =>
        `\`${entity}\` already signed amendment no. ${number}: one signature per entity`,
      amendmentDateBeforeVersion: (date: string, signedOn: string) =>
        `date ${date} precedes the signature of the version (${signedOn}): an amendment follows the version it changes`,
      signatureBeforeOpened: (date: string, opened: string) =>
        `signature of ${date} precedes the opening of the amendment (${opened})`,
      withdrawnBeforeOpened: (date: string, opened: string) =>
        `withdrawal of ${date} precedes the opening of the amendment (${opened}): fix \`withdrawn.date\``,
      withdrawnJoiningSigner: (entity: string, number: number) =>
        `\`${entity}\` was to join the charter through amendment no. ${number}, which is withdrawn, and is still marked \`required_signer: true\`: the version would await its signature; remove \`required_signer\`, or have it join through a new amendment (\`charte amend --join ${entity}\`)`,
      withdrawnSigned: (number: number) =>
        `amendment no. ${number} is signed by all its signers: it took effect and can no longer be withdrawn; remove \`withdrawn\` and change it through a new amendment (\`charte amend\`)`,
      decisionFileMissing: (path: string) =>
        `file ${path} is not in the repository: put it back at this path or fix \`path\``,
      decisionFileOutside: (path: string) =>
        `file ${path} is outside the charter's repository: copy it into the repository and fix \`path\``,
      decisionFileChanged: (path: string, actual: string) =>
        `file ${path} changed since it was recorded (SHA-256 now ${actual}): put back the voted document, or record the new one with \`charte decide --file\``,
      resumedBeforeSince: (resumed: string, since: string) =>
        `resumed on ${resumed}, before the suspension started (${since}): fix \`resumed_on\``,
      suspendedBeforeSignature: (since: string, signedOn: string) =>
        `suspended on ${since}, before the last signature (${signedOn}): check the date`,
      terminatedBeforeSignature: (date: string, signedOn: string) =>
        `terminated on ${date}, before the last signature (${signedOn}): check the date`,
      statusOnWithoutStatus:
        '`status_on` or `status_note` without `status`: add the status (`charte commitment`)',
    },
  },
  blocks: {
    semicolonBefore: ';',
    colonBefore: ':',
    doc: {
      between: 'Between:',
      withSupportOf: 'with the support of:',
      approvesBy: (body: string) =>
        `, which approves this charter by a vote of its decision-making body (${body})`,
      hereinafter: 'hereinafter "the partners".',
      agenda21Objective: (objective: string) => `It implements objective ${objective} of the Agenda 21`,
      agenda21Action: (action: string) => `, action "${action}"`,
      agenda21Indicator: (indicator: string) => ` Indicator: ${indicator}.`,
      purpose: (north: string, south: string) =>
        `The purpose of this charter is to establish a lasting and reciprocal cooperation between ${north}, on the one hand, and ${south}, on the other hand.`,
      tableHead: '| Entity | Role | Country | Referents |',
      referentSeparator: '; ',
      pillarLine: (pillar: string, text: string) => `- **${pillar}**: ${text}`,
      sdgs: (list: string) =>
        `The charter contributes to the following UN Sustainable Development Goals (SDGs): ${list}.`,
      commitmentsIntro: (n: number) =>
        plural('en', n, {
          one: 'The partners make the following commitment:',
          other: 'The partners make the following commitments:',
        }),
      carriedBy: (carriers: string) => `Carried by ${carriers}`,
      referent: (name: string) => `; referent: ${name}`,
      pillars: (list: string) => `Pillars: ${list}`,
      commitmentSdgs: (list: string) => `; SDG ${list}`,
      actions: (n: number, list: string) =>
        plural('en', n, { one: `; Agenda 21 action: ${list}`, other: `; Agenda 21 actions: ${list}` }),
      due: (date: string) => `; due: ${date}`,
      resourcesIntro: 'To carry out the project, each partner brings the following resources:',
      financialForecast:
        "The amounts given are forecasts. They are entered each year in each partner's budget, subject to the vote of its decision-making body, and their use is presented in the annual review.",
      financialLater:
        "Financial resources will be specified by the follow-up committee as projects take shape; they are entered in each partner's budget, subject to the vote of its decision-making body.",
      governance: (associates: string) =>
        `It brings together the referents named above${associates === '' ? '' : ` and representatives of ${associates}`}. It meets at least once a year, in person or remotely, and whenever a partner asks.`,
      pilot: (pilot: string, services: string, others: string) =>
        `The action is led by: ${pilot}${services === '' ? '' : `, with ${services}`}${others === '' ? '' : `; also involved: ${others}`}.`,
      evaluationIntro:
        'Evaluation of the action (from 0 to 3 ★; the more stars, the greater the feasibility, impact or scope of the action):',
      evaluationHead: '| Criterion | Rating |',
      evaluationLater:
        'The evaluation covers six criteria rated from 0 to 3 ★ (top rating ★★★): environment, economy, social, solidarity with future generations, North-South solidarity and geographic scope. The follow-up committee sets the first rating at its first annual review.',
      duration: (years: number) =>
        `The charter takes effect on the date of the last signature of the signing entities. It is concluded for ${plural('en', years, { one: '# year', other: '# years' })}.`,
      tacit: (months: number) =>
        `It is tacitly renewed for the same period unless a partner gives notice at least ${months} months before it expires. The follow-up committee nevertheless reviews it at each expiry.`,
      explicit: (months: number) =>
        `Its renewal is explicit: at the latest ${months} months before expiry, the follow-up committee reviews it and proposes a new version, approved by new votes and bearing new signatures. Otherwise the charter ends on expiry.`,
      withdrawal: (months: number) =>
        `Each partner may end its participation by a vote of its decision-making body, notified to the other partners at least ${months} months in advance; actions under way are then completed or closed by agreement.`,
      originals: (count: string, n: number, signers: string) =>
        plural('en', n, {
          one: `Done in one original, for ${signers}.`,
          other: `Done in ${count} originals, one for each signing entity: ${signers}.`,
        }),
      optionalSigners: (list: string) =>
        `The following may also sign the charter, their signature not being required for it to take effect: ${list}.`,
    },
    unknownBlock: (name: string, known: string) =>
      `unknown generated block "${name}": the known blocks are ${known}; fix the name or remove the markers`,
    unclosed: (name: string) =>
      `block "${name}" is not closed: add the line \`<!-- charte:end ${name} -->\` after its content`,
    strayEnd: (name: string) =>
      `end of block "${name}" without a start: add \`<!-- charte:begin ${name} -->\` before its content, or remove this line`,
    mismatchedEnd: (name: string, open: string) =>
      `end of block "${name}" while block "${open}" is open: blocks do not nest`,
    duplicate: (name: string, line: number) =>
      `block "${name}" appears twice (already on line ${line}): keep only one`,
    stale: (name: string, written: string, expected: string) =>
      `block "${name}" says ${written}, the data say ${expected}; run \`charte sync\` to regenerate it`,
    staleMissing: (name: string, expected: string) =>
      `block "${name}" stops before ${expected} (which the data say); run \`charte sync\` to regenerate it`,
    staleExtra: (name: string, written: string) =>
      `block "${name}" still says ${written}, which the data no longer say; run \`charte sync\` to regenerate it`,
    nothing: 'nothing',
    placeholder: (text: string, context: string) =>
      `"${text}" must be replaced before signing: complete "${context}"`,
    placeholderRefused: (count: number) =>
      plural('en', count, {
        one: 'the charter still holds # placeholder: replace it before signing or exporting the final version',
        other:
          'the charter still holds # placeholders: replace them before signing or exporting the final version',
      }),
    notFresh: (path: string, count: number) =>
      plural('en', count, {
        one: `${path}: # generated block no longer matches the data; run \`charte sync ${path}\` and read it again`,
        other: `${path}: # generated blocks no longer match the data; run \`charte sync ${path}\` and read them again`,
      }),
    invalid: (path: string) =>
      `${path}: the charter has errors (see \`charte validate ${path}\`): its blocks cannot be regenerated`,
    updated: (path: string, names: string) => `${path}: blocks regenerated (${names})`,
    upToDate: (path: string) => `${path}: blocks up to date`,
    noBlocks: (path: string) =>
      `${path}: no generated block; see docs/blocks.md to mark the passages that repeat the data`,
    wouldUpdate: (path: string, names: string) =>
      `${path}: stale blocks (${names}); run \`charte sync ${path}\``,
    summary: (updated: number, total: number) =>
      `${plural('en', updated, { one: '# file updated', other: '# files updated' })} out of ${total}`,
    checkSummary: (stale: number, total: number) =>
      `${plural('en', stale, { one: '# file to regenerate', other: '# files to regenerate' })} out of ${total}`,
    help: {
      description:
        'regenerate the generated blocks of the text (parties, commitments, resources, signatories...) from the front matter',
      paths: 'files, directories or globs (default: .)',
      asOf: 'day of the check, YYYY-MM-DD (default: today)',
      check: 'change nothing: exit with code 1 when a block is stale (for CI)',
      examples: [
        'charte sync charters/villeneuve-kassande.md',
        'charte sync --check                  # in CI: fails when a block is stale',
      ],
    },
  },
  export: {
    imageRefused: (
      reason:
        | 'scheme'
        | 'external'
        | 'outside'
        | 'missing'
        | 'symlink'
        | 'not-a-file'
        | 'too-large'
        | 'format'
        | 'bad-url'
        | 'budget',
      q: string,
      root: string,
    ) =>
      ({
        scheme: `image "${q}" refused: only images from the repository are exported`,
        external: `image "${q}" not included: an exported document loads nothing from the network; copy the image into the repository and give its relative path`,
        outside: `image "${q}" refused: it lies outside the repository (${root}); only images from the repository are exported`,
        missing: `image "${q}" not found in the repository: check its path (relative to the charter's file)`,
        symlink: `image "${q}" refused: it is a symbolic link`,
        'not-a-file': `image "${q}" refused: it is not a file`,
        'too-large': `image "${q}" refused: it is larger than 10 MiB; make it smaller`,
        format: `image "${q}" refused: it is not a PNG, JPEG, GIF, WebP or SVG image`,
        'bad-url': `image "${q}" refused: unreadable address`,
        budget: `image "${q}" not included: the document's images exceed 50 MiB`,
      })[reason],
    resolveCommit: (ref: string, root: string) =>
      `--ref ${ref}: no commit or tag of that name in ${root}; see \`git log --oneline\` and \`git tag\``,
    bodyTree: 'Back to content',
    linkRefused: (q: string) =>
      `link "${q}" refused: only http, https and mailto links are exported; its text is kept without the link`,
    bindingAgreement: 'binding agreement (CGCT, art. L.1115-1)',
    politicalCommitment: 'political commitment',
    colon: ': ',
    and: 'and',
    subject: (kind: string, version: number, entities: string) =>
      `${kind}, version ${version}, between ${entities}`,
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
    amendmentDocument: {
      kind: (number: number) => `Amendment no. ${number}`,
      metaTitle: (number: number, title: string) => `Amendment no. ${number} to the charter “${title}”`,
      footer: (title: string, number: number, version: number, revision: string) =>
        `${title} · amendment no. ${number} to version ${version} · ${revision}`,
      purpose: 'Purpose',
      amendedVersion: 'Version amended',
      amendedVersionValue: (version: number, signedOn: string) => `version ${version}, signed on ${signedOn}`,
      openedOn: 'Opened on',
      concludedOn: 'Concluded on',
      awaiting: 'Signatures awaited',
      amendedBy: 'Amended by',
      amendedByValue: (number: number, date: string) => `amendment no. ${number} of ${date}`,
      changes: {
        entityAdded: (entity: string, country: string) =>
          `addition of ${entity} (${country}) to the entities of the charter`,
        entityRemoved: (entity: string) => `removal of ${entity} from the entities of the charter`,
        commitmentAdded: (code: string, title: string) => `addition of commitment ${code} “${title}”`,
        commitmentRemoved: (code: string, title: string) => `removal of commitment ${code} “${title}”`,
        commitmentTitle: (code: string, title: string) => `commitment ${code} is now titled “${title}”`,
        resourceAmount: (description: string, by: string, before: string, after: string, raised: boolean) =>
          `the amount of the resource “${description}” brought ${by} is ${raised ? 'raised' : 'lowered'} from ${before} to ${after}`,
        resourceAdded: (description: string, by: string, amount: string) =>
          `addition of the resource “${description}” brought ${by}${amount ? ` (${amount})` : ''}`,
        resourceRemoved: (description: string, by: string) =>
          `removal of the resource “${description}” brought ${by}`,
      },
      articlePurpose: (n: number) => `Article ${n} – Purpose`,
      articleChanges: (n: number) => `Article ${n} – Changes`,
      articleJoining: (n: number) => `Article ${n} – Accession`,
      articleEffect: (n: number) => `Article ${n} – Entry into effect`,
      changesIntro: (title: string, base: string) =>
        `The charter “${title}”, ${base}, is amended as follows:`,
      baseVersion: (version: number, signedOn: string) => `in its version ${version} signed on ${signedOn}`,
      baseAmendment: (version: number, number: number, signedOn: string) =>
        `in its version ${version} as amended by amendment no. ${number} of ${signedOn}`,
      noChange: 'This amendment changes neither the data nor the text of the charter.',
      sectionChanged: (title: string) => `the text of the part “${title}” is changed`,
      sectionAdded: (title: string) => `a part “${title}” is added to the text`,
      sectionRemoved: (title: string) => `the part “${title}” is removed from the text`,
      preambleChanged: 'the text before the first part is changed',
      newWording: (title: string) => `The part “${title}” now reads as follows:`,
      preambleWording: 'The text before the first part now reads as follows:',
      joining: (n: number, names: string) =>
        plural('en', n, {
          one: `${names} joins the charter through this amendment and will sign its later versions.`,
          other: `${names} join the charter through this amendment and will sign its later versions.`,
        }),
      effect: (dueOn: string) =>
        `This amendment takes effect on the date of its last signature. It does not change the renewal date of the charter (${dueOn}). The other provisions of the charter remain unchanged.`,
      decisions: 'Decisions',
      only: '--amendment is for one charter only: name its file',
      number: (value: string) => `--amendment ${value}: give an amendment number (1, 2…)`,
      unknown: (path: string, number: number, numbers: string) =>
        `${path}: there is no amendment no. ${number} (${numbers}); open it first (\`charte amend\`)`,
      withdrawn: (path: string, number: number, date: string) =>
        `${path}: amendment no. ${number} was withdrawn on ${date}: it has no document; see \`charte log\``,
      noRepository: (path: string) =>
        `${path}: an amendment's document compares its text with the signed text, read from git; the charter must be in a git repository`,
      noSignedText: (path: string, version: number) =>
        `${path}: the signed text of version ${version} is not in the git history; commit the signatures (\`charte sign … --commit\`), then export the amendment`,
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
  report: {
    listSeparator: '; ',
    listSeparator2: '; ',
    colon2: ': ',
    semicolon2: '; ',
    colon: ': ',
    semicolon: '; ',
    listSeparator3: '; ',
    listSeparator4: '; ',
    listSeparator5: '; ',
    colon3: ': ',
    help: {
      description:
        'portfolio of the charters for the follow-up committee: indicator, charters to act on by urgency, work in progress, decisions, commitments, resources, ODA worksheet (L.1115-6 CGCT), evaluation; text, Markdown, JSON, CSV, HTML or PDF with timeline and charts',
      paths: 'files, directories or globs (default: .)',
      format: 'output format',
      output: 'file to write (default: standard output; html and pdf: report-<date>.html|pdf)',
      asOf: 'day of the report, YYYY-MM-DD (default: today)',
      year: 'year of the decisions and of the ODA worksheet (default: decisions of the report’s year, worksheet of every year)',
      months: 'horizon of the upcoming commitments, in months',
      state: (states: string) => `keep only these standings (commas): ${states}`,
      country: 'country of one of the entities, ISO 3166 (commas): BF,SN',
      entity: 'code or part of the name of an entity',
      pilot: 'part of the pilot service (agenda21.pilot)',
      tag: 'tags (commas): odd:6 or sdg:6 (SDG), a21:19 (Agenda 21 action), obj:o1 (objective)',
      examples: [
        'charte report                                   # in the terminal, by urgency',
        'charte report charters/ --format markdown > committee.md',
        'charte report --format pdf -o report-2026.pdf',
        'charte report --format oda --year 2025 > oda-2025.csv   # L.1115-6 CGCT worksheet',
        'charte report --state overdue,never_signed --country BF',
        'charte report --tag sdg:6 --format csv > charters.csv',
      ],
      defaultFile: 'report',
    },
    title: 'Portfolio of solidarity charters',
    asOf: (date: string) => `as of ${date}`,
    summary: (compliant: number, counted: number) =>
      plural('en', counted, {
        one: `${formatNumber(compliant, 'en')} of # partnership has a signature in force, renewed on time`,
        other: `${formatNumber(compliant, 'en')} of # partnerships have a signature in force, renewed on time`,
      }),
    summaryCounts: {
      overdue: (n: number) => plural('en', n, { one: '# charter overdue', other: '# charters overdue' }),
      due_soon: (n: number) =>
        plural('en', n, { one: '# due for renewal soon', other: '# due for renewal soon' }),
      never_signed: (n: number) => plural('en', n, { one: '# never signed', other: '# never signed' }),
      in_force: (n: number) => plural('en', n, { one: '# in force', other: '# in force' }),
      suspended: (n: number) => plural('en', n, { one: '# suspended', other: '# suspended' }),
      terminated: (n: number) => plural('en', n, { one: '# terminated', other: '# terminated' }),
    },
    noCharter: 'No charter matches.',
    standing: {
      never_signed: 'never signed',
      in_force: 'in force',
      due_soon: 'renewal due soon',
      overdue: 'renewal overdue',
      suspended: 'suspended',
      terminated: 'terminated',
    },
    late: (days: number) => plural('en', days, { one: '# day late', other: '# days late' }),
    left: (days: number) => plural('en', days, { one: 'in # day', other: 'in # days' }),
    dueOn: (date: string) => `due on ${date}`,
    inForceUntil: (date: string) => `in force until ${date}`,
    signedOn: (version: number, date: string) => `version ${version} signed on ${date}`,
    suspendedSince: (date: string, reason: string) => `suspended since ${date}${reason ? `: ${reason}` : ''}`,
    terminatedOn: (date: string, reason: string) => `terminated on ${date}${reason ? `: ${reason}` : ''}`,
    action: {
      sign: (name: string) => `chase the signature of ${name}`,
      decision: (name: string) => `decision missing: ${name}`,
      start_renewal: 'open the renewal (charte renew --start)',
      prepare_renewal: (date: string) => `prepare the renewal before ${date}`,
      sign_amendment: (name: string) => `chase the signature of the amendment by ${name}`,
      amendment_decision: (name: string) => `decision missing for the amendment: ${name}`,
    },
    work: {
      first_signature: (version: number) => `first signature (version ${version})`,
      renewal: (version: number) => `renewal (version ${version})`,
      amendment: (number: number, purpose: string) =>
        `amendment no. ${number}${purpose ? `: ${purpose}` : ''}`,
      signed: (names: string) => `signed by ${names}`,
      awaited: (names: string) => `signature awaited from ${names}`,
      decisionsMissing: (names: string) => `decision missing: ${names}`,
      joining: (names: string) => `joining the charter: ${names}`,
      nobody: 'nobody',
    },
    heading: {
      indicator: 'Agenda 21 indicator',
      attention: 'Charters to act on, most urgent first',
      all: 'All charters',
      work: 'Work in progress',
      decisions: (year: number) => `Decisions of ${year}`,
      overdueCommitments: 'Overdue commitments',
      upcomingCommitments: (months: number) =>
        plural('en', months, {
          one: 'Commitments due in the next month',
          other: 'Commitments due in the next # months',
        }),
      byReferent: 'Commitments by referent',
      resources: 'Resources committed',
      byYear: 'By year',
      byCurrency: 'By currency',
      byCountry: 'By partner country',
      byEntity: 'By entity',
      worksheet: 'Official development assistance (article L.1115-6 CGCT)',
      evaluation: 'Evaluation: the six-criterion grid',
      timeline: 'Timeline of the charters',
      notes: 'Warnings',
    },
    column: {
      charter: 'Charter',
      standing: 'Standing',
      detail: 'Due date',
      actions: 'To do',
      work: 'Work in progress',
      entity: 'Entity',
      body: 'Body',
      reference: 'Reference',
      date: 'Date',
      commitment: 'Commitment',
      due: 'Due',
      status: 'Progress',
      referent: 'Referent',
      year: 'Year',
      currency: 'Currency',
      amount: 'Amount',
      country: 'Country',
      declarant: 'Declaring authority',
      partner: 'Partner',
      financial: 'Financial',
      inKind: 'In kind (valued)',
      total: 'Total',
      average: 'Average',
      noReferent: 'no referent',
    },
    commitmentStatus: {
      planned: 'planned',
      in_progress: 'in progress',
      done: 'done',
      abandoned: 'abandoned',
      none: 'not given',
    },
    commitmentLate: (days: number) => plural('en', days, { one: '# day late', other: '# days late' }),
    amendmentOf: (number: number, date: string) => `amendment no. ${number} of ${date}`,
    forAmendment: (number: number) => `amendment no. ${number}`,
    none: 'Nothing to report.',
    worksheetNote:
      'Amounts per calendar year: a yearly amount counts in every year of the period of the version in force, a total amount is split evenly over those years, a one-off amount counts in the year of the signature; no currency conversion.',
    chart: {
      timelineTitle: 'Timeline: versions, signatures, amendments and due dates of every charter',
      timelineDesc: (n: number, late: number, date: string) =>
        `${plural('en', n, { one: '# charter', other: '# charters' })} on a timeline; ${plural('en', late, { one: '# overdue, marked', other: '# overdue, marked' })} with hatching and a cross; vertical line: ${date}.`,
      today: 'today',
      signature: 'signature',
      amendment: 'amendment',
      due: 'due date',
      lateLegend: 'overdue (hatching, cross)',
      inForceLegend: 'period in force',
      resourcesTitle: 'Resources per year and currency',
      resourcesDesc: (currencies: string) =>
        `Bar chart of the amounts committed each year, one panel per currency (${currencies}); the table below gives the same figures.`,
      countryTitle: 'Resources per partner country',
      countryDesc: (countries: string) =>
        `Horizontal bars of the amounts per partner country (${countries}); the table below gives the same figures.`,
      dataTable: 'Data of the chart',
      noData: 'no amount',
    },
    written: (path: string) => `report written to ${path}`,
    generated: (date: string) => `Report produced by charte on ${date}.`,
    badState: (value: string, allowed: string) => `--state ${value}: unknown state; choose among ${allowed}`,
    badYear: (value: string) => `--year ${value}: write a four-digit year, e.g. 2025`,
    badMonths: (value: string) => `--months ${value}: write a number of months between 1 and 60`,
    noChartersFound: 'no charter found',
  },
  validate: {
    quote: (text: string) => `"${text}"`,
    patternHints: {
      slug: 'lower-case letters without accents, digits and hyphens, e.g. `town-north` or `commune-south`',
      country: 'an ISO 3166-1 alpha-2 country code in upper case, e.g. `FR`, `BF`, `SN`',
      currency: 'an ISO 4217 currency code in upper case, e.g. `EUR`, `XOF`, `MGA`',
      language: 'a BCP 47 language tag, e.g. `fr`, `en`, `pt-BR`',
      text: 'a non-empty text',
      actionRef: 'an action reference in quotes, e.g. `"19"`',
      objective: 'an objective such as `O1`',
      commitmentId: 'a code such as `C1`, `C2`',
    },
    emptyBody:
      'the charter has no text after the front matter: write the preamble, commitments... (`charte init` gives an outline)',
    outlineSection: (section: string, language: string) =>
      `section "${section}" is missing from the text: add a \`## ${section}\` heading (charter outline in ${language})`,
    notACharter: 'this file is not a charter: its front matter has no `charte: 1` key',
    internalError: (detail: string) =>
      `this file could not be checked (${detail}): please report it with the file`,
    duplicateCharterId: (id: string, others: string) =>
      `id \`${id}\` is also the id of ${others}: each charter has a unique \`id\``,
    frontMatterWhere: 'the front matter',
    kindEmpty: 'an empty value',
    kindList: 'a list',
    kindText: 'text',
    kindNumber: 'a number',
    kindBoolean: 'a boolean (true/false)',
    kindMapping: 'a mapping',
    expectText: 'text',
    expectInteger: 'a whole number',
    expectNumber: 'a number',
    expectBoolean: 'true or false',
    expectList: 'a list (`- ...` lines)',
    expectMapping: 'a mapping (`key: value` lines)',
    requiredKey: (key: string, where: string) => `required key \`${key}\` is missing from ${where}: add it`,
    unknownKeyDidYouMean: (suggestion: string) => `did you mean \`${suggestion}\`?`,
    unknownKeyKnown: (knownKeys: string) => `known keys: ${knownKeys}; free data goes under \`extensions:\``,
    unknownKey: (key: string, where: string, hint: string) => `unknown key \`${key}\` in ${where}: ${hint}`,
    enumHead: (code: string, where: string) => `${code} is not allowed for ${where}`,
    enumDidYouMean: (suggestion: string, list: string) =>
      `did you mean \`${suggestion}\`? (allowed: ${list})`,
    enumAllowed: (list: string) => `allowed: ${list}`,
    enumValue: (head: string, tail: string) => `${head}: ${tail}`,
    constValue: (where: string, code: string, code2: string) => `${where} must be ${code} (found ${code2})`,
    quoteHint: (value: string) => `; put the value in quotes: "${value}"`,
    wrongType: (where: string, joinList: string, found: string, quoteHint: string) =>
      `${where} must be ${joinList}, not ${found}${quoteHint}`,
    notACalendarDate: (code: string, where: string) =>
      `${code} is not a calendar date (${where}): write YYYY-MM-DD, e.g. 2026-03-31`,
    formatEmail: 'an email address (name@example.org)',
    formatUri: 'a full web address (https://...)',
    wrongFormat: (code: string, what: string, where: string) => `${code} is not ${what} (${where})`,
    patternMismatch: (code: string, where: string, expected: string) =>
      `${code} does not fit ${where}: expected ${expected}`,
    emptyText: (where: string) => `${where} is empty: write some text`,
    minItems: (where: string, min: number, has: number) =>
      `${where} needs at least ${plural('en', min, { one: '# item', other: '# items' })} (it has ${has})`,
    uniqueItems: (where: string, first: string, second: string) =>
      `${where} holds the same value twice (items ${first} and ${second}): remove the duplicate`,
    minimum: (where: string, fallback: string) => `${where}: ${fallback}`,
    outOfRange: (where: string, value: string, atLeast: boolean, bound: number) =>
      `${where} is ${value}: it must be ${atLeast ? 'at least' : 'at most'} ${bound}`,
    rules: {
      entityCode: 'entity code',
      commitmentCode: 'commitment code',
      duplicateId: (what: string, id: string, first: number) =>
        `${what} \`${id}\` already used (item ${first}): each code is unique`,
      noEntityOfRole: (role: string) =>
        `no entity with role \`${role}\`: a charter binds at least one entity of the North (\`north\`) and one of the South (\`south\`)`,
      unknownEntity: (value: string, suggestion: string | undefined, entities: string) =>
        `\`${value}\` names no declared entity${suggestion ? `: did you mean \`${suggestion}\`?` : ''} (entities: ${entities})`,
      referentMissing: (entity: string) =>
        `entity \`${entity}\` has no referent: add a person under \`referents\` with \`entity: ${entity}\``,
      unknownReferent: (name: string, suggestion: string | undefined) =>
        `\`${name}\` is the name of no declared referent${suggestion ? `: did you mean \`${suggestion}\`?` : ''}`,
      pillarNotCarried: (pillar: string) =>
        `no commitment carries the \`${pillar}\` pillar: add it to the \`pillars\` of a commitment`,
      duplicateSignature: (entity: string, first: number) =>
        `entity \`${entity}\` already signed this version (signature ${first}): one signature per entity and version`,
      signatureBeforeDecision: (date: string, entity: string, decided: string) =>
        `signature of ${date} precedes the decision of \`${entity}\` of ${decided}: sign after the vote`,
      unknownDecision: (decision: string, entity: string, references: string) =>
        `\`${decision}\` matches no decision of \`${entity}\` (${references})`,
      decisionMissing: (entity: string) =>
        `\`${entity}\` signed with no recorded decision: add its body's vote under \`decisions\``,
      dateBefore1900: (date: string, year: string) =>
        `date ${date}: the year ${year} is before 1900, a typing error for a charter; write the full year (YYYY-MM-DD, e.g. 2026-03-31)`,
      futureDate: (date: string, asOf: string) =>
        `date ${date} is in the future (checked as of ${asOf}): a signature, decision or suspension is dated the day it happened`,
      bindingFinancial:
        'a convention (`binding: true`) states at least one financial resource (`type: financial`, amount and currency)',
      bindingDecision: (entity: string) =>
        `a convention (\`binding: true\`) needs a decision of \`${entity}\`: add it under \`decisions\``,
    },
  },
  prompts: {
    entityName: (role: string) => `Name of the entity ${role}`,
    referentName: (entity: string) => `Referent for ${entity}: name`,
    anotherReferent: (entity: string) => `Another referent for ${entity}?`,
    commitmentTitle: (n: number) => `Commitment C${n}: title`,
    french: 'French',
    english: 'English',
    languageOfTheCharter: 'Language of the charter',
    titleOfTheCharter: 'Title of the charter',
    identifierFileName: 'Identifier (file name)',
    lowerCaseDigitsAnd: 'lower case, digits and hyphens, e.g. kassande-charter',
    howTheCharterIntegrates:
      'How the charter integrates the three pillars of sustainable development. Enter keeps the text offered.',
    sustainableDevelopment: 'Sustainable development',
    linkedAgendaActionsComma: 'Linked Agenda 21 actions (comma-separated)',
    referencesSuchAsOr: 'references such as 19, 95 or 3.2',
    ofTheNorth: 'of the North',
    ofTheSouth: 'of the South',
    associate: 'associate',
    townOfSaintAubin: 'Town of Saint-Aubin-les-Prés',
    akwadumDistrictAssembly: 'Akwadum District Assembly',
    twinningCommittee: 'Twinning committee',
    type: 'Type',
    countryTwoLetterIso: 'Country (two-letter ISO code)',
    twoLettersEG: 'two letters, e.g. BF',
    decisionMakingBody: 'Decision-making body',
    codeOfTheEntity: 'Code of the entity (used by the other fields)',
    lowerCaseDigitsAnd2: 'lower case, digits and hyphens',
    codeAlreadyTaken: 'code already taken',
    addAnotherEntityOf: 'Add another entity of the North?',
    addAnotherEntityOf2: 'Add another entity of the South?',
    addAnAssociatePartner: 'Add an associate partner (twinning committee, association, NGO)?',
    function: 'Function',
    deputyMayorForInternational: 'Deputy mayor for international solidarity',
    kind: 'Kind',
    notGiven: 'not given',
    emailOptional: 'Email (optional)',
    invalidAddress: 'invalid address',
    restoreThreeBoreholesAnd: 'Restore three boreholes and train the water committees',
    carriedBy: 'Carried by',
    pillarsOfSustainableDevelopment: 'Pillars of sustainable development',
    referentOfTheCommitment: 'Referent of the commitment',
    none: 'none',
    dueDateYyyyMm: 'Due date (YYYY-MM-DD, optional)',
    aDateYyyyMm: 'a date YYYY-MM-DD',
    addAnotherCommitment: 'Add another commitment?',
    resourceBroughtBy: 'Resource brought by',
    type2: 'Type',
    description: 'Description',
    yearlyGrantToThe: 'Yearly grant to the cooperation programme',
    amount: 'Amount',
    aNumberEG: 'a number, e.g. 6000',
    currencyIsoCode: 'Currency (ISO 4217 code)',
    threeLettersEG: 'three letters, e.g. EUR or XOF',
    period: 'Period',
    addAnotherResource: 'Add another resource?',
    yes: 'Yes',
    no: 'No',
    selectKeys: '↑/↓ to navigate, Enter to confirm',
    multiselectKeys: '↑/↓ to navigate, Space to select, Enter to confirm',
    selectAtLeastOne: 'Select at least one item (Space), then confirm (Enter).',
  },
  reporter: {
    error: 'error',
    warning: 'warning',
    summary: (files: number, errors: number, warnings: number) =>
      `${plural('en', files, { one: '# charter checked', other: '# charters checked' })}: ${plural('en', errors, { one: '# error', other: '# errors' })}, ${plural('en', warnings, { one: '# warning', other: '# warnings' })}`,
    byRule: (counts: string) => `by rule: ${counts}`,
  },
  opendata: {
    countryUnknown: (code: string, suggestion: string | undefined) =>
      `\`${code}\` is not an assigned ISO 3166-1 country code${suggestion ? `: did you mean \`${suggestion}\`?` : ': write the two-letter code of the country (FR, BF, SN, MG, HT…)'}`,
    sirenInvalid: (siren: string) =>
      `invalid SIREN \`${siren}\`: its Luhn check digit does not match; copy it from the French business directory (annuaire-entreprises.data.gouv.fr)`,
    siretInvalid: (siret: string) =>
      `invalid SIRET \`${siret}\`: its Luhn check digit does not match; copy it from the French business directory (annuaire-entreprises.data.gouv.fr)`,
    siretNotOfSiren: (siret: string, siren: string) =>
      `SIRET \`${siret}\` does not start with the same entity’s SIREN \`${siren}\`: one of them is wrong`,
    inseeInvalid: (code: string, suggestion: string | undefined) =>
      `\`${code}\` is not shaped like an INSEE commune code (5 characters: 2 for the département, 2A or 2B for Corsica, then 3 digits; 97x then 2 digits overseas)${suggestion ? `: did you mean \`${suggestion}\`?` : ''}`,
    iatiOrgIdShape: (id: string) =>
      `\`${id}\` is not shaped like an IATI organisation identifier: registration agency prefix, hyphen, number, with no space nor / ? # & (e.g. FR-RCS-218601946)`,
    iatiAgencyUnknown: (agency: string, suggestion: string | undefined) =>
      `\`${agency}\` is not a registration agency of the IATI list (org-id.guide)${suggestion ? `: did you mean \`${suggestion}\`?` : ''}`,
    iatiAgencyWithdrawn: (agency: string, replacement: string | undefined) =>
      `registration agency \`${agency}\` was withdrawn from the IATI list${replacement ? `: use \`${replacement}\`` : ''}`,
    actesCodeUnknown: (code: string, suggestion: string | undefined) =>
      `\`${code}\` is not a level-2 subject of the ACTES classification${suggestion ? `: did you mean \`${suggestion}\`?` : ' (1.1 to 9.4, e.g. 7.5 for a grant)'}`,
    transmittedBeforeDecision: (transmitted: string, decided: string) =>
      `transmitted to the prefecture on ${transmitted}, before the decision of ${decided}: a decision is transmitted after the vote`,
    voteMoreVotersThanMembers: (voters: number, members: number) =>
      `${voters} voters for ${members} members in office: there cannot be more voters than members`,
    voteSumMismatch: (forVotes: number, against: number, abstention: number, voters: number) =>
      `for (${forVotes}) + against (${against}) + abstentions (${abstention}) do not make the ${voters} voters: SCDL requires the three to add up`,
    publishDescription:
      'publish charters as open data: decisions as SCDL Délibérations, IATI 2.03 activities, or a Frictionless data package',
    publishPaths: 'charter files or directories (default: .)',
    publishFormat: 'publication standard',
    publishOut:
      'output file (directory for datapackage); "-" for standard output; default: deliberations.csv, iati-activities.xml or datapackage/',
    publishPartial: 'publish the complete charters even when others lack fields the standard requires',
    publishForce: 'replace an existing output',
    publishAsOf: 'day of the charters’ standing, YYYY-MM-DD (default: date of the last commit)',
    publishDocumentBaseUrl: 'web address where the charters’ PDFs are published (IATI document link)',
    publishExamples: [
      'charte publish --format scdl-deliberations charters/ -o deliberations.csv',
      'charte publish --format iati --document-base-url https://www.town.example/charters',
      'charte publish --format datapackage -o open-data/charters --force',
    ],
    missingField: (field: string, target: string, standard: string) =>
      `missing field \`${field}\`: ${standard} requires it (${target}); fill it in here`,
    nothingWritten: (charters: string) =>
      `nothing was published: ${charters} lack required fields; complete them, or run again with --partial to publish the others`,
    partialSkipped: (charters: string) => `left out (--partial): ${charters}`,
    invalid: 'nothing was published; fix these errors (see `charte validate`)',
    outputExists: (path: string) => `${path} already exists: nothing was written; add --force to replace it`,
    stdoutDataPackage:
      'with --out -, only the datapackage.json descriptor is written; give a directory to get the CSV files too',
  },
  load: {
    unreadable: (cause: string) => `cannot be read (${cause})`,
    globMatchesNothing: (input: string) => `${input}: no file matches this pattern`,
    yamlSyntax2: 'unreadable YAML front matter',
    frontMatterRoot: (shape: 'empty' | 'list' | 'scalar') =>
      `the front matter is ${{ empty: 'empty', list: 'a list', scalar: 'a single value' }[shape]}: it must be a mapping of \`key: value\` lines (charte, id, title...)`,
    noFrontMatter:
      'no front matter: a charter starts with a `---` line, then the YAML header (with `charte: 1`), then another `---` line',
    frontMatterLanguage: (language: string) =>
      `front matter language "${language}" refused: only YAML is read (never executed); make the first line \`---\``,
    unclosedFrontMatter:
      'unclosed front matter: add a `---` line at the end of the YAML header, before the text',
    closingFence: 'the `---` line closing the front matter must stand alone on its line',
    invalidUtf8: (hex: string, offset: number) =>
      `invalid UTF-8 byte ${hex} at byte offset ${offset}: save the file as UTF-8`,
    tooLarge: (mib: string, mib2: string) =>
      `file too large (${mib} MiB): the limit is ${mib2} MiB per charter; move attachments out of the file`,
    notFound: 'no such file',
    readDenied: 'permission denied',
    isADirectory: 'is a directory, not a file',
    yamlSyntax: (code: string, detail: string) => {
      const hints: Partial<Record<string, string>> = {
        BAD_INDENT: 'bad indentation: align this line with the keys of its level',
        MISSING_CHAR: 'missing character: a `]`, `}` or quote is not closed',
        MULTILINE_IMPLICIT_KEY:
          'a key must fit on one line: check the `:` and the indentation of the line before',
        BLOCK_AS_IMPLICIT_KEY: 'a block used as a key: check the indentation and the `:`',
        UNEXPECTED_TOKEN:
          'unexpected character: a value containing `: ` or `#`, or starting with `[`, `{`, `*`, `&`, `!`, `|`, `>` or `@`, must be quoted',
        BAD_DQ_ESCAPE: 'invalid escape in double quotes: double the backslash (`\\\\`) or use single quotes',
        MULTIPLE_DOCS: 'several YAML documents: the front matter holds only one (no `---` line inside)',
        BAD_SCALAR_START: 'a value starts badly: put it in quotes',
      };
      const hint = hints[code];
      return `YAML syntax error: ${hint ? `${hint} (${detail})` : detail}`;
    },
    yamlDirective: (directive: string) =>
      `YAML directive "${directive}" refused: front matter is read as YAML 1.2; remove this line`,
    yamlAlias: (max: number) =>
      `YAML aliases (*name) expand to more than ${max} values (a resource exhaustion attack?): write the values out`,
    yamlDuplicateKey: 'duplicate key in the same mapping: keep only one of them',
    yamlTag: (detail: string) =>
      `YAML tag refused (${detail}): front matter holds plain values only; remove the tag`,
    yamlTabIndent: 'tab used for indentation: YAML is indented with spaces',
    yamlTooManyAliases: 'too many YAML aliases (a resource exhaustion attack?): write the values out',
    yamlDepth: (max: number) => `nesting too deep (more than ${max} levels): a charter needs only a few`,
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
  init: {
    templatesUsage: 'Usage: charte init --template <name|folder>',
    gitMissing: '--git: the git command was not found; install git or drop the --git option',
    gitInitFailed: (trim: string) => `git init failed: ${trim}`,
    stepValidate: (path: string) => `Check it: charte validate ${path}`,
    stepCommit: (files: string) => `Commit it: git add ${files} && git commit -m "Draft charter"`,
    stepSign: (path: string, input: string) =>
      `Once each decision-making body has voted, record each signature:\n     charte sign ${path} --entity ${input} --signatory "…" --capacity "…" --date YYYY-MM-DD`,
    stepExport: (path: string) => `Export it for signing or sharing: charte export ${path}`,
    nextStepsTitle: 'Next steps:',
    pathOutside: (what: string, cwd: string) =>
      `${what}: this path leaves the working directory (${cwd}); choose a path inside it, e.g. charters/my-charter.md`,
    isADirectory: (display: string) => `${display} is a directory`,
    alreadyExists: (display: string) =>
      `${display} already exists: nothing was written; pass --force to replace it (git keeps the old version)`,
    writeDenied: (display: string) =>
      `${display}: permission denied (read-only folder?); nothing was written`,
    writeReadOnlyFs: (display: string) => `${display}: read-only file system; nothing was written`,
    writeDiskFull: (display: string) => `${display}: no space left on device; nothing was written`,
    writeNotADirectory: (display: string) =>
      `${display}: a file stands where a folder of the path should be; nothing was written`,
    answerRequired: 'an answer is required',
    defaultDecisionBody: 'Municipal council',
    ciJobWritten: (other: string) => `CI job written: ${other}`,
    gitRepositoryCreated: 'git repository created',
    warningWord: 'warning',
    intro: 'charte init: new solidarity charter',
    missingAnswers: (missing: string) =>
      `missing answers: ${missing}. Nothing was written. Give them in a file (--answers answers.yaml), run the command in a terminal to answer questions, or pass --yes to write "to be specified" placeholders.`,
    templateInvalid: (template: string) =>
      `template ${template} produced an invalid charter (nothing was written):`,
    confirmWrite: (path: string) => `Write ${path}?`,
    cancelled: 'init cancelled: nothing was written',
    badId: (where: string, id: string, suggestion: string) =>
      `${where}: "${id}" is not an identifier: lower case letters, digits and hyphens (it names the file and must not leave its folder)${suggestion === '' ? '' : `; try ${suggestion}`}`,
    answerLabel: 'answer',
    defaultLabel: 'default value',
    answersInvalid: 'these answers do not make a valid charter (nothing was written):',
  },
  cli: {
    completionDescription: 'print the completion script of commands, flags and values for bash, zsh or fish',
    completionShellArgument: 'the shell: bash, zsh or fish (default: $SHELL)',
    completionExamples: `
Examples:
  $ source <(charte completion bash)       # in ~/.bashrc
  $ charte completion bash > ~/.local/share/bash-completion/completions/charte
  $ charte completion zsh > "\${fpath[1]}/_charte"
  $ charte completion fish > ~/.config/fish/completions/charte.fish
Generate it again after upgrading charte.`,
    completionWhichShell: (supported: string) =>
      `which shell? write \`charte completion <shell>\` with one of: ${supported}`,
    completionUnsupportedShell: (name: string, supported: string) =>
      `shell "${name}" is not supported; supported shells: ${supported}`,
    ciGithubHeader: `# Checks the solidarity charters on every push and pull request: charte validate, then charte renew.
# fetch-depth: 0 fetches the whole history: signatures and past versions live in git.`,
    ciGitlabHeader: `# Checks the solidarity charters on every push and merge request: charte validate, then charte renew.
# GIT_DEPTH: 0 fetches the whole history: signatures and past versions live in git.`,
    ciPackageComment: `  # The charte to install: a git URL pinned to a tag, a .tgz tarball or, once charte is
  # published on npm, charte@<version>.`,
    ciPackageSpecInvalid: (spec: string) =>
      `"${spec}" is not an npm package spec (for example charte@0.2.0, git+https://…/charte.git#v0.1.0 or ./charte-0.1.0.tgz)`,
    packageSpecOption:
      'what the CI job installs: charte@<version>, a git URL or a tarball (default: this version’s git tag)',
    packageSpecWithoutCi: '--package-spec says what the CI job installs: give --ci github or --ci gitlab too',
    warningWord: 'warning',
  },
  log: {
    colon: ': ',
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
    amendmentWithdrawn: (name: string, date: string, reason: string) =>
      `${name}: withdrawn on ${date}, without effect (“${reason}”)`,
    kinds: {
      created: 'created',
      'history-starts': 'history starts',
      'new-version': 'new version',
      edited: 'edited',
      signature: 'signature',
      signed: 'signed',
      'amendment-opened': 'amendment opened',
      'amendment-withdrawn': 'amendment withdrawn',
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
  diff: {
    shallowClone:
      '; this clone is shallow: fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in CI)',
    versionNotSigned: (flag: string, ref: string, version: string, known: string) =>
      `${flag} ${ref}: version ${version} has no signing commit in the history (signed versions: ${known || 'none'}); give a git revision`,
    unknownRevision: (flag: string, ref: string) =>
      `${flag} ${ref}: unknown git revision; give a commit, tag, branch, v<N> or working`,
    notInRevision: (flag: string, label: string, working: string, commit: string) =>
      `${flag} ${label}: ${working} did not exist at commit ${commit}`,
    noHistory: (working: string, why: string) => `${working}: no git history to compare with (${why})`,
    quote: (text: string) => `"${text}"`,
    colon: ': ',
    yes: 'yes',
    no: 'no',
    items: {
      entities: { noun: 'entity', added: 'added', removed: 'removed', changed: 'changed' },
      referents: { noun: 'referent', added: 'added', removed: 'removed', changed: 'changed' },
      commitments: { noun: 'commitment', added: 'added', removed: 'removed', changed: 'changed' },
      decisions: { noun: 'decision', added: 'added', removed: 'removed', changed: 'changed' },
      signatures: { noun: 'signature', added: 'added', removed: 'removed', changed: 'changed' },
    },
    resourceAmount: (before: string, after: string, name: string) =>
      `resource amount ${before} → ${after} (${name})`,
    resourceChanged: (name: string, field: string, before: string, after: string) =>
      `resource changed: ${name}, ${field} ${before} → ${after}`,
    resourceAdded: (name: string, amount: string) => `resource added: ${name}${amount}`,
    resourceRemoved: (name: string, amount: string) => `resource removed: ${name}${amount}`,
    valueAdded: (field: string, value: string) => `${field} added: ${value}`,
    valueRemoved: (field: string, value: string) => `${field} removed (was ${value})`,
    valueChanged: (field: string, before: string, after: string) => `${field}: ${before} → ${after}`,
    heading: (path: string, from: string, to: string) => `${path}: ${from} → ${to}`,
    workingFile: (version: number | null) => `working file (v${version ?? '?'})`,
    commitSide: (ref: string, commit: string, version: number | null) =>
      `${ref} (${commit}, v${version ?? '?'})`,
    frontMatterUnchanged: 'Front matter: no change',
    frontMatterHeading: 'Front matter:',
    textUnchanged: 'Text: no change',
    textHeading: 'Text:',
  },
  help: {
    exitCodes: `
Exit codes:
  0  clean (warnings allowed)
  1  findings: invalid charter, overdue renewal...
  2  usage or runtime failure (unknown flag, unreadable path...)`,
    notACalendarDate: (flag: string, value: string) =>
      `${flag} ${value}: not a calendar date; write YYYY-MM-DD, e.g. 2026-03-31`,
    examplesHeading: 'Examples:',
    program: {
      description:
        'Solidarity charters between twinned territories, as versioned Markdown in git: scaffold, validate, sign, renew, export.',
      version: 'print the version',
      helpOption: 'show help',
      helpCommand: 'show help for a command',
      lang: 'language of messages: fr or en (default: LANG)',
      unexpectedError: (message: string) =>
        `charte: unexpected error: ${message}\n(please report it with the command and file that caused it)`,
      examples: [
        'charte init --yes --lang en --title "Ouagadougou charter" --id ouaga-charter',
        'charte validate charters/',
        'charte sign charters/ouaga-charter.md --entity north --signatory "J. Smith" --capacity Mayor --date 2026-05-10',
        'charte renew --format markdown',
        'charte export charters/ouaga-charter.md',
      ],
    },
    titles: {
      'Usage:': 'Usage:',
      'Arguments:': 'Arguments:',
      'Options:': 'Options:',
      'Commands:': 'Commands:',
      'Global Options:': 'Global Options:',
    } as Readonly<Record<string, string>>,
    terms: {
      command: 'command',
      options: 'options',
      file: 'file',
      files: 'files',
      path: 'path',
      paths: 'paths',
      dir: 'dir',
      dirs: 'dirs',
      text: 'text',
      name: 'name',
      reference: 'reference',
      'git-ref': 'git-ref',
      provider: 'provider',
      spec: 'spec',
      shell: 'shell',
      commitment: 'commitment',
      format: 'format',
      date: 'date',
      id: 'id',
      ref: 'ref',
      title: 'title',
      state: 'state',
      status: 'status',
      standard: 'standard',
      lang: 'lang',
      url: 'url',
      number: 'number',
      fields: 'fields',
      year: 'year',
      n: 'n',
      states: 'states',
      codes: 'codes',
      tags: 'tags',
      'name|dir': 'name|dir',
      'YYYY-MM-DD': 'YYYY-MM-DD',
    } as Readonly<Record<string, string>>,
    choices: (values: string) => `choices: ${values}`,
    defaultValue: (value: string) => `default: ${value}`,
    commander: {
      unknownOption: (option: string) => `error: unknown option '${option}'`,
      unknownCommand: (command: string) => `error: unknown command '${command}'`,
      missingArgument: (name: string) => `error: missing required argument '${name}'`,
      tooManyArgumentsFor: (command: string, expected: number, got: number) =>
        `error: too many arguments for '${command}'. Expected ${plural('en', expected, { one: '# argument', other: '# arguments' })} but got ${got}.`,
      tooManyArguments: (expected: number, got: number) =>
        `error: too many arguments. Expected ${plural('en', expected, { one: '# argument', other: '# arguments' })} but got ${got}.`,
      invalidOptionChoice: (option: string, value: string, choices: string) =>
        `error: option '${option}' argument '${value}' is invalid. Allowed choices are ${choices}.`,
      invalidArgumentChoice: (value: string, name: string, choices: string) =>
        `error: command-argument value '${value}' is invalid for argument '${name}'. Allowed choices are ${choices}.`,
      optionArgumentMissing: (option: string) => `error: option '${option}' argument missing`,
      requiredOptionMissing: (option: string) => `error: required option '${option}' not specified`,
      didYouMean: (suggestion: string) => `(Did you mean ${suggestion}?)`,
    },
    validate: {
      description: 'check the front matter (schema and model rules) and the outline of charters',
      argPaths: 'files, directories or globs (default: .)',
      format: 'output format',
      skipNonCharters: 'skip named files that are not charters (for a pre-commit hook)',
      asOf: 'day of the check, YYYY-MM-DD (default: today)',
      examples: [
        'charte validate                      # every charter under the current directory',
        'charte validate charters/ --format json',
        'charte validate "charters/**/*.md" --as-of 2026-01-01',
      ],
    },
    diff: {
      description:
        'what changed between two versions of a charter (default: the last signed version and the working file): the front matter in words, then the text',
      argFile: 'the charter file',
      from: 'starting point: git revision, v<N> (signing commit of version N) or working (default: last signed version)',
      to: 'end point, same values (default: working, the working file)',
      format: 'output format',
      examples: [
        'charte diff charters/ouaga-charter.md                # pending amendment since signing',
        'charte diff charters/ouaga-charter.md --from v1 --to v2',
        'charte diff charters/ouaga-charter.md --from HEAD~3 --format json',
      ],
    },
    log: {
      description:
        'one charter’s life from git: each version, its signatures and signing commit, then the amendments, in order',
      argFile: 'the charter file',
      format: 'output format',
      examples: [
        'charte log charters/ouaga-charter.md',
        'charte log charters/ouaga-charter.md --format json',
        'charte log -- -name-starting-with-a-dash.md',
      ],
    },
    templates: {
      description: 'list the available charter templates (name, description, languages)',
      argDirs: 'organisation template folders to list as well',
      format: 'output format',
      examples: [
        'charte templates',
        'charte templates ./templates --format json',
        'charte init --template solidarity',
      ],
    },
    schema: {
      description: 'print the JSON Schema of charters (for editors: completion and hover help)',
      examples: ['charte schema > charter.schema.json', "charte schema | jq '.properties.kind.enum'"],
    },
    sign: {
      description:
        "record an entity's signature: add one entry to `signatures`, changing nothing else in the file",
      argFile: 'the charter to sign',
      entity: 'id of the signing entity (entities[].id)',
      signatory: 'name of the signatory',
      capacity: 'capacity of the signatory (e.g. Mayor)',
      date: 'date of the signature, YYYY-MM-DD',
      place: 'place of the signature',
      decision: 'reference of the decision that authorises it',
      commit:
        'commit the file alone; the last required signature also creates the tag charte/<id>/v<version>',
      asOf: 'day of the check, YYYY-MM-DD (default: today): the signature cannot be dated after it',
      after: `
Examples:
  $ charte sign charters/ouaga.md --entity town --signatory "Helen Laurent" \\
        --capacity Mayor --date 2026-05-10 --place Villeneuve --decision DCM-2026-12
  $ charte sign charters/ouaga.md --entity ouaga --signatory "B. Zongo" --capacity Mayor \\
        --date 2026-06-02 --commit        # commit, and tag when the charter is complete
  $ charte sign --entity town ... --date 2026-05-10 -- -charter.md   # name starting with -

Refusals (exit 1, nothing written): invalid charter, unknown entity, entity that already signed
this version, a date that does not exist, lies in the future or precedes the entity's decision,
file changed on disk meanwhile. A malformed date (not YYYY-MM-DD) or a missing flag is a usage
error (exit 2).`,
      error: (missing: string) =>
        `missing ${missing}: \`charte sign <file> --entity <id> --signatory <name> --capacity <text> --date <YYYY-MM-DD>\``,
    },
    init: {
      description: 'scaffold a charter from a template, by questions in a terminal or from answers',
      argPath: '.md file to write, or a folder (default: charters/<id>.md)',
      answers: 'answers in YAML or JSON: any subset of the front matter keys',
      id: 'charter id (lower case, digits, hyphens)',
      title: 'title of the charter',
      template:
        'built-in template (see `charte templates`) or an organisation’s template folder (default: solidarity)',
      yes: 'no questions: defaults ("to be specified") for everything not given',
      force: 'replace an existing file',
      ci: 'also write the CI job running charte validate and charte renew',
      git: 'run git init when the folder is not in a repository',
      after: `
The charter's language is --lang when given, else the interface language. Without a terminal,
without --yes and with answers missing, the command stops (exit 2), names them and writes nothing.

Examples:
  $ charte init                                   # questions in the terminal
  $ charte init --yes --lang en --title "Saint-Aubin–Akwadum charter"
  $ charte init --answers answers.yaml --ci github --git
  $ charte init charters/ --template ./templates/twinning --lang en --yes`,
    },
    renew: {
      description:
        'five-year renewal indicator: state, signature, due date, unsigned amendments and earlier versions (read from git) of each charter; --start opens the next version',
      argPaths: 'files, directories or globs (default: .)',
      asOf: 'day of the check, YYYY-MM-DD (default: today)',
      format: 'output format',
      failOn: 'exit with 1 when a charter is in this state or worse',
      start:
        'open the next version of this charter: version + 1, signatures and decisions emptied (git keeps the old ones)',
      commit: 'with --start: commit the changed file',
      after: `
Examples:
  $ charte renew                                  # every charter under the current directory
  $ charte renew charters/ --format markdown      # the table for the Comité de suivi 21
  $ charte renew --format ics > renewals.ics
  $ charte renew --as-of 2026-12-31 --fail-on due_soon --format json
  $ charte renew --start charters/ouaga-charter.md --commit

History comes from git: in a shallow clone (CI), fetch all of it
(GitHub Actions: actions/checkout with fetch-depth: 0; else git fetch --unshallow).`,
      error: (flags: string) => `--start edits one charter and prints no report: remove ${flags}`,
      error2: (paths: string) => `--start opens the next version of one charter: remove ${paths}`,
      error3: '--commit only goes with --start <file> (the report changes nothing)',
    },
    export: {
      description: 'export charters to PDF (to sign, print and archive) or HTML (for the town’s website)',
      argPaths: 'charter files or directories',
      output: 'output file (one charter) or directory (several); default: next to each charter, x.md → x.pdf',
      ref: 'export the charter as it was at this commit or tag (e.g. charte/<id>/v1)',
      format: 'document format',
      force: 'replace an existing output file',
      template: 'the organisation’s layout: a directory with charter.typ (and style.css for HTML)',
      pdfStandard: 'PDF standard: a-2b (PDF/A archival) or ua-1 (accessible)',
      amendment:
        'export the document of amendment no. k: what it changes, its purpose, who joins, its decisions and signatures (x.md → x-v<N>-a<k>.pdf)',
      after: `
The document's language is --lang, else the charter's own (language:).
The printed dates and revision come from the charter's last commit: exporting the same commit
twice gives the same file, byte for byte.

Examples:
  $ charte export charters/ouaga-charter.md                # → charters/ouaga-charter.pdf
  $ charte export charters/ -o exports/ --force            # every charter under the directory
  $ charte export charters/ouaga-charter.md --ref charte/ouaga-charter/v1 -o v1.pdf
  $ charte export charters/ouaga-charter.md --amendment 1  # → charters/ouaga-charter-v1-a1.pdf
  $ charte export charters/ouaga-charter.md --format html --lang fr
  $ charte export charters/ouaga-charter.md --pdf-standard a-2b`,
      text: 'charte: nothing was exported; fix these errors (see `charte validate`)\n',
    },
  },
  render: {
    renderedFence: (line: number) =>
      `the rendered front matter holds a \`---\` or \`...\` line (line ${line} of the output): the template must not write the fences`,
    renderedInvalidYaml: (line: number, problem: string) =>
      `the rendered front matter is not valid YAML (line ${line} of the output: ${problem}): write each value with {{yaml …}}`,
    renderedExtraKeys: (extra: string) =>
      `the rendered front matter adds keys the answers do not have: ${extra}; defaults come from the answers, not the template`,
    partialsRefused: 'partials (`{{> …}}`) are not supported: write the text in the template',
    decoratorsRefused: 'decorators (`{{* …}}`) are refused',
    prototypePath: (name: string, part: string) =>
      `\`${name}\`: \`${part}\` leads to object prototypes, which templates cannot reach`,
    prototypeName: (n: string) => `"${n}" leads to object prototypes, which templates cannot reach`,
    handlebarsSyntax: 'Handlebars syntax error',
    missing: (missing: string) =>
      `\`${missing}\` is not in the data: wrap it in {{#if ${missing}}} … {{/if}} when it is optional`,
    see: 'see',
    templateTooLarge: (kib: number) => `file too large (over ${kib} KiB)`,
    manifestNotObject: 'the manifest must be a JSON object',
    manifestName: '`name`: a lower-case, hyphenated name',
    manifestDescription: '`description`: an object {"fr": "…", "en": "…"}',
    manifestLanguages: '`languages`: a list of language tags, e.g. ["fr", "en"]',
    manifestOutline: '`outline`: for each language, the list of section headings',
    manifestFiles: '`files`: {"front_matter": "{lang}/front-matter.yaml.hbs", "body": "{lang}/body.md.hbs"}',
    templatesDirMissing: (path: string) => `${path}: no such template folder`,
    templateManifestMissing: (wanted: string, displayDirOf: string) =>
      `${wanted}: no manifest.json in this folder; a template has the same layout as ${displayDirOf}`,
    unknownTemplate: (wanted: string, known: string) =>
      `unknown template "${wanted}": available templates: ${known} (or the path of a template folder, e.g. ./templates/my-charter)`,
    manifestPathOutside: (template: string, pattern: string) =>
      `${template}/manifest.json: "${pattern}" leaves the template folder`,
    templateLacksLanguage: (template: string, language: string, template2: string) =>
      `template "${template}" has no text in "${language}": available languages: ${template2}`,
  },
};
