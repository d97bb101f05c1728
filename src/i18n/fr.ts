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
  blocks: {
    // What the generated blocks say (the text people sign).
    doc: {
      between: 'Entre :',
      withSupportOf: 'avec le concours de :',
      approvesBy: (body: string) =>
        `, qui approuve la présente charte par délibération de son instance de décision (${body})`,
      hereinafter: 'ci-après dénommés « les partenaires ».',
      agenda21Objective: (objective: string) => `Elle met en œuvre l’objectif ${objective} de l’Agenda 21`,
      agenda21Action: (action: string) => `, action « ${action} »`,
      agenda21Indicator: (indicator: string) => ` Indicateur : ${indicator}.`,
      purpose: (north: string, south: string) =>
        `La présente charte a pour objet d’établir une relation de coopération durable et réciproque entre ${north}, d’une part, et ${south}, d’autre part.`,
      tableHead: '| Entité | Rôle | Pays | Référents |',
      referentSeparator: ' ; ',
      pillarLine: (pillar: string, text: string) => `- **${pillar}** : ${text}`,
      sdgs: (list: string) =>
        `La charte contribue aux objectifs de développement durable des Nations unies (ODD) suivants : ${list}.`,
      commitmentsIntro: (n: number) =>
        plural('fr', n, {
          one: 'Les partenaires prennent l’engagement suivant :',
          other: 'Les partenaires prennent les engagements suivants :',
        }),
      carriedBy: (carriers: string) => `Porté par ${carriers}`,
      referent: (name: string) => ` ; référent : ${name}`,
      pillars: (list: string) => `Piliers : ${list}`,
      commitmentSdgs: (list: string) => ` ; ODD ${list}`,
      actions: (n: number, list: string) =>
        plural('fr', n, {
          one: ` ; action de l’Agenda 21 : ${list}`,
          other: ` ; actions de l’Agenda 21 : ${list}`,
        }),
      due: (date: string) => ` ; échéance : ${date}`,
      resourcesIntro: 'Pour mener à bien le projet, chaque partenaire apporte les moyens suivants :',
      financialForecast:
        'Les montants indiqués sont prévisionnels. Ils sont inscrits chaque année au budget de chaque partenaire, sous réserve du vote de son instance de décision, et leur emploi est présenté dans le bilan annuel.',
      financialLater:
        'Les moyens financiers seront précisés par le Comité de suivi 21 au fil des projets ; ils sont inscrits au budget de chaque partenaire, sous réserve du vote de son instance de décision.',
      governance: (associates: string) =>
        `Il réunit les référents désignés ci-dessus${associates === '' ? '' : ` ainsi que des représentants ${associates}`}. Il se réunit au moins une fois par an, en présence ou à distance, et chaque fois qu’un partenaire le demande.`,
      pilot: (pilot: string, services: string, others: string) =>
        `Le pilotage de l’action est assuré par : ${pilot}${services === '' ? '' : `, avec ${services}`}${others === '' ? '' : ` ; y sont également associés : ${others}`}.`,
      evaluationIntro:
        'Évaluation de l’action (de 0 à 3 ★ ; plus le nombre d’étoiles est grand, plus la faisabilité, l’impact ou l’ampleur de l’action est grand) :',
      evaluationHead: '| Critère | Cote |',
      evaluationLater:
        'L’évaluation porte sur six critères cotés de 0 à 3 ★ (cote maximale ★★★) : environnement, économie, social, solidarité envers les générations futures, solidarité Nord-Sud et ampleur géographique. Le Comité de suivi 21 établit la première cotation lors de son premier bilan annuel.',
      duration: (years: number) =>
        `La charte prend effet à la date de la dernière signature des entités signataires. Elle est conclue pour ${plural('fr', years, { one: '# an', other: '# ans' })}.`,
      tacit: (months: number) =>
        `Elle est reconduite tacitement pour la même durée, sauf dénonciation par l’un des partenaires au moins ${months} mois avant son échéance. Le Comité de suivi 21 en dresse néanmoins le bilan à chaque échéance.`,
      explicit: (months: number) =>
        `Son renouvellement est explicite : au plus tard ${months} mois avant l’échéance, le Comité de suivi 21 en dresse le bilan et propose une nouvelle version, approuvée par de nouvelles délibérations et revêtue de nouvelles signatures. À défaut, la charte prend fin à son échéance.`,
      withdrawal: (months: number) =>
        `Chaque partenaire peut mettre fin à sa participation par une délibération de son instance de décision, notifiée aux autres partenaires au moins ${months} mois à l’avance ; les actions engagées sont alors menées à leur terme ou font l’objet d’un accord de clôture.`,
      originals: (count: string, n: number, signers: string) =>
        plural('fr', n, {
          one: `Fait en un exemplaire original, pour ${signers}.`,
          other: `Fait en ${count} exemplaires originaux, un pour chaque entité signataire : ${signers}.`,
        }),
      optionalSigners: (list: string) =>
        `Peuvent également signer la charte, sans que leur signature soit requise pour son entrée en vigueur : ${list}.`,
    },
    unknownBlock: (name: string, known: string) =>
      `bloc généré inconnu « ${name} » : les blocs connus sont ${known} ; corrigez le nom ou retirez les marqueurs`,
    unclosed: (name: string) =>
      `le bloc « ${name} » n’est pas fermé : ajoutez la ligne \`<!-- charte:end ${name} -->\` après son contenu`,
    strayEnd: (name: string) =>
      `fin de bloc « ${name} » sans début : ajoutez \`<!-- charte:begin ${name} -->\` avant son contenu, ou retirez cette ligne`,
    mismatchedEnd: (name: string, open: string) =>
      `fin de bloc « ${name} » alors que le bloc « ${open} » est ouvert : les blocs ne s’imbriquent pas`,
    duplicate: (name: string, line: number) =>
      `le bloc « ${name} » apparaît deux fois (déjà ligne ${line}) : gardez-en un seul`,
    stale: (name: string, written: string, expected: string) =>
      `le bloc « ${name} » dit ${written}, les données disent ${expected} ; lancez \`charte sync\` pour le régénérer`,
    staleMissing: (name: string, expected: string) =>
      `le bloc « ${name} » s’arrête avant ${expected} (que disent les données) ; lancez \`charte sync\` pour le régénérer`,
    staleExtra: (name: string, written: string) =>
      `le bloc « ${name} » dit encore ${written}, que les données ne disent plus ; lancez \`charte sync\` pour le régénérer`,
    nothing: 'rien',
    placeholder: (text: string, context: string) =>
      `« ${text} » est à remplacer avant la signature : complétez « ${context} »`,
    placeholderRefused: (count: number) =>
      plural('fr', count, {
        one: 'la charte contient encore # mention à compléter : remplacez-la avant de signer ou d’exporter la version finale',
        other:
          'la charte contient encore # mentions à compléter : remplacez-les avant de signer ou d’exporter la version finale',
      }),
    notFresh: (path: string, count: number) =>
      plural('fr', count, {
        one: `${path} : # bloc généré ne correspond plus aux données ; lancez \`charte sync ${path}\` puis relisez`,
        other: `${path} : # blocs générés ne correspondent plus aux données ; lancez \`charte sync ${path}\` puis relisez`,
      }),
    invalid: (path: string) =>
      `${path} : la charte a des erreurs (voir \`charte validate ${path}\`) : ses blocs ne peuvent pas être régénérés`,
    updated: (path: string, names: string) => `${path} : blocs régénérés (${names})`,
    upToDate: (path: string) => `${path} : blocs à jour`,
    noBlocks: (path: string) =>
      `${path} : aucun bloc généré ; voir docs/blocks.md pour marquer les passages qui reprennent les données`,
    wouldUpdate: (path: string, names: string) =>
      `${path} : blocs périmés (${names}) ; lancez \`charte sync ${path}\``,
    summary: (updated: number, total: number) =>
      `${plural('fr', updated, { one: '# fichier mis à jour', other: '# fichiers mis à jour' })} sur ${total}`,
    checkSummary: (stale: number, total: number) =>
      `${plural('fr', stale, { one: '# fichier à régénérer', other: '# fichiers à régénérer' })} sur ${total}`,
    help: {
      description:
        'régénère les blocs générés du texte (parties, engagements, moyens, signataires…) à partir du front matter',
      paths: 'fichiers, dossiers ou motifs glob (défaut : .)',
      asOf: 'jour de la vérification, AAAA-MM-JJ (défaut : aujourd’hui)',
      check: 'ne modifie rien : sort avec le code 1 si un bloc est périmé (pour la CI)',
      examples: [
        'charte sync charters/villeneuve-kassande.md',
        'charte sync --check                  # en CI : échoue si un bloc est périmé',
      ],
    },
  },
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
  init: {
    intro: 'charte init : nouvelle charte de solidarité',
    missingAnswers: (missing: string) =>
      `réponses manquantes : ${missing}. Rien n'a été écrit. Donnez-les dans un fichier (--answers reponses.yaml), lancez la commande dans un terminal pour répondre aux questions, ou passez --yes pour écrire des valeurs « à préciser ».`,
    templateInvalid: (template: string) =>
      `le modèle ${template} a produit une charte invalide (rien n'a été écrit) :`,
    confirmWrite: (path: string) => `Écrire ${path} ?`,
    cancelled: 'init annulé : rien n’a été écrit',
    badId: (where: string, id: string, suggestion: string) =>
      `${where}: « ${id} » n'est pas un identifiant : minuscules sans accents, chiffres et tirets (il nomme le fichier et ne doit pas en sortir)${suggestion === '' ? '' : ` ; essayez ${suggestion}`}`,
    answerLabel: 'réponse',
    defaultLabel: 'valeur par défaut',
    answersInvalid: 'ces réponses ne font pas une charte valide (rien n’a été écrit) :',
  },
  // ── cli: help, commander errors, prompts ──
  cli: {},
  // ── log and diff ──
  log: {},
  diff: {},
};

export type Catalogue = typeof fr;
