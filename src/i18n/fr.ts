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
  renew: {
    notACharter: (path: string) =>
      `${path} : ce fichier n’est pas une charte (pas de clé \`charte: 1\` dans son front matter)`,
    malformedFields: (path: string, list: string) =>
      `${path} : champ(s) absent(s) ou mal formé(s) : ${list} ; l’état est calculé avec ce qui se lit ; corrigez avec \`charte validate ${path}\``,
    invalidSignatureDate: (path: string, field: string, value: string) =>
      `${path} : ${field} vaut « ${value} », qui n’est pas une date du calendrier : cette signature n’est pas comptée ; écrivez AAAA-MM-JJ (\`charte validate ${path}\` la situe)`,
    signatureBefore1900: (path: string, field: string, value: string) =>
      `${path} : ${field} vaut « ${value} », une année antérieure à 1900 : cette signature n’est pas comptée ; corrigez l’année (\`charte validate ${path}\` la situe)`,
    futureSignatureDate: (path: string, field: string, value: string, asOf: string) =>
      `${path} : ${field} vaut ${value}, après le jour de la vérification (${asOf}) ; vérifiez la date de cette signature`,
    duplicateId: (count: number, id: string, list: string) =>
      `${count} chartes ont le même identifiant \`${id}\` : ${list} ; chacune est rapportée, mais leurs étiquettes charte/${id}/v… se confondent ; donnez à chacune un \`id\` unique`,
    noCharterFound: 'aucune charte trouvée',
    standing: {
      never_signed: 'jamais signée',
      in_force: 'en vigueur',
      due_soon: 'à renouveler prochainement',
      overdue: 'renouvellement en retard',
      suspended: 'suspendue',
      terminated: 'résiliée',
    },
    versionSignedOn: (version: number | null, date: string) =>
      version === null ? `signée le ${date}` : `v${version} signée le ${date}`,
    dueOn: (date: string) => `échéance le ${date}`,
    daysLeft: (n: number) => plural('fr', n, { one: '# jour restant', other: '# jours restants' }),
    daysLate: (n: number) => plural('fr', n, { one: 'en retard de # jour', other: 'en retard de # jours' }),
    suspendedSince: (date: string, reason: string) => `depuis le ${date} (motif : ${reason})`,
    resumedOn: (date: string) => `reprise le ${date}`,
    terminatedOn: (date: string, reason: string) => `le ${date} (motif : ${reason})`,
    amendedSinceSigning: 'modifiée depuis la signature (modification non signée)',
    work: {
      first_signature: (version: number) => `en cours : première signature de la v${version}`,
      renewal: (version: number) => `en cours : renouvellement, v${version}`,
      amendment: (number: number, version: number, purpose: string | null) =>
        `en cours : avenant n° ${number} à la v${version}${purpose ? ` (${purpose})` : ''}`,
      unsigned_change: (version: number) =>
        `en cours : la v${version} signée a été modifiée sans avenant et il lui manque des signatures requises ; le texte signé reste celui qui compte : passez par un avenant (charte amend) ou par la version suivante (charte renew --start)`,
    },
    signedBy: (list: string) => `signée par ${list}`,
    awaited: (list: string) => `attendue de ${list}`,
    decisionsMissing: (list: string) => `délibération manquante : ${list}`,
    joining: (list: string) => `rejoint la charte : ${list}`,
    nobody: 'personne',
    amendmentSigned: (number: number, date: string | null) =>
      date === null ? `avenant n° ${number} signé` : `avenant n° ${number} signé le ${date}`,
    historySigned: (version: number, date: string, commit: string) =>
      `v${version} : signée le ${date} (commit ${commit})`,
    historyNeverSigned: (version: number) => `v${version} : jamais signée entièrement`,
    renewedOnTime: (date: string) => `renouvelée à temps (version suivante signée le ${date})`,
    renewedLate: (date: string) => `renouvelée en retard (version suivante signée le ${date})`,
    error: 'erreur',
    warning: 'avertissement',
    summary: (charters: string, asOf: string, parts: string) =>
      `${charters} au ${asOf}${parts === '' ? '' : ` : ${parts}`}`,
    summaryStanding: {
      never_signed: (n: number) => plural('fr', n, { one: '# jamais signée', other: '# jamais signées' }),
      in_force: (n: number) => plural('fr', n, { one: '# en vigueur', other: '# en vigueur' }),
      due_soon: (n: number) =>
        plural('fr', n, { one: '# à renouveler prochainement', other: '# à renouveler prochainement' }),
      overdue: (n: number) => plural('fr', n, { one: '# en retard', other: '# en retard' }),
      suspended: (n: number) => plural('fr', n, { one: '# suspendue', other: '# suspendues' }),
      terminated: (n: number) => plural('fr', n, { one: '# résiliée', other: '# résiliées' }),
    },
    summaryWork: (n: number) =>
      plural('fr', n, { one: '# signature ou avenant en cours', other: '# signatures ou avenants en cours' }),
    markdown: {
      title: (asOf: string) => `## Renouvellement des chartes au ${asOf}`,
      header: ['Charte', 'Entités', 'Situation', 'Signée le', 'Échéance', 'Délai', 'En cours'],
      version: (version: number | null) => (version === null ? 'version inconnue' : `v${version}`),
      amendedNote: (name: string) =>
        `${name} : texte, engagements, entités ou moyens modifiés depuis la signature ; la modification reste à approuver et à signer (avenant).`,
      lateNote: (name: string, versions: string) => `${name} : renouvelée en retard après ${versions}.`,
      warnings: '### Avertissements',
      none: '—',
    },
    ics: {
      calendar: 'Chartes de solidarité : renouvellements',
      dueSummary: (name: string, version: number | null) =>
        `Renouvellement de la charte : ${name} (v${version ?? '?'})`,
      dueDescription: (
        name: string,
        path: string,
        version: number | null,
        signedOn: string,
        dueOn: string,
        entities: string,
        start: string,
      ) =>
        `La version ${version ?? '?'} de la charte « ${name} » (${path}), signée le ${signedOn}, arrive à échéance le ${dueOn}. Entités : ${entities}. Le renouvellement est explicite : nouvelles délibérations, nouvelles signatures, nouvelle version (${start}).`,
      alarm: (name: string, months: number, dueOn: string) =>
        `${name} : échéance dans ${months} mois (${dueOn})`,
      overdueSummary: (name: string, version: number | null, late: string) =>
        `EN RETARD : charte ${name} (v${version ?? '?'}), ${late}`,
      overdueDescription: (
        name: string,
        path: string,
        version: number | null,
        signedOn: string,
        dueOn: string,
        late: string,
      ) =>
        `La version ${version ?? '?'} de la charte « ${name} » (${path}), signée le ${signedOn}, est arrivée à échéance le ${dueOn} : ${late}. Aucune version suivante n’est signée ; la commune n’a plus de charte en vigueur.`,
      overdueAlarm: (name: string) => `${name} : renouvellement en retard`,
      work: (text: string) => ` ${text}.`,
    },
  },
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
  log: {
    noSuchFile: (path: string) => `${path} : fichier introuvable ; donnez le chemin d’une charte du dépôt`,
    inCommit: (sha: string) => ` dans le commit ${sha}`,
    signingOutsideHistory: ' (commit de signature hors de l’historique disponible)',
    tagElsewhere: ' : ailleurs !',
    signedVersion: (head: string, date: string, where: string, due: string) =>
      `${head} : signée le ${date}${where}, échéance le ${due}`,
    notSignedYet: (head: string) => `${head} : pas encore signée par toutes les entités requises`,
    signatures: '  signatures :',
    amendment: (number: number, purpose: string | null) =>
      `avenant n° ${number}${purpose === null ? '' : ` (${purpose})`}`,
    amendmentSigned: (name: string, date: string, where: string) => `${name} : signé le ${date}${where}`,
    amendmentOpen: (name: string) => `${name} : en attente de signatures`,
    kinds: {
      created: 'création',
      'history-starts': 'début de l’historique',
      'new-version': 'nouvelle version',
      edited: 'rédaction',
      signature: 'signature',
      signed: 'signée',
      'amendment-opened': 'avenant ouvert',
      'amendment-signature': 'signature d’avenant',
      'amendment-signed': 'avenant signé',
      amended: 'modifiée après signature',
    },
    kindOfAmendment: (kind: string, number: number) => `${kind} n° ${number}`,
    renamedFrom: (path: string) => ` (renommé depuis ${path})`,
    noHistory: '(aucun historique git)',
    uncommitted: 'fichier de travail : modifications non commitées',
    warning: 'avertissement : ',
  },
  diff: {},
};

export type Catalogue = typeof fr;
