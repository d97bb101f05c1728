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
import { formatNumber } from './format.js';
import { plural } from './plural.js';

/** « de Kassandé », « d’Akwadum »: the preposition before a name, elided before a vowel. */
const de = (name: string) => (/^[aeiouyàâéèêîïôûAEIOUYÀÂÉÈÊÎÏÔÛ]/.test(name) ? `d’${name}` : `de ${name}`);

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
  report: {
    help: {
      description:
        'portefeuille des chartes pour le Comité de suivi : indicateur, chartes à traiter par urgence, travaux en cours, délibérations, engagements, moyens, fiche APD (L.1115-6 CGCT), évaluation ; texte, Markdown, JSON, CSV, HTML ou PDF avec frise et graphiques',
      paths: 'fichiers, dossiers ou motifs glob (défaut : .)',
      format: 'format de sortie',
      output: 'fichier à écrire (défaut : la sortie standard ; html et pdf : rapport-<date>.html|pdf)',
      asOf: 'jour du rapport, AAAA-MM-JJ (défaut : aujourd’hui)',
      year: 'année des délibérations et de la fiche APD (défaut : délibérations de l’année du rapport, fiche APD de toutes les années)',
      months: 'horizon des engagements à venir, en mois',
      state: (states: string) => `ne garde que ces situations (virgules) : ${states}`,
      country: 'pays d’une des entités, ISO 3166 (virgules) : BF,SN',
      entity: 'code ou partie du nom d’une entité',
      pilot: 'partie du nom du service pilote (agenda21.pilot)',
      tag: 'étiquettes (virgules) : odd:6 (ODD), a21:19 (action Agenda 21), obj:o1 (objectif)',
      examples: [
        'charte report                                   # dans le terminal, par urgence',
        'charte report charters/ --format markdown > comite-suivi.md',
        'charte report --format pdf -o rapport-2026.pdf',
        'charte report --format oda --year 2025 > apd-2025.csv   # fiche L.1115-6 CGCT',
        'charte report --state overdue,never_signed --country BF',
        'charte report --tag odd:6 --format csv > chartes.csv',
      ],
      defaultFile: 'rapport',
    },
    title: 'Portefeuille des chartes de solidarité',
    asOf: (date: string) => `au ${date}`,
    summary: (compliant: number, counted: number) =>
      plural('fr', counted, {
        one: `${formatNumber(compliant, 'fr')} sur # partenariat a une signature en vigueur, renouvelée dans les délais`,
        other: `${formatNumber(compliant, 'fr')} sur # partenariats ont une signature en vigueur, renouvelée dans les délais`,
      }),
    summaryCounts: {
      overdue: (n: number) => plural('fr', n, { one: '# charte en retard', other: '# chartes en retard' }),
      due_soon: (n: number) =>
        plural('fr', n, { one: '# à renouveler prochainement', other: '# à renouveler prochainement' }),
      never_signed: (n: number) => plural('fr', n, { one: '# jamais signée', other: '# jamais signées' }),
      in_force: (n: number) => plural('fr', n, { one: '# en vigueur', other: '# en vigueur' }),
      suspended: (n: number) => plural('fr', n, { one: '# suspendue', other: '# suspendues' }),
      terminated: (n: number) => plural('fr', n, { one: '# résiliée', other: '# résiliées' }),
    },
    noCharter: 'Aucune charte ne correspond.',
    standing: {
      never_signed: 'jamais signée',
      in_force: 'en vigueur',
      due_soon: 'à renouveler prochainement',
      overdue: 'renouvellement en retard',
      suspended: 'suspendue',
      terminated: 'résiliée',
    },
    late: (days: number) => plural('fr', days, { one: 'en retard de # jour', other: 'en retard de # jours' }),
    left: (days: number) => plural('fr', days, { one: 'dans # jour', other: 'dans # jours' }),
    dueOn: (date: string) => `échéance le ${date}`,
    inForceUntil: (date: string) => `en vigueur jusqu’au ${date}`,
    signedOn: (version: number, date: string) => `version ${version} signée le ${date}`,
    suspendedSince: (date: string, reason: string) =>
      `suspendue depuis le ${date}${reason ? ` : ${reason}` : ''}`,
    terminatedOn: (date: string, reason: string) => `résiliée le ${date}${reason ? ` : ${reason}` : ''}`,
    action: {
      sign: (name: string) => `relancer la signature ${de(name)}`,
      decision: (name: string) => `délibération manquante : ${name}`,
      start_renewal: 'ouvrir le renouvellement (charte renew --start)',
      prepare_renewal: (date: string) => `préparer le renouvellement avant le ${date}`,
      sign_amendment: (name: string) => `relancer la signature de l’avenant par ${name}`,
      amendment_decision: (name: string) => `délibération manquante pour l’avenant : ${name}`,
    },
    work: {
      first_signature: (version: number) => `première signature (version ${version})`,
      renewal: (version: number) => `renouvellement (version ${version})`,
      amendment: (number: number, purpose: string) => `avenant n° ${number}${purpose ? ` : ${purpose}` : ''}`,
      signed: (names: string) => `signée par ${names}`,
      awaited: (names: string) => `signature attendue ${de(names)}`,
      decisionsMissing: (names: string) => `délibération manquante : ${names}`,
      joining: (names: string) => `rejoignent la charte : ${names}`,
      nobody: 'personne',
    },
    heading: {
      indicator: 'Indicateur Agenda 21',
      attention: 'Chartes à traiter, par urgence',
      all: 'Toutes les chartes',
      work: 'Travaux en cours',
      decisions: (year: number) => `Délibérations de ${year}`,
      overdueCommitments: 'Engagements en retard',
      upcomingCommitments: (months: number) =>
        plural('fr', months, {
          one: 'Engagements à échéance dans le prochain mois',
          other: 'Engagements à échéance dans les # prochains mois',
        }),
      byReferent: 'Engagements par référent',
      resources: 'Moyens engagés',
      byYear: 'Par année',
      byCurrency: 'Par devise',
      byCountry: 'Par pays partenaire',
      byEntity: 'Par entité',
      worksheet: 'Aide publique au développement (article L.1115-6 du CGCT)',
      evaluation: 'Évaluation : grille des six critères',
      timeline: 'Frise des chartes',
      notes: 'Avertissements',
    },
    column: {
      charter: 'Charte',
      standing: 'Situation',
      detail: 'Échéance',
      actions: 'À faire',
      work: 'Travail en cours',
      entity: 'Entité',
      body: 'Instance',
      reference: 'Référence',
      date: 'Date',
      commitment: 'Engagement',
      due: 'Échéance',
      status: 'Avancement',
      referent: 'Référent',
      year: 'Année',
      currency: 'Devise',
      amount: 'Montant',
      country: 'Pays',
      declarant: 'Collectivité déclarante',
      partner: 'Partenaire',
      financial: 'Financier',
      inKind: 'En nature (valorisé)',
      total: 'Total',
      average: 'Moyenne',
      noReferent: 'sans référent',
    },
    commitmentStatus: {
      planned: 'prévu',
      in_progress: 'en cours',
      done: 'réalisé',
      abandoned: 'abandonné',
      none: 'non renseigné',
    },
    commitmentLate: (days: number) =>
      plural('fr', days, { one: 'en retard de # jour', other: 'en retard de # jours' }),
    amendmentOf: (number: number, date: string) => `avenant n° ${number} du ${date}`,
    forAmendment: (number: number) => `avenant n° ${number}`,
    none: 'Rien à signaler.',
    worksheetNote:
      'Montants par année civile : un montant annuel compte chaque année de la période de la version en vigueur, un montant total est réparti également sur ses années, un montant ponctuel compte l’année de la signature ; sans conversion de devise.',
    chart: {
      timelineTitle: 'Frise : versions, signatures, avenants et échéances de chaque charte',
      timelineDesc: (n: number, late: number, date: string) =>
        `${plural('fr', n, { one: '# charte', other: '# chartes' })} sur une frise du temps ; ${plural('fr', late, { one: '# en retard, marquée', other: '# en retard, marquées' })} de hachures et d’une croix ; trait vertical : le ${date}.`,
      today: 'aujourd’hui',
      signature: 'signature',
      amendment: 'avenant',
      due: 'échéance',
      lateLegend: 'en retard (hachures, croix)',
      inForceLegend: 'période en vigueur',
      resourcesTitle: 'Moyens par année et par devise',
      resourcesDesc: (currencies: string) =>
        `Histogramme des montants engagés chaque année, un panneau par devise (${currencies}) ; le tableau qui suit donne les mêmes chiffres.`,
      countryTitle: 'Moyens par pays partenaire',
      countryDesc: (countries: string) =>
        `Barres horizontales des montants par pays partenaire (${countries}) ; le tableau qui suit donne les mêmes chiffres.`,
      dataTable: 'Données du graphique',
      noData: 'aucun montant',
    },
    written: (path: string) => `rapport écrit dans ${path}`,
    generated: (date: string) => `Rapport produit par charte le ${date}.`,
    badState: (value: string, allowed: string) =>
      `--state ${value} : état inconnu ; choisissez parmi ${allowed}`,
    badYear: (value: string) => `--year ${value} : écrivez une année sur quatre chiffres, par exemple 2025`,
    badMonths: (value: string) => `--months ${value} : écrivez un nombre de mois entre 1 et 60`,
    noChartersFound: 'aucune charte trouvée',
  },
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
