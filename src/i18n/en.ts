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
  reporter: {
    error: 'error',
    warning: 'warning',
    summary: (files: number, errors: number, warnings: number) =>
      `${plural('en', files, { one: '# charter checked', other: '# charters checked' })}: ${plural('en', errors, { one: '# error', other: '# errors' })}, ${plural('en', warnings, { one: '# warning', other: '# warnings' })}`,
    byRule: 'by rule',
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
