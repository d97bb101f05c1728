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
  history: {},
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
  opendata: {
    // validate: official identifiers and SCDL decision fields
    countryUnknown: (code: string, suggestion: string | undefined) =>
      `\`${code}\` n’est pas un code pays ISO 3166-1 attribué${suggestion ? ` : vouliez-vous dire \`${suggestion}\` ?` : ' : écrivez le code à deux lettres du pays (FR, BF, SN, MG, HT…)'}`,
    sirenInvalid: (siren: string) =>
      `SIREN \`${siren}\` invalide : sa clé de Luhn ne correspond pas ; recopiez-le depuis l’annuaire des entreprises (annuaire-entreprises.data.gouv.fr)`,
    siretInvalid: (siret: string) =>
      `SIRET \`${siret}\` invalide : sa clé de Luhn ne correspond pas ; recopiez-le depuis l’annuaire des entreprises (annuaire-entreprises.data.gouv.fr)`,
    siretNotOfSiren: (siret: string, siren: string) =>
      `le SIRET \`${siret}\` ne commence pas par le SIREN \`${siren}\` de la même entité : l’un des deux est faux`,
    inseeInvalid: (code: string, suggestion: string | undefined) =>
      `\`${code}\` n’a pas la forme d’un code INSEE de commune (5 caractères : 2 du département, 2A ou 2B pour la Corse, puis 3 chiffres ; 97x puis 2 chiffres outre-mer)${suggestion ? ` : vouliez-vous dire \`${suggestion}\` ?` : ''}`,
    iatiOrgIdShape: (id: string) =>
      `\`${id}\` n’a pas la forme d’un identifiant d’organisation IATI : préfixe de l’agence d’enregistrement, tiret, numéro, sans espace ni / ? # & (par exemple FR-RCS-218601946)`,
    iatiAgencyUnknown: (agency: string, suggestion: string | undefined) =>
      `\`${agency}\` n’est pas une agence d’enregistrement de la liste IATI (org-id.guide)${suggestion ? ` : vouliez-vous dire \`${suggestion}\` ?` : ''}`,
    iatiAgencyWithdrawn: (agency: string, replacement: string | undefined) =>
      `l’agence d’enregistrement \`${agency}\` a été retirée de la liste IATI${replacement ? ` : utilisez \`${replacement}\`` : ''}`,
    actesCodeUnknown: (code: string, suggestion: string | undefined) =>
      `\`${code}\` n’est pas une matière de niveau 2 de la nomenclature ACTES${suggestion ? ` : vouliez-vous dire \`${suggestion}\` ?` : ' (de 1.1 à 9.4, par exemple 7.5 pour une subvention)'}`,
    transmittedBeforeDecision: (transmitted: string, decided: string) =>
      `transmise en préfecture le ${transmitted}, avant la délibération du ${decided} : on transmet après le vote`,
    voteMoreVotersThanMembers: (voters: number, members: number) =>
      `${voters} votants pour ${members} membres en exercice : il ne peut y avoir plus de votants que de membres`,
    voteSumMismatch: (forVotes: number, against: number, abstention: number, voters: number) =>
      `pour (${forVotes}) + contre (${against}) + abstentions (${abstention}) ne font pas les ${voters} votants : le SCDL exige que les trois s’additionnent`,
    // publish
    publishDescription:
      'publie les chartes en données ouvertes : délibérations au format SCDL, activités IATI 2.03 ou paquet de données Frictionless',
    publishPaths: 'fichiers de charte ou dossiers (défaut : .)',
    publishFormat: 'norme de publication',
    publishOut:
      'fichier de sortie (dossier pour datapackage) ; « - » pour la sortie standard ; défaut : deliberations.csv, iati-activities.xml ou datapackage/',
    publishPartial:
      'publie les chartes complètes même si d’autres n’ont pas tous les champs que la norme exige',
    publishForce: 'remplace une sortie existante',
    publishAsOf: 'jour de l’état des chartes, AAAA-MM-JJ (défaut : date du dernier commit)',
    publishDocumentBaseUrl: 'adresse web où sont publiés les PDF des chartes (lien document IATI)',
    missingField: (field: string, target: string, standard: string) =>
      `champ manquant \`${field}\` : ${standard} l’exige (${target}) ; renseignez-le ici`,
    nothingWritten: (charters: string) =>
      `rien n’a été publié : ${charters} sans tous les champs requis ; complétez-les, ou relancez avec --partial pour publier les autres`,
    partialSkipped: (charters: string) => `hors publication (--partial) : ${charters}`,
    invalid: 'rien n’a été publié ; corrigez ces erreurs (voyez `charte validate`)',
    outputExists: (path: string) =>
      `${path} existe déjà : rien n’a été écrit ; ajoutez --force pour le remplacer`,
    stdoutDataPackage:
      'avec --out -, seul le descripteur datapackage.json est écrit ; donnez un dossier pour avoir aussi les CSV',
  },
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
