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
  blocks: {
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
  export: {},
  report: {},
  opendata: {},
  validate: {},
  load: {},
  init: {
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
  cli: {},
  log: {},
  diff: {},
};
