/**
 * The French catalogue: every message the program shows or writes, in French. It is the
 * reference: `Catalogue` is its type, and every other language must give the same keys with the
 * same parameters (the compiler checks it; test/catalogue.test.ts checks it at run time too).
 *
 * Messages are strings, or functions of their parameters when they have some. Plurals go through
 * `plural()` (Intl.PluralRules). French typography: narrow no-break space (U+202F) before ; : ! ?
 * and inside « », typographic apostrophe (’) in prose.
 *
 * Sections are one per area of the program; keep each section's keys together.
 */
import { plural } from './plural.js';

export const fr = {
  common: {
    and: 'et',
    or: 'ou',
    charters: (n: number) => plural('fr', n, { one: '# charte', other: '# chartes' }),
    days: (n: number) => plural('fr', n, { one: '# jour', other: '# jours' }),
  },
  // ── edit: locked, complete writes (src/edit/) ──
  edit: {
    locked: (path: string, holder: string) =>
      `${path} : une autre commande est en train d’enregistrer une modification de cette charte (${holder}) ; rien n’a été écrit, relancez la commande quand elle aura fini`,
    lockHolder: (pid: number, since: string) => `processus ${pid}, depuis ${since}`,
  },
  // ── git (the one module that runs git) ──
  git: {},
  // ── history and renew ──
  history: {
    notARepository: (path: string) =>
      `${path} n’est dans aucun dépôt git : son état est lu dans le fichier, mais ses versions antérieures et ses signatures passées sont inconnues ; conservez les chartes dans un dépôt git (git init, git add, git commit)`,
    gitUnavailable: (error: string) =>
      `historique illisible : ${error} ; installez git pour connaître les versions antérieures`,
    gitFailed: (error: string) => `historique illisible : ${error}`,
    noCommits: (repo: string) =>
      `le dépôt ${repo} n’a encore aucun commit : l’historique des chartes commence au premier commit (git add, git commit)`,
    untracked: (path: string, quoted: string) =>
      `${path} n’est pas suivi par git (jamais commité) : son état est lu dans le fichier, sans historique ; enregistrez-le : git add -- ${quoted} && git commit`,
    shallow: (repo: string, before: string | undefined) =>
      `le dépôt ${repo} est un clone superficiel : l’historique ${before !== undefined ? `antérieur au commit ${before}` : 'ancien'} manque, donc les versions antérieures et les commits de signature qu’il contient sont inconnus ; récupérez tout l’historique avec \`git fetch --unshallow\` (GitHub Actions : actions/checkout avec \`fetch-depth: 0\`)`,
    tagMismatch: (tag: string, tagCommit: string, what: string, path: string, signing: string, fix: string) =>
      `l’étiquette ${tag} désigne le commit ${tagCommit}, mais ${what} de ${path} a reçu sa dernière signature requise dans le commit ${signing} : l’historique fait foi ; déplacez l’étiquette : ${fix}`,
    tagUnsigned: (tag: string, tagCommit: string, what: string, path: string) =>
      `l’étiquette ${tag} existe (commit ${tagCommit}), mais aucun commit de ${path} n’enregistre toutes les signatures requises de ${what} : vérifiez l’étiquette, ou supprimez-la (git tag -d ${tag})`,
    versionWhat: (version: number) => `la version ${version}`,
    amendmentWhat: (number: number, version: number) => `l’avenant n° ${number} de la version ${version}`,
    commitDescription: (sha: string, date: string, subject: string) => `${sha} (${date}, « ${subject} »)`,
    unreadableVersions: (path: string, count: number, commit: string, problem: string) =>
      `${path} : ${plural('fr', count, { one: '# version enregistrée dans git est illisible et n’est pas comptée', other: '# versions enregistrées dans git sont illisibles et ne sont pas comptées' })} (la première au commit ${commit} : ${problem}) ; \`charte validate\` donne la même réponse pour ce texte`,
  },
  renew: {},
  // ── lifecycle commands: sign, amend, decide, suspend, resume, terminate, renew --start ──
  lifecycle: {},
  // ── generated blocks and placeholders in the body ──
  blocks: {},
  // ── export (PDF, HTML) ──
  export: {},
  // ── report (portfolio) ──
  report: {},
  // ── open data (SCDL, IATI, data package) ──
  opendata: {},
  // ── validate, load ──
  validate: {},
  load: {},
  // ── init, templates ──
  init: {},
  // ── cli: help, commander errors, prompts ──
  cli: {},
  // ── log and diff ──
  log: {},
  diff: {},
};

export type Catalogue = typeof fr;
