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
  load: {},
  init: {},
  cli: {},
  log: {},
  diff: {},
};
