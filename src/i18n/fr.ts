/**
 * The French catalogue: every message the program shows or writes, in French. It is the
 * reference: `Catalogue` is its type, and every other language must give the same keys with the
 * same parameters (the compiler checks it; test/catalogue.test.ts checks it at run time too).
 *
 * Messages are strings, or functions of their parameters when they have some. Plurals go through
 * `plural()` (Intl.PluralRules). Typographic apostrophe (’) in every message. The narrow no-break
 * space (U+202F) before ; : ! ? and inside « » goes into what people sign (the charter's text,
 * its documents), added where they are rendered (src/text/typography.ts); the messages of the
 * command line keep a plain space there (terminals, logs and CI reports).
 *
 * Sections are one per area of the program; keep each section’s keys together.
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
    changedOnDisk: (path: string) =>
      `${path} a changé sur le disque depuis sa lecture (un éditeur l’a-t-il enregistré ?) : rien n’a été écrit ; relancez la commande`,
    readOnly: (path: string, mode: string) =>
      `${path} est en lecture seule (droits ${mode}) : rien n’a été écrit ; s’il doit vraiment changer, rendez-le modifiable (\`chmod u+w ${path}\`) et relancez la commande`,
    writeFailed: (path: string, cause: string) =>
      `${path} : écriture impossible, ${cause} ; le fichier n’a pas changé`,
    writeCause: (code: string) => {
      switch (code) {
        case 'ENOSPC':
          return 'le disque est plein (libérez de la place et relancez la commande)';
        case 'EDQUOT':
          return 'le quota du disque est atteint (libérez de la place et relancez la commande)';
        case 'EACCES':
        case 'EPERM':
          return 'permission refusée (dossier en lecture seule ? vérifiez les droits du dossier)';
        case 'EROFS':
          return 'le système de fichiers est en lecture seule';
        case 'EIO':
          return 'le contenu relu ne correspond pas à celui écrit (disque défaillant ?)';
        case 'ENOENT':
        case 'ENOTDIR':
          return 'le dossier n’existe plus';
        default:
          return `erreur ${code}`;
      }
    },
  },
  // ── git (the one module that runs git) ──
  git: {
    missing:
      'git est introuvable : installez-le (paquet « git »), ou travaillez sans les options qui l’utilisent',
    operationInProgress: (operation: string) => {
      const how: Record<string, string> = {
        merge:
          'une fusion (merge) est en cours : terminez-la (résolvez les conflits, `git add`, puis `git commit`) ou annulez-la (`git merge --abort`)',
        rebase:
          'un rebase est en cours : terminez-le (résolvez les conflits, `git add`, puis `git rebase --continue`) ou annulez-le (`git rebase --abort`)',
        am: 'l’application de correctifs (git am) est en cours : terminez-la (`git am --continue`) ou annulez-la (`git am --abort`)',
        'cherry-pick':
          'un cherry-pick est en cours : terminez-le (résolvez les conflits, `git add`, puis `git cherry-pick --continue`) ou annulez-le (`git cherry-pick --abort`)',
        revert:
          'un revert est en cours : terminez-le (`git revert --continue`) ou annulez-le (`git revert --abort`)',
        bisect: 'une recherche par bissection (git bisect) est en cours : terminez-la (`git bisect reset`)',
      };
      return `${how[operation] ?? operation} ; rien n’a été écrit ni enregistré, relancez la commande ensuite`;
    },
    unmerged: (path: string) =>
      `${path} est en conflit dans git (non fusionné) : résolvez le conflit et \`git add -- ${path}\`, ou annulez l’opération en cours ; rien n’a été écrit ni enregistré`,
    notInRepository: (path: string) =>
      `${path} n’est dans aucun dépôt git : --commit en demande un (\`git init\`), ou travaillez sans --commit`,
    outsideWorkTree: (path: string, top: string) => `${path} est hors de l’arbre de travail du dépôt ${top}`,
    noIdentity: (detail: string) =>
      `git ne sait pas qui enregistre la modification (${detail}) : lancez \`git config user.name "Prénom Nom"\` et \`git config user.email vous@example.org\`, puis recommencez`,
    ignored: (path: string, relPath: string) =>
      `${path} est ignoré par git (\`git check-ignore -v -- ${relPath}\` dit quelle règle) : --commit ne peut pas l’enregistrer`,
    tagExists: (tag: string, target: string) =>
      `l’étiquette ${tag} existe déjà et désigne ${target}, pas la signature que vous ajoutez : cette version a-t-elle déjà été signée ? Ouvrez la suivante (\`charte renew --start\`) ou, si l’étiquette est fausse, supprimez-la (\`git tag -d ${tag}\`)`,
    commitNotFound: 'commit introuvable après git commit',
    commitFailed: (path: string, detail: string) => `git n’a pas pu enregistrer ${path} (${detail})`,
    tagFailed: (commit: string, tag: string, detail: string, subject: string) =>
      `le commit ${commit} est enregistré, mais l’étiquette ${tag} n’a pas pu être créée (${detail}) : créez-la avec \`git tag -a -m "${subject}" ${tag} ${commit}\``,
    conflictMarker: (marker: string) =>
      `marqueur de conflit git \`${marker}\` : la fusion n’est pas terminée ; gardez les bonnes lignes, supprimez les marqueurs \`<<<<<<<\`, \`=======\` et \`>>>>>>>\`, puis \`git add\``,
  },
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
  lifecycle: {
    warningColon: ' : ',
    icsLanguage: 'FR',
    help: {
      file: 'la charte',
      commit: 'enregistre le fichier seul dans git (commit)',
      asOf: 'jour de la vérification, AAAA-MM-JJ (défaut : aujourd’hui) : rien ne peut être daté après',
      amend: {
        description:
          'ouvre l’avenant suivant à la version signée en vigueur (sans changer l’échéance de renouvellement) ; une entité peut y adhérer',
        purpose: 'objet de l’avenant',
        join: 'code d’une entité déjà déclarée dans `entities` qui adhère par cet avenant (répétable)',
        joinEntity:
          'déclare et fait adhérer une entité : id=…,name="…",type=…,country=FR[,role=associate][,decision_body=…] (répétable)',
        date: 'date d’ouverture (ou du retrait, avec --withdraw), AAAA-MM-JJ (défaut : aujourd’hui)',
        withdraw:
          'retire l’avenant ouvert, avant que tous l’aient signé : il ne prend pas effet et ses entités n’adhèrent pas (avec --reason)',
        reason: 'motif du retrait (avec --withdraw)',
        decision: 'référence de la délibération qui décide le retrait (avec --withdraw)',
        examples: [
          'charte amend charters/ouaga.md --purpose "Adhésion de l’association Eau Vive" --join-entity id=eau-vive,name="Eau Vive",type=association,country=FR',
          'charte amend charters/ouaga.md --purpose "Subvention portée à 15 000 €" --date 2027-03-01 --commit',
          'charte sign charters/ouaga.md --entity eau-vive --signatory "A. Diallo" --capacity Présidente --date 2027-04-02 --commit',
          'charte amend charters/ouaga.md --withdraw --reason "Le conseil de l’association a refusé l’adhésion" --date 2027-05-10 --commit',
        ],
      },
      decide: {
        description:
          'enregistre la délibération d’une entité (dans `decisions`, ou dans celles d’un avenant)',
        entity: 'code de l’entité qui délibère',
        body: 'instance qui délibère (ex. « Conseil municipal »)',
        reference: 'référence de la délibération (ex. DCM-2026-12)',
        date: 'date du vote, AAAA-MM-JJ',
        url: 'adresse de la délibération publiée',
        fileOption: 'copie de la délibération dans le dépôt de la charte, épinglée par son empreinte SHA-256',
        amendment: 'numéro de l’avenant que la délibération approuve',
        examples: [
          'charte decide charters/ouaga.md --entity ville --body "Conseil municipal" --reference DCM-2026-12 --date 2026-04-14 --file deliberations/DCM-2026-12.pdf',
          'charte decide charters/ouaga.md --entity ouaga --body "Conseil municipal" --reference 2027-08 --date 2027-03-20 --amendment 1 --commit',
        ],
      },
      suspend: {
        description:
          'suspend la charte à une date, pour un motif (aucune échéance n’est calculée pendant la suspension)',
        date: 'date de la suspension, AAAA-MM-JJ',
        reason: 'motif',
        decision: 'référence de la délibération qui suspend',
        examples: [
          'charte suspend charters/ouaga.md --date 2027-09-01 --reason "Situation sécuritaire" --commit',
        ],
      },
      resume: {
        description: 'enregistre la reprise d’une charte suspendue',
        date: 'date de la reprise, AAAA-MM-JJ',
        examples: ['charte resume charters/ouaga.md --date 2028-02-15 --commit'],
      },
      terminate: {
        description: 'résilie la charte à une date, pour un motif (elle ne se renouvelle plus)',
        date: 'date de la résiliation, AAAA-MM-JJ',
        reason: 'motif',
        decision: 'référence de la délibération qui résilie',
        examples: [
          'charte terminate charters/ouaga.md --date 2029-06-30 --reason "Fin du jumelage" --decision DCM-2029-40',
        ],
      },
      commitment: {
        description: 'enregistre l’avancement d’un engagement (status, status_on, status_note)',
        id: 'code de l’engagement (C1, C2…)',
        status: 'avancement',
        note: 'note d’avancement',
        date: 'date de l’avancement, AAAA-MM-JJ (défaut : aujourd’hui)',
        examples: [
          'charte commitment charters/ouaga.md C1 --status in_progress --note "Deux forages sur trois réhabilités"',
          'charte commitment charters/ouaga.md C3 --status done --date 2027-06-30 --commit',
        ],
      },
    },
    runner: {
      nothingSigned: 'rien n’a été signé',
      nothingChanged: 'rien n’a été modifié',
      invalid: (path: string, refusal: string, details: string) =>
        `${path} n’est pas une charte valide, ${refusal} ; corrigez d’abord ces erreurs :\n${details}`,
      resultInvalid: (path: string, refusal: string, details: string) =>
        `${path} : le résultat ne serait pas une charte valide, ${refusal} :\n${details}`,
      lockFailed: (path: string, reason: string) =>
        `${path} : impossible de poser le verrou d’écriture à côté de la charte (${reason}) ; vérifiez les droits du dossier, rien n’a été écrit`,
      restored: (message: string) => `${message} ; le fichier est revenu à son état d’avant`,
      signLocked: (path: string) =>
        `${path} : une autre signature de cette charte est en cours d’enregistrement ; rien n’a été signé, relancez la commande quand elle aura fini`,
    },
    editor: {
      unparsable:
        'le front matter ne se lit pas : corrigez d’abord les erreurs signalées par `charte validate`',
      flowRoot:
        'le front matter est écrit en style « flow » (`{...}`) : réécrivez-le en lignes `clé: valeur` pour qu’il puisse être modifié sans être réécrit',
      notAList: (key: string) =>
        `\`${key}\` n’est pas une liste : corrigez-le (\`charte validate\`) avant de le modifier`,
      unsupported: (key: string) =>
        `la valeur de \`${key}\` est écrite d’une façon que charte ne sait pas modifier sans réécrire le fichier : écrivez-la en liste \`- ...\` (ou \`${key}: []\`) sous la clé, puis recommencez`,
      flowMapping: (key: string) =>
        `\`${key}\` est écrit en style « flow » (\`{...}\`) : écrivez-le en lignes \`clé: valeur\` pour que charte puisse y ajouter une clé, puis recommencez`,
      verifyFailed: (detail: string) =>
        `la modification aurait changé autre chose que prévu (${detail}) : rien n’a été écrit ; signalez ce fichier aux développeurs de charte`,
    },
    values: {
      empty: (flag: string) => `${flag} est vide : donnez une valeur`,
      control: (flag: string) =>
        `${flag} contient un caractère de contrôle ou un saut de ligne : écrivez la valeur sur une ligne`,
      dateFormat: (flag: string, value: string) =>
        `${flag} ${value} : écrivez la date AAAA-MM-JJ, par exemple 2026-03-31`,
      dateNotInCalendar: (flag: string, value: string) =>
        `${flag} ${value} : ce jour n’existe pas dans le calendrier (mois de 1 à 12, 29 février les années bissextiles seulement)`,
      dateFuture: (flag: string, value: string, asOf: string) =>
        `${flag} ${value} est dans le futur (nous sommes le ${asOf}) : on enregistre un événement le jour où il a eu lieu, ou après`,
      missing: (flags: string, usage: string) => `il manque ${flags} : \`${usage}\``,
      number: (flag: string, value: string) => `${flag} ${value} : donnez un numéro d’avenant (1, 2…)`,
    },
    state: {
      terminated: (path: string, date: string) =>
        `${path} : la charte est résiliée depuis le ${date} : plus rien ne s’y enregistre ; une nouvelle coopération commence par une nouvelle charte (\`charte init\`)`,
      suspended: (path: string, since: string) =>
        `${path} : la charte est suspendue depuis le ${since} : enregistrez d’abord sa reprise (\`charte resume ${path} --date AAAA-MM-JJ\`)`,
      unknownEntity: (path: string, entity: string, guess: string | undefined, ids: string) =>
        `${path} : entité inconnue \`${entity}\`${guess ? ` ; vouliez-vous dire \`${guess}\` ?` : ''} (entités de la charte : ${ids})`,
    },
    sign: {
      alreadySigned: (path: string, entity: string, version: number, signatory: string, date: string) =>
        `${path} : \`${entity}\` a déjà signé la version ${version} (${signatory}, le ${date}) : une signature par entité et par version ; pour modifier la charte en cours de période, ouvrez un avenant (\`charte amend\`) ; pour la renouveler, ouvrez la version suivante (\`charte renew --start\`)`,
      joinAfterSigning: (path: string, entity: string, version: number, tag: string) =>
        `${path} : la version ${version} est déjà signée et étiquetée (${tag}) ; \`${entity}\` la rejoint par un avenant : \`charte amend ${path} --purpose "Adhésion de …" --join ${entity}\`, puis \`charte sign\``,
      dateBeforeDecision: (date: string, entity: string, reference: string, decided: string) =>
        `--date ${date} précède la délibération de \`${entity}\` (${reference}, du ${decided}) : on signe après le vote ; vérifiez la date`,
      notAmendmentSigner: (path: string, entity: string, number: number, signers: string) =>
        `${path} : l’avenant n° ${number} est ouvert et \`${entity}\` n’en est pas signataire : ce sont ${signers} qui le signent (\`charte sign --entity <code>\`) ; une entité qui veut rejoindre la charte le fera par un avenant suivant, une fois celui-ci conclu`,
      amendmentAlreadySigned: (
        path: string,
        entity: string,
        number: number,
        signatory: string,
        date: string,
        awaited: string,
      ) =>
        `${path} : \`${entity}\` a déjà signé l’avenant n° ${number} (${signatory}, le ${date}) ; signatures encore attendues : ${awaited}`,
      dateBeforeOpened: (date: string, number: number, opened: string) =>
        `--date ${date} précède l’ouverture de l’avenant n° ${number} (le ${opened}) : vérifiez la date`,
      signsVersion: (
        path: string,
        entity: string,
        version: number,
        signatory: string,
        capacity: string,
        date: string,
      ) => `${path} : \`${entity}\` signe la version ${version} (${signatory}, ${capacity}, le ${date}).`,
      signsAmendment: (
        path: string,
        entity: string,
        number: number,
        version: number,
        signatory: string,
        capacity: string,
        date: string,
      ) =>
        `${path} : \`${entity}\` signe l’avenant n° ${number} à la version ${version} (${signatory}, ${capacity}, le ${date}).`,
      versionComplete: (version: number, signedOn: string, dueOn: string) =>
        `Toutes les entités requises ont signé : version ${version} signée le ${signedOn}, à renouveler le ${dueOn}.`,
      amendmentComplete: (number: number, signedOn: string, dueOn: string) =>
        `Toutes les entités requises ont signé : avenant n° ${number} conclu le ${signedOn} ; l’échéance de renouvellement ne change pas (${dueOn}).`,
      stillExpected: (list: string) => `Signatures encore attendues : ${list}.`,
    },
    start: {
      notSigned: (path: string, version: number, missing: string, next: number) =>
        `${path} : la version ${version} n’est pas encore signée par ${missing} : terminez-la (\`charte sign\`) avant d’ouvrir la version ${next}`,
      joinedAfterSigning: (path: string, version: number, missing: string, tag: string) =>
        `${path} : ${missing} figure parmi les entités mais n’a pas signé la version ${version}, déjà étiquetée (${tag}) : une entité qui rejoint la charte la rejoint par un avenant (\`charte amend ${path} --purpose "Adhésion de …" --join <code>\`)`,
      openAmendment: (path: string, number: number, awaited: string) =>
        `${path} : l’avenant n° ${number} attend encore la signature de ${awaited} : faites-le signer (\`charte sign\`), ou retirez-le (\`charte amend ${path} --withdraw --reason …\`), avant d’ouvrir la version suivante, qui en reprendra le texte`,
      opened: (path: string, version: number, previous: number) =>
        `${path} : version ${version} ouverte (signatures, délibérations et avenants de la version ${previous} retirés du fichier, git les garde). Amendez le texte, faites délibérer, puis \`charte sign\`.`,
    },
    amend: {
      notSigned: (path: string, version: number, missing: string) =>
        `${path} : la version ${version} n’est pas encore signée par ${missing} : un avenant modifie une version signée ; terminez d’abord les signatures (\`charte sign\`), ou modifiez directement le texte tant qu’il n’est pas signé`,
      alreadyOpen: (path: string, number: number, awaited: string) =>
        `${path} : l’avenant n° ${number} est déjà ouvert et attend la signature de ${awaited} : faites-le signer (\`charte sign\`), ou retirez-le (\`charte amend ${path} --withdraw --reason …\`), avant d’en ouvrir un autre`,
      joinUnknown: (path: string, entity: string, ids: string) =>
        `${path} : \`${entity}\` n’est pas déclarée dans \`entities\` (${ids}) : ajoutez-la au front matter, ou déclarez-la ici avec \`--join-entity id=${entity},name=…,role=associate,type=association,country=FR\``,
      joinAlreadySigner: (path: string, entity: string, version: number) =>
        `${path} : \`${entity}\` est déjà signataire de la version ${version} : elle n’a pas à la rejoindre`,
      joinEntityExists: (path: string, entity: string) =>
        `${path} : \`${entity}\` est déjà déclarée dans \`entities\` : utilisez \`--join ${entity}\``,
      joinEntitySyntax: (value: string, problem: string) =>
        `--join-entity ${value} : ${problem} ; écrivez par exemple --join-entity id=assoc-x,name="Association X",role=associate,type=association,country=FR`,
      dateBeforeSigned: (date: string, version: number, signedOn: string) =>
        `--date ${date} précède la signature de la version ${version} (le ${signedOn}) : un avenant modifie une version signée ; vérifiez la date`,
      dateBeforeAmendment: (date: string, number: number, signedOn: string) =>
        `--date ${date} précède la conclusion de l’avenant n° ${number} (le ${signedOn}) : vérifiez la date`,
      opened: (path: string, number: number, version: number, purpose: string) =>
        `${path} : avenant n° ${number} à la version ${version} ouvert (« ${purpose} »). Faites-le délibérer (\`charte decide --amendment ${number}\`), puis signer (\`charte sign\`).`,
      joining: (n: number, list: string) =>
        plural('fr', n, {
          one: `Rejoint la charte par cet avenant : ${list} ; elle signera aussi les versions suivantes.`,
          other: `Rejoignent la charte par cet avenant : ${list} ; elles signeront aussi les versions suivantes.`,
        }),
      signers: (list: string) => `Signataires de l’avenant : ${list}.`,
      nothingToWithdraw: (path: string, version: number) =>
        `${path} : aucun avenant n’est ouvert sur la version ${version} : rien à retirer ; un avenant conclu se modifie par un nouvel avenant (\`charte amend ${path} --purpose …\`)`,
      nothingToWithdrawSigning: (path: string, version: number, missing: string) =>
        `${path} : aucun avenant n’est ouvert : la version ${version} attend encore la signature de ${missing} ; rien à retirer, son texte se modifie directement tant qu’elle n’est pas signée`,
      entitiesRemoved: (n: number, list: string) =>
        plural('fr', n, {
          one: `${list}, déclarée pour cet avenant, est retirée de \`entities\`.`,
          other: `${list}, déclarées pour cet avenant, sont retirées de \`entities\`.`,
        }),
      entitiesKept: (n: number, list: string) =>
        plural('fr', n, {
          one: `${list}, déclarée pour cet avenant, reste dans \`entities\` car le fichier la nomme ailleurs (référents, engagements, moyens, délibérations ou signatures) : retirez-la à la main si elle ne prend pas part à la charte.`,
          other: `${list}, déclarées pour cet avenant, restent dans \`entities\` car le fichier les nomme ailleurs (référents, engagements, moyens, délibérations ou signatures) : retirez-les à la main si elles ne prennent pas part à la charte.`,
        }),
      editsStay:
        'Les autres modifications faites dans le fichier pour cet avenant (texte, engagements, moyens) restent : `charte diff` les montre ; défaites-les, ou reprenez-les dans un nouvel avenant.',
      withdrawOnly: (n: number, flags: string) =>
        plural('fr', n, {
          one: `${flags} ne s’emploie qu’avec --withdraw (le retrait de l’avenant ouvert)`,
          other: `${flags} ne s’emploient qu’avec --withdraw (le retrait de l’avenant ouvert)`,
        }),
      withdrawFlags: (n: number, flags: string) =>
        plural('fr', n, {
          one: `${flags} ne s’emploie pas avec --withdraw : le retrait s’accompagne de --reason, et au besoin de --date et de --decision`,
          other: `${flags} ne s’emploient pas avec --withdraw : le retrait s’accompagne de --reason, et au besoin de --date et de --decision`,
        }),
      withdrawBefore: (date: string, what: string, when: string) =>
        `--date ${date} précède ${what} (le ${when}) : vérifiez la date`,
      openingOf: (number: number) => `l’ouverture de l’avenant n° ${number}`,
      withdrawalOf: (number: number) => `le retrait de l’avenant n° ${number}`,
      signatureOf: (number: number) => `la dernière signature de l’avenant n° ${number}`,
      withdrawn: (path: string, number: number, version: number, reason: string) =>
        `${path} : avenant n° ${number} à la version ${version} retiré (« ${reason} ») : il ne prend pas effet.`,
      notJoining: (n: number, list: string) =>
        plural('fr', n, {
          one: `${list} ne rejoint pas la charte par cet avenant : elle n’est plus signataire requise des versions suivantes.`,
          other: `${list} ne rejoignent pas la charte par cet avenant : elles ne sont plus signataires requises des versions suivantes.`,
        }),
    },
    decide: {
      amendmentUnknown: (path: string, number: number, numbers: string) =>
        `${path} : il n’y a pas d’avenant n° ${number} (${numbers}) : ouvrez-le d’abord (\`charte amend\`)`,
      duplicate: (path: string, entity: string, reference: string) =>
        `${path} : la délibération ${reference} de \`${entity}\` est déjà enregistrée`,
      urlAndFile:
        '--url et --file s’excluent : la délibération est en ligne (--url) ou dans le dépôt (--file)',
      urlInvalid: (url: string) => `--url ${url} : donnez une adresse complète (https://…)`,
      fileOutside: (file: string, root: string) =>
        `--file ${file} est hors du dépôt de la charte (${root}) : copiez la délibération dans le dépôt, puis donnez son chemin`,
      fileUnreadable: (file: string, reason: string) => `--file ${file} : ${reason}`,
      recorded: (path: string, entity: string, body: string, reference: string, date: string) =>
        `${path} : délibération ${reference} de \`${entity}\` (${body}, du ${date}) enregistrée.`,
      recordedAmendment: (path: string, entity: string, reference: string, date: string, number: number) =>
        `${path} : délibération ${reference} de \`${entity}\` (du ${date}) enregistrée pour l’avenant n° ${number}.`,
      pinned: (file: string, sha: string) => `Pièce ${file} épinglée (SHA-256 ${sha}).`,
    },
    suspend: {
      already: (path: string, since: string) =>
        `${path} : la charte est déjà suspendue depuis le ${since} : pour la reprendre, \`charte resume ${path} --date AAAA-MM-JJ\``,
      dateBefore: (flag: string, date: string, what: string, when: string) =>
        `${flag} ${date} précède ${what} (le ${when}) : vérifiez la date`,
      lastSignature: 'la dernière signature de la charte',
      suspendedSince: 'le début de la suspension',
      suspended: (path: string, since: string, reason: string) =>
        `${path} : charte suspendue depuis le ${since} (${reason}). Aucune échéance n’est calculée pendant la suspension ; \`charte resume\` enregistre sa reprise.`,
      notSuspended: (path: string) =>
        `${path} : la charte n’est pas suspendue : il n’y a rien à reprendre (\`charte renew\` montre où elle en est)`,
      alreadyResumed: (path: string, since: string, resumed: string) =>
        `${path} : la suspension du ${since} a déjà pris fin le ${resumed}`,
      resumed: (path: string, since: string, resumed: string) =>
        `${path} : reprise de la charte le ${resumed} (suspendue depuis le ${since}).`,
      alreadyTerminated: (path: string, date: string) =>
        `${path} : la charte est déjà résiliée depuis le ${date}`,
      terminated: (path: string, date: string, reason: string) =>
        `${path} : charte résiliée le ${date} (${reason}). Elle ne se renouvelle plus ; git garde son histoire.`,
    },
    commitment: {
      unknown: (path: string, id: string, guess: string | undefined, ids: string) =>
        `${path} : engagement inconnu \`${id}\`${guess ? ` ; vouliez-vous dire \`${guess}\` ?` : ''} (engagements : ${ids})`,
      updated: (path: string, id: string, status: string, date: string) =>
        `${path} : engagement ${id} « ${status} » au ${date}.`,
      statuses: { planned: 'prévu', in_progress: 'en cours', done: 'réalisé', abandoned: 'abandonné' },
    },
    result: {
      committed: (hash: string) => `Commit ${hash}.`,
      tagged: (tag: string) => `Étiquette ${tag} créée.`,
      decisionsMissing: (n: number, list: string) =>
        plural('fr', n, {
          one: `Délibération encore attendue : ${list} (\`charte decide\`).`,
          other: `Délibérations encore attendues : ${list} (\`charte decide\`).`,
        }),
    },
    /** Commit and tag messages, written into the commune’s history in the charter’s language. */
    history: {
      signVersion: (id: string, entity: string, version: number) =>
        `charte(${id}): ${entity} signe la v${version}`,
      signAmendment: (id: string, entity: string, version: number, number: number) =>
        `charte(${id}): ${entity} signe l’avenant n° ${number} à la v${version}`,
      signatureLine: (signatory: string, capacity: string, date: string, place: string | undefined) =>
        `${signatory} (${capacity}), le ${date}${place ? `, ${place}` : ''}`,
      versionTag: (id: string, version: number, signedOn: string) =>
        `charte(${id}): v${version} signée le ${signedOn}`,
      amendmentTag: (id: string, version: number, number: number, signedOn: string) =>
        `charte(${id}): avenant n° ${number} à la v${version} conclu le ${signedOn}`,
      start: (id: string, version: number) => `charte(${id}): ouverture de la v${version}`,
      amend: (id: string, version: number, number: number, purpose: string) =>
        `charte(${id}): ouverture de l’avenant n° ${number} à la v${version}\n\n${purpose}`,
      decide: (id: string, entity: string, reference: string) =>
        `charte(${id}): délibération ${reference} de ${entity}`,
      suspend: (id: string, since: string, reason: string) =>
        `charte(${id}): suspension le ${since}\n\n${reason}`,
      resume: (id: string, date: string) => `charte(${id}): reprise le ${date}`,
      withdraw: (id: string, version: number, number: number, reason: string) =>
        `charte(${id}): retrait de l’avenant n° ${number} à la v${version}\n\n${reason}`,
      terminate: (id: string, date: string, reason: string) =>
        `charte(${id}): résiliation le ${date}\n\n${reason}`,
      commitment: (id: string, commitment: string, status: string) =>
        `charte(${id}): engagement ${commitment} ${status}`,
    },
    rules: {
      amendmentNumbers: (expected: number, found: number) =>
        `avenant n° ${found} à cette place : les avenants sont numérotés 1, 2, 3… dans l’ordre (attendu : ${expected})`,
      amendmentsOpen: (first: number) =>
        `deux avenants attendent des signatures (le n° ${first} et celui-ci) : un seul avenant est ouvert à la fois ; faites signer le premier (\`charte sign\`)`,
      amendmentUnsignedVersion:
        'avenant à une version qui n’est pas encore signée par toutes ses entités requises : un avenant modifie une version signée ; retirez-le et modifiez directement le texte',
      joiningUndeclared: (entity: string) =>
        `\`${entity}\` rejoint la charte par cet avenant mais n’est pas déclarée dans \`entities\` : ajoutez-la`,
      joiningTwice: (entity: string, first: number) =>
        `\`${entity}\` a déjà rejoint la charte par l’avenant n° ${first}`,
      notAmendmentSigner: (entity: string, number: number, signers: string) =>
        `\`${entity}\` n’est pas signataire de l’avenant n° ${number} (signataires : ${signers}) : retirez cette signature`,
      duplicateAmendmentSignature: (entity: string, number: number) =>
        `\`${entity}\` a déjà signé l’avenant n° ${number} : une signature par entité`,
      amendmentDateBeforeVersion: (date: string, signedOn: string) =>
        `date ${date} antérieure à la signature de la version (le ${signedOn}) : un avenant suit la version qu’il modifie`,
      signatureBeforeOpened: (date: string, opened: string) =>
        `signature du ${date} antérieure à l’ouverture de l’avenant (le ${opened})`,
      withdrawnBeforeOpened: (date: string, opened: string) =>
        `retrait du ${date} antérieur à l’ouverture de l’avenant (le ${opened}) : corrigez \`withdrawn.date\``,
      withdrawnJoiningSigner: (entity: string, number: number) =>
        `\`${entity}\` devait rejoindre la charte par l’avenant n° ${number}, qui est retiré, et reste marquée \`required_signer: true\` : la version attendrait sa signature ; retirez \`required_signer\`, ou faites-la adhérer par un nouvel avenant (\`charte amend --join ${entity}\`)`,
      withdrawnSigned: (number: number) =>
        `l’avenant n° ${number} est signé par tous ses signataires : il a pris effet et ne peut plus être retiré ; supprimez \`withdrawn\` et modifiez-le par un nouvel avenant (\`charte amend\`)`,
      decisionFileMissing: (path: string) =>
        `la pièce ${path} est introuvable dans le dépôt : remettez-la à ce chemin ou corrigez \`path\``,
      decisionFileOutside: (path: string) =>
        `la pièce ${path} est hors du dépôt de la charte : copiez-la dans le dépôt et corrigez \`path\``,
      decisionFileChanged: (path: string, actual: string) =>
        `la pièce ${path} a changé depuis son enregistrement (SHA-256 actuel ${actual}) : remettez la pièce votée, ou enregistrez la nouvelle avec \`charte decide --file\``,
      resumedBeforeSince: (resumed: string, since: string) =>
        `reprise le ${resumed} antérieure au début de la suspension (le ${since}) : corrigez \`resumed_on\``,
      suspendedBeforeSignature: (since: string, signedOn: string) =>
        `suspension le ${since} antérieure à la dernière signature (le ${signedOn}) : vérifiez la date`,
      terminatedBeforeSignature: (date: string, signedOn: string) =>
        `résiliation le ${date} antérieure à la dernière signature (le ${signedOn}) : vérifiez la date`,
      statusOnWithoutStatus:
        '`status_on` ou `status_note` sans `status` : ajoutez l’avancement (`charte commitment`)',
    },
  },
  // ── generated blocks and placeholders in the body ──
  blocks: {
    semicolonBefore: ' ;',
    colonBefore: ' :',
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
        scheme: `image « ${q} » refusée : seules les images du dépôt sont exportées`,
        external: `image « ${q} » non incluse : un document exporté ne charge rien depuis le réseau ; copiez l’image dans le dépôt et donnez son chemin relatif`,
        outside: `image « ${q} » refusée : elle est hors du dépôt (${root}) ; seules les images du dépôt sont exportées`,
        missing: `image « ${q} » introuvable dans le dépôt : vérifiez son chemin (relatif au fichier de la charte)`,
        symlink: `image « ${q} » refusée : c’est un lien symbolique`,
        'not-a-file': `image « ${q} » refusée : ce n’est pas un fichier`,
        'too-large': `image « ${q} » refusée : elle dépasse 10 Mio ; réduisez-la`,
        format: `image « ${q} » refusée : ce n’est pas une image PNG, JPEG, GIF, WebP ou SVG`,
        'bad-url': `image « ${q} » refusée : adresse illisible`,
        budget: `image « ${q} » non incluse : les images du document dépassent 50 Mio`,
      })[reason],
    resolveCommit: (ref: string, root: string) =>
      `--ref ${ref} : aucun commit ni étiquette de ce nom dans ${root} ; voyez \`git log --oneline\` et \`git tag\``,
    bodyTree: 'Retour au texte',
    linkRefused: (q: string) =>
      `lien « ${q} » refusé : seuls les liens http, https et mailto sont exportés ; son texte est gardé sans lien`,
    bindingAgreement: 'convention (CGCT, art. L.1115-1)',
    politicalCommitment: 'engagement politique',
    colon: ' : ',
    and: 'et',
    subject: (kind: string, version: number, entities: string) =>
      `${kind}, version ${version}, entre ${entities}`,
    // Limits on a charter’s body, checked before parsing (src/validate/limits.ts).
    bodyLimit: {
      'body-size': (found: number, max: number) =>
        `le texte de la charte fait ${Math.ceil(found / 1024)} Kio, au-delà de la limite de ${max / 1024} Kio : mettez les annexes longues dans des fichiers à part`,
      nesting: (found: number, max: number) =>
        `${found} listes ou citations imbriquées sur cette ligne, au-delà de la limite de ${max} : aplatissez l’imbrication`,
      'inline-marks': (found: number, max: number) =>
        `ce paragraphe compte ${found} marques de mise en forme (*, _, ~, \`, [ ou ]), au-delà de la limite de ${max} : coupez-le en plusieurs paragraphes ou échappez les marques avec \\`,
      'table-columns': (found: number, max: number) =>
        `ce tableau a ${found} colonnes, au-delà de la limite de ${max} : découpez-le en plusieurs tableaux`,
      'table-cells': (found: number, max: number) =>
        `ce tableau a ${found} cellules (lignes × colonnes), au-delà de la limite de ${max} : découpez-le en plusieurs tableaux ou mettez-le en annexe`,
    },
    amendmentDocument: {
      kind: (number: number) => `Avenant n° ${number}`,
      metaTitle: (number: number, title: string) => `Avenant n° ${number} à la charte « ${title} »`,
      footer: (title: string, number: number, version: number, revision: string) =>
        `${title} · avenant n° ${number} à la version ${version} · ${revision}`,
      purpose: 'Objet',
      amendedVersion: 'Version modifiée',
      amendedVersionValue: (version: number, signedOn: string) => `version ${version}, signée le ${signedOn}`,
      openedOn: 'Ouvert le',
      concludedOn: 'Conclu le',
      awaiting: 'Signatures attendues',
      amendedBy: 'Modifiée par',
      amendedByValue: (number: number, date: string) => `l’avenant n° ${number} du ${date}`,
      changes: {
        entityAdded: (entity: string, country: string) =>
          `ajout ${entity} (${country}) aux entités de la charte`,
        entityRemoved: (entity: string) => `retrait ${entity} des entités de la charte`,
        commitmentAdded: (code: string, title: string) => `ajout de l’engagement ${code} « ${title} »`,
        commitmentRemoved: (code: string, title: string) => `retrait de l’engagement ${code} « ${title} »`,
        commitmentTitle: (code: string, title: string) =>
          `l’engagement ${code} est désormais intitulé « ${title} »`,
        resourceAmount: (description: string, by: string, before: string, after: string, raised: boolean) =>
          `le montant du moyen « ${description} » apporté ${by} est ${raised ? 'porté' : 'ramené'} de ${before} à ${after}`,
        resourceAdded: (description: string, by: string, amount: string) =>
          `ajout du moyen « ${description} » apporté ${by}${amount ? ` (${amount})` : ''}`,
        resourceRemoved: (description: string, by: string) =>
          `retrait du moyen « ${description} » apporté ${by}`,
      },
      articlePurpose: (n: number) => `Article ${n} – Objet`,
      articleChanges: (n: number) => `Article ${n} – Modifications`,
      articleJoining: (n: number) => `Article ${n} – Adhésion`,
      articleEffect: (n: number) => `Article ${n} – Prise d’effet`,
      changesIntro: (title: string, base: string) =>
        `La charte « ${title} », ${base}, est modifiée comme suit :`,
      baseVersion: (version: number, signedOn: string) => `dans sa version ${version} signée le ${signedOn}`,
      baseAmendment: (version: number, number: number, signedOn: string) =>
        `dans sa version ${version} modifiée par l’avenant n° ${number} du ${signedOn}`,
      noChange: 'Le présent avenant ne modifie ni les données ni le texte de la charte.',
      sectionChanged: (title: string) => `le texte de la partie « ${title} » est modifié`,
      sectionAdded: (title: string) => `une partie « ${title} » est ajoutée au texte`,
      sectionRemoved: (title: string) => `la partie « ${title} » est retirée du texte`,
      preambleChanged: 'le texte qui précède la première partie est modifié',
      newWording: (title: string) => `La partie « ${title} » est désormais rédigée comme suit :`,
      preambleWording: 'Le texte qui précède la première partie est désormais rédigé comme suit :',
      joining: (n: number, names: string) =>
        plural('fr', n, {
          one: `${names} rejoint la charte par le présent avenant et en signera les versions suivantes.`,
          other: `${names} rejoignent la charte par le présent avenant et en signeront les versions suivantes.`,
        }),
      effect: (dueOn: string) =>
        `Le présent avenant prend effet à la date de sa dernière signature. Il ne modifie pas l’échéance de renouvellement de la charte, fixée au ${dueOn}. Les autres stipulations de la charte demeurent inchangées.`,
      decisions: 'Délibérations',
      only: '--amendment ne vaut que pour une seule charte : nommez son fichier',
      number: (value: string) => `--amendment ${value} : donnez un numéro d’avenant (1, 2…)`,
      unknown: (path: string, number: number, numbers: string) =>
        `${path} : il n’y a pas d’avenant n° ${number} (${numbers}) ; ouvrez-le d’abord (\`charte amend\`)`,
      withdrawn: (path: string, number: number, date: string) =>
        `${path} : l’avenant n° ${number} a été retiré le ${date} : il n’a pas de document ; voyez \`charte log\``,
      noRepository: (path: string) =>
        `${path} : le document d’un avenant compare son texte au texte signé, lu dans git ; la charte doit être dans un dépôt git`,
      noSignedText: (path: string, version: number) =>
        `${path} : le texte signé de la version ${version} n’est pas dans l’historique git ; enregistrez les signatures (\`charte sign … --commit\`) puis exportez l’avenant`,
    },
    pdfStandardFormat: '--pdf-standard ne vaut que pour --format pdf',
    noCharter: 'aucune charte trouvée',
    refNoRepository: (input: string) =>
      `${input} : --ref demande un dépôt git, et ce chemin n’est dans aucun`,
    outsideRepository: (input: string, root: string) => `${input} : hors du dépôt ${root}`,
    notInRef: (where: string, ref: string, path: string) =>
      `${where} : absent de ${ref} (ou ce n’est pas un fichier ordinaire) ; voyez \`git log --oneline -- ${path}\``,
    outputIsCharter: (shown: string) =>
      `${shown} est une charte : l’export l’écraserait ; choisissez un autre fichier avec -o`,
    outputTwice: (a: string, b: string, shown: string) =>
      `${a} et ${b} s’exporteraient tous deux dans ${shown} ; exportez-les séparément ou dans un dossier avec -o`,
    outputIsDirectory: (shown: string) => `${shown} est un dossier : donnez un nom de fichier`,
    outputExists: (shown: string) =>
      `${shown} existe déjà : rien n’a été écrit ; ajoutez --force pour le remplacer`,
    /** Writing the output failed: the cause, and what to do. Nothing was written. */
    writeFailed: {
      ENOSPC: (path: string) =>
        `${path} : le disque est plein ; rien n’a été écrit : libérez de la place ou exportez ailleurs avec -o`,
      EDQUOT: (path: string) =>
        `${path} : votre quota disque est atteint ; rien n’a été écrit : libérez de la place ou exportez ailleurs avec -o`,
      EACCES: (path: string) =>
        `${path} : écriture refusée (droits du dossier) ; rien n’a été écrit : exportez dans un dossier où vous pouvez écrire, avec -o`,
      EROFS: (path: string) =>
        `${path} : le système de fichiers est en lecture seule ; rien n’a été écrit : exportez ailleurs avec -o`,
      ENOTDIR: (path: string) =>
        `${path} : une partie de ce chemin est un fichier, pas un dossier ; rien n’a été écrit : corrigez le chemin donné à -o`,
      ENOENT: (path: string) =>
        `${path} : ce chemin n’existe pas (dossier supprimé pendant l’export ?) ; rien n’a été écrit : vérifiez le chemin donné à -o`,
      EISDIR: (path: string) =>
        `${path} est un dossier ; rien n’a été écrit : donnez un nom de fichier avec -o`,
      ENAMETOOLONG: (path: string) =>
        `${path} : nom trop long ; rien n’a été écrit : choisissez un nom plus court avec -o`,
      other: (path: string, code: string) =>
        `${path} : écriture impossible (${code}) ; rien n’a été écrit : vérifiez le dossier de sortie ou exportez ailleurs avec -o`,
    },
    /** A document’s layout ran past its time or memory limit (a worker thread). */
    timeLimit: (path: string, seconds: number) =>
      `${path} : la mise en page dépasse ${seconds} s et a été arrêtée ; rien n’a été écrit : simplifiez le texte (tableaux, listes imbriquées) ou exportez cette charte seule`,
    memoryLimit: (path: string, megabytes: number) =>
      `${path} : la mise en page dépasse ${megabytes} Mo de mémoire et a été arrêtée ; rien n’a été écrit : simplifiez le texte (tableaux, listes imbriquées) ou exportez cette charte seule`,
    threadFailed: (path: string, detail: string) =>
      `${path} : la mise en page a échoué (${detail}) ; rien n’a été écrit`,
    layoutStopped: 'mise en page interrompue',
    typstFailed: (dir: string) =>
      `la mise en page Typst a échoué (${dir}) ; vérifiez le modèle de l’organisation à ces endroits (le compilateur Typst s’exprime en anglais)`,
    typstFailedFor: (path: string, detail: string) => `${path} : ${detail}`,
    interrupted: (signal: string) =>
      `export interrompu (${signal}) : rien n’a été écrit, les fichiers temporaires sont effacés`,
    // Templates (--template).
    templateUnreadable:
      'dossier illisible : donnez un dossier qui contient charter.typ (voyez templates/export/ dans le paquet)',
    templateTooLarge: (files: number) => `trop volumineux (plus de ${files} fichiers ou de 20 Mio)`,
    templateMissingMain: (main: string) =>
      `il manque ${main} : copiez templates/export/ du paquet et adaptez-le`,
    templateImport: (where: string) =>
      `${where} : un modèle n’importe que ses propres fichiers, par un chemin écrit entre guillemets (import "entete.typ") ; les paquets Typst (@preview/…, @local/…) et les chemins calculés sont refusés, car ils lisent hors du modèle ou sur le réseau : copiez le fichier du paquet dans le dossier du modèle`,
  },
  // ── report (portfolio) ──
  report: {
    listSeparator: ' ; ',
    listSeparator2: ' ; ',
    colon2: ' : ',
    semicolon2: ' ; ',
    colon: ' : ',
    semicolon: ' ; ',
    listSeparator3: ' ; ',
    listSeparator4: ' ; ',
    listSeparator5: ' ; ',
    colon3: ' : ',
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
    publishExamples: [
      'charte publish --format scdl-deliberations charters/ -o deliberations.csv',
      'charte publish --format iati --document-base-url https://www.ville.example/chartes',
      'charte publish --format datapackage -o open-data/chartes --force',
    ],
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
  // ── validate: the model’s rules and the schema’s messages ──
  validate: {
    quote: (text: string) => `«\u202f${text}\u202f»`,
    /** What a pattern expects, in words, by the schema definition that holds it. */
    patternHints: {
      slug: 'minuscules sans accents, chiffres et tirets, par exemple `ville-nord` ou `commune-sud`',
      country: 'code pays ISO 3166-1 alpha-2 en majuscules, par exemple `FR`, `BF`, `SN`',
      currency: 'code devise ISO 4217 en majuscules, par exemple `EUR`, `XOF`, `MGA`',
      language: 'étiquette de langue BCP 47, par exemple `fr`, `en`, `pt-BR`',
      text: 'un texte non vide',
      actionRef: 'une référence d’action entre guillemets, par exemple `"19"`',
      objective: 'un objectif de la forme `O1`',
      commitmentId: 'un code comme `C1`, `C2`',
    },
    emptyBody:
      'la charte n’a pas de texte après le front matter : écrivez le préambule, les engagements... (`charte init` donne un plan)',
    outlineSection: (section: string, language: string) =>
      `section « ${section} » absente du texte : ajoutez un titre \`## ${section}\` (plan de la charte en ${language})`,
    notACharter: 'ce fichier n’est pas une charte : son front matter n’a pas la clé `charte: 1`',
    internalError: (detail: string) =>
      `ce fichier n’a pas pu être vérifié (${detail}) : signalez-le avec le fichier`,
    duplicateCharterId: (id: string, others: string) =>
      `l’identifiant \`${id}\` est aussi celui de ${others} : chaque charte a un \`id\` unique`,
    frontMatterWhere: 'l’en-tête YAML',
    kindEmpty: 'une valeur vide',
    kindList: 'une liste',
    kindText: 'du texte',
    kindNumber: 'un nombre',
    kindBoolean: 'un booléen (true/false)',
    kindMapping: 'une liste de clés',
    expectText: 'du texte',
    expectInteger: 'un nombre entier',
    expectNumber: 'un nombre',
    expectBoolean: 'true ou false',
    expectList: 'une liste (lignes `- ...`)',
    expectMapping: 'une liste de clés (`clé: valeur`)',
    requiredKey: (key: string, where: string) =>
      `clé obligatoire \`${key}\` absente de ${where} : ajoutez-la`,
    unknownKeyDidYouMean: (suggestion: string) => `vouliez-vous dire \`${suggestion}\` ?`,
    unknownKeyKnown: (knownKeys: string) =>
      `clés connues : ${knownKeys} ; les données libres vont sous \`extensions:\``,
    unknownKey: (key: string, where: string, hint: string) =>
      `clé inconnue \`${key}\` dans ${where} : ${hint}`,
    enumHead: (code: string, where: string) => `${code} n’est pas permis pour ${where}`,
    enumDidYouMean: (suggestion: string, list: string) =>
      `vouliez-vous dire \`${suggestion}\` ? (valeurs permises : ${list})`,
    enumAllowed: (list: string) => `valeurs permises : ${list}`,
    enumValue: (head: string, tail: string) => `${head} : ${tail}`,
    constValue: (where: string, code: string, code2: string) =>
      `${where} doit valoir ${code} (trouvé ${code2})`,
    quoteHint: (value: string) => ` ; mettez la valeur entre guillemets : "${value}"`,
    wrongType: (where: string, joinList: string, found: string, quoteHint: string) =>
      `${where} doit être ${joinList}, pas ${found}${quoteHint}`,
    notACalendarDate: (code: string, where: string) =>
      `${code} n’est pas une date du calendrier (${where}) : écrivez AAAA-MM-JJ, par exemple 2026-03-31`,
    formatEmail: 'une adresse de courriel (nom@domaine.fr)',
    formatUri: 'une adresse web complète (https://...)',
    wrongFormat: (code: string, what: string, where: string) => `${code} n’est pas ${what} (${where})`,
    patternMismatch: (code: string, where: string, expected: string) =>
      `${code} ne convient pas pour ${where} : attendu ${expected}`,
    emptyText: (where: string) => `${where} est vide : écrivez un texte`,
    minItems: (where: string, min: number, has: number) =>
      `${where} doit avoir au moins ${plural('fr', min, { one: '# élément', other: '# éléments' })} (il en a ${has})`,
    uniqueItems: (where: string, first: string, second: string) =>
      `${where} contient deux fois la même valeur (éléments n° ${first} et ${second}) : retirez le doublon`,
    minimum: (where: string, fallback: string) => `${where} : ${fallback}`,
    /** A number below its schema's minimum (`atLeast`) or above its maximum. */
    outOfRange: (where: string, value: string, atLeast: boolean, bound: number) =>
      `${where} vaut ${value} : il doit être ${atLeast ? 'au moins' : 'au plus'} ${bound}`,
    /** The model’s rules that the schema cannot express (src/validate/rules.ts). */
    rules: {
      entityCode: 'code d’entité',
      commitmentCode: 'code d’engagement',
      duplicateId: (what: string, id: string, first: number) =>
        `${what} \`${id}\` déjà utilisé (élément n° ${first}) : chaque code est unique`,
      noEntityOfRole: (role: string) =>
        `aucune entité de rôle \`${role}\` : une charte lie au moins une entité du Nord (\`north\`) et une du Sud (\`south\`)`,
      unknownEntity: (value: string, suggestion: string | undefined, entities: string) =>
        `\`${value}\` ne désigne aucune entité déclarée${suggestion ? ` : vouliez-vous dire \`${suggestion}\` ?` : ''} (entités : ${entities})`,
      referentMissing: (entity: string) =>
        `l’entité \`${entity}\` n’a aucun référent : ajoutez sous \`referents\` une personne avec \`entity: ${entity}\``,
      unknownReferent: (name: string, suggestion: string | undefined) =>
        `\`${name}\` n’est le nom d’aucun référent déclaré${suggestion ? ` : vouliez-vous dire \`${suggestion}\` ?` : ''}`,
      pillarNotCarried: (pillar: string) =>
        `aucun engagement ne porte le pilier \`${pillar}\` : ajoutez-le aux \`pillars\` d’un engagement`,
      duplicateSignature: (entity: string, first: number) =>
        `l’entité \`${entity}\` a déjà signé cette version (signature ${first}) : une seule signature par entité et par version`,
      signatureBeforeDecision: (date: string, entity: string, decided: string) =>
        `signature du ${date} antérieure à la délibération de \`${entity}\` du ${decided} : on signe après le vote`,
      unknownDecision: (decision: string, entity: string, references: string) =>
        `\`${decision}\` ne correspond à aucune délibération de \`${entity}\` (${references})`,
      decisionMissing: (entity: string) =>
        `\`${entity}\` a signé sans délibération enregistrée : ajoutez sous \`decisions\` le vote de son instance`,
      dateBefore1900: (date: string, year: string) =>
        `date ${date} : l’année ${year} est antérieure à 1900, ce qui est une faute de frappe pour une charte ; écrivez l’année en entier (AAAA-MM-JJ, par exemple 2026-03-31)`,
      futureDate: (date: string, asOf: string) =>
        `date ${date} dans le futur (vérification au ${asOf}) : une signature, une délibération ou une suspension est datée du jour où elle a eu lieu`,
      bindingFinancial:
        'une convention (`binding: true`) prévoit au moins un moyen financier (`type: financial`, montant et devise)',
      bindingDecision: (entity: string) =>
        `une convention (\`binding: true\`) demande une délibération de \`${entity}\` : ajoutez-la sous \`decisions\``,
    },
  },
  // ── prompts: the init wizard’s own words (@clack/prompts writes English otherwise) ──
  prompts: {
    entityName: (role: string) => `Nom de l’entité ${role}`,
    referentName: (entity: string) => `Référent pour ${entity} : nom`,
    anotherReferent: (entity: string) => `Un autre référent pour ${entity} ?`,
    commitmentTitle: (n: number) => `Engagement C${n} : intitulé`,
    french: 'français',
    english: 'anglais',
    languageOfTheCharter: 'Langue de la charte',
    titleOfTheCharter: 'Titre de la charte',
    identifierFileName: 'Identifiant (nom du fichier)',
    lowerCaseDigitsAnd: 'minuscules, chiffres et tirets, par exemple charte-kassande',
    howTheCharterIntegrates:
      'Comment la charte intègre les trois piliers du développement durable. Entrée garde le texte proposé.',
    sustainableDevelopment: 'Enjeux de développement durable',
    linkedAgendaActionsComma: 'Actions de l’Agenda 21 liées (séparées par des virgules)',
    referencesSuchAsOr: 'des références comme 19, 95 ou 3.2',
    ofTheNorth: 'du Nord',
    ofTheSouth: 'du Sud',
    associate: 'associée',
    townOfSaintAubin: 'Commune de Villeneuve-sur-Brenne',
    akwadumDistrictAssembly: 'Commune rurale de Kassandé',
    twinningCommittee: 'Comité de jumelage',
    type: 'Type',
    countryTwoLetterIso: 'Pays (code ISO à deux lettres)',
    twoLettersEG: 'deux lettres, par exemple BF',
    decisionMakingBody: 'Instance de décision',
    codeOfTheEntity: 'Code de l’entité (repris dans les autres champs)',
    lowerCaseDigitsAnd2: 'minuscules, chiffres et tirets',
    codeAlreadyTaken: 'code déjà pris',
    addAnotherEntityOf: 'Ajouter une autre entité du Nord ?',
    addAnotherEntityOf2: 'Ajouter une autre entité du Sud ?',
    addAnAssociatePartner: 'Ajouter un partenaire associé (comité de jumelage, association, ONG) ?',
    function: 'Fonction',
    deputyMayorForInternational: 'Adjointe à la solidarité internationale',
    kind: 'Qualité',
    notGiven: 'non précisée',
    emailOptional: 'Courriel (facultatif)',
    invalidAddress: 'adresse invalide',
    restoreThreeBoreholesAnd: 'Réhabiliter trois forages et former les comités de gestion de l’eau',
    carriedBy: 'Porté par',
    pillarsOfSustainableDevelopment: 'Piliers du développement durable',
    referentOfTheCommitment: 'Référent de l’engagement',
    none: 'aucun',
    dueDateYyyyMm: 'Échéance (AAAA-MM-JJ, facultative)',
    aDateYyyyMm: 'une date AAAA-MM-JJ',
    addAnotherCommitment: 'Ajouter un autre engagement ?',
    resourceBroughtBy: 'Moyen apporté par',
    type2: 'Nature',
    description: 'Description',
    yearlyGrantToThe: 'Subvention annuelle au programme de coopération',
    amount: 'Montant',
    aNumberEG: 'un nombre, par exemple 6000',
    currencyIsoCode: 'Devise (code ISO 4217)',
    threeLettersEG: 'trois lettres, par exemple EUR ou XOF',
    period: 'Périodicité',
    addAnotherResource: 'Ajouter un autre moyen ?',
    yes: 'Oui',
    no: 'Non',
    selectKeys: '↑/↓ pour choisir, Entrée pour valider',
    multiselectKeys: '↑/↓ pour choisir, Espace pour cocher, Entrée pour valider',
    selectAtLeastOne: 'Cochez au moins une réponse (Espace), puis validez (Entrée).',
  },
  reporter: {
    error: 'erreur',
    warning: 'avertissement',
    summary: (files: number, errors: number, warnings: number) =>
      `${plural('fr', files, { one: '# charte vérifiée', other: '# chartes vérifiées' })} : ${plural('fr', errors, { one: '# erreur', other: '# erreurs' })}, ${plural('fr', warnings, { one: '# avertissement', other: '# avertissements' })}`,
    byRule: (counts: string) => `par règle : ${counts}`,
  },
  load: {
    unreadable: (cause: string) => `lecture impossible (${cause})`,
    globMatchesNothing: (input: string) => `${input} : aucun fichier ne correspond à ce motif`,
    yamlSyntax2: 'front matter YAML illisible',
    frontMatterRoot: (shape: 'empty' | 'list' | 'scalar') =>
      `le front matter est ${{ empty: 'vide', list: 'une liste', scalar: 'une valeur simple' }[shape]} : il doit être une suite de clés \`clé: valeur\` (charte, id, title...)`,
    noFrontMatter:
      'pas de front matter : une charte commence par une ligne `---`, puis l’en-tête YAML (avec `charte: 1`), puis une autre ligne `---`',
    frontMatterLanguage: (language: string) =>
      `front matter « ${language} » refusé : seul le YAML est lu (jamais exécuté) ; remplacez la première ligne par \`---\``,
    unclosedFrontMatter:
      'front matter non fermé : ajoutez une ligne `---` à la fin de l’en-tête YAML, avant le texte',
    closingFence: 'la ligne `---` qui ferme le front matter doit être seule sur sa ligne',
    invalidUtf8: (hex: string, offset: number) =>
      `octet ${hex} invalide en UTF-8 à l’offset ${offset} : enregistrez le fichier en UTF-8`,
    tooLarge: (mib: string, mib2: string) =>
      `fichier trop volumineux (${mib} Mio) : la limite est de ${mib2} Mio par charte ; sortez les annexes du fichier`,
    notFound: 'fichier introuvable',
    readDenied: 'lecture refusée (droits du fichier)',
    isADirectory: 'est un dossier, pas un fichier',
    /**
     * A YAML syntax error: our sentence for the parser’s commonest errors. French shows only it (the
     * parser’s detail is English); English adds the parser’s own detail.
     */
    yamlSyntax: (code: string, _detail: string) => {
      const hints: Partial<Record<string, string>> = {
        BAD_INDENT: 'indentation incorrecte : alignez cette ligne sur les clés de même niveau',
        MISSING_CHAR:
          'caractère manquant : un crochet `]`, une accolade `}` ou un guillemet n’est pas refermé',
        MULTILINE_IMPLICIT_KEY:
          'une clé doit tenir sur une ligne : vérifiez les `:` et l’indentation de la ligne précédente',
        BLOCK_AS_IMPLICIT_KEY: 'bloc utilisé comme clé : vérifiez l’indentation et les `:`',
        UNEXPECTED_TOKEN:
          'caractère inattendu : une valeur contenant `: `, `#` ou commençant par `[`, `{`, `*`, `&`, `!`, `|`, `>` ou `@` doit être entre guillemets',
        BAD_DQ_ESCAPE:
          'échappement invalide entre guillemets doubles : doublez la barre oblique inverse (`\\\\`) ou utilisez des guillemets simples',
        MULTIPLE_DOCS:
          'plusieurs documents YAML : le front matter n’en contient qu’un (pas de ligne `---` à l’intérieur)',
        BAD_SCALAR_START: 'valeur mal commencée : mettez-la entre guillemets',
      };
      return `erreur de syntaxe YAML : ${hints[code] ?? 'cette ligne ne se lit pas : vérifiez l’indentation, les `:` et les guillemets'}`;
    },
    yamlDirective: (directive: string) =>
      `directive YAML « ${directive} » refusée : le front matter est lu en YAML 1.2 ; supprimez cette ligne`,
    yamlAlias: (max: number) =>
      `les alias YAML (*nom) se déploient en plus de ${max} valeurs (attaque par épuisement de ressources ?) : écrivez les valeurs en clair`,
    yamlDuplicateKey: 'clé en double dans la même liste de clés : gardez une seule occurrence',
    yamlTag: (detail: string) =>
      `étiquette YAML refusée (${detail}) : le front matter n’a que des valeurs simples ; retirez l’étiquette`,
    yamlTabIndent: 'tabulation utilisée pour indenter : le YAML s’indente avec des espaces',
    yamlTooManyAliases:
      'trop d’alias YAML (attaque par épuisement de ressources ?) : écrivez les valeurs en clair',
    yamlDepth: (max: number) =>
      `imbrication trop profonde (plus de ${max} niveaux) : une charte n’en a besoin que de quelques-uns`,
    crLineEndings:
      'fins de ligne en CR seul (ancien format Mac) : le fichier serait lu comme une seule ligne ; enregistrez-le avec des fins de ligne LF (ou CRLF) et relancez',
    notRegularFile: (kind: 'fifo' | 'socket' | 'characterDevice' | 'blockDevice' | 'other') => {
      const what = {
        fifo: 'un tube nommé (FIFO)',
        socket: 'une socket',
        characterDevice: 'un périphérique en mode caractère',
        blockDevice: 'un périphérique en mode bloc',
        other: 'un fichier spécial',
      }[kind];
      return `n’est pas un fichier ordinaire mais ${what} : il n’a pas été lu ; une charte est un fichier Markdown, donnez son chemin`;
    },
  },
  // ── init, templates ──
  init: {
    templatesUsage: 'Utilisation : charte init --template <nom|dossier>',
    gitMissing: '--git : la commande git est introuvable ; installez git ou retirez l’option --git',
    gitInitFailed: (trim: string) => `git init a échoué : ${trim}`,
    stepValidate: (path: string) => `Vérifiez-la : charte validate ${path}`,
    stepCommit: (files: string) => `Versionnez-la : git add ${files} && git commit -m "Projet de charte"`,
    stepSign: (path: string, input: string) =>
      `Après le vote de chaque instance de décision, enregistrez chaque signature :\n     charte sign ${path} --entity ${input} --signatory "…" --capacity "…" --date AAAA-MM-JJ`,
    stepExport: (path: string) => `Exportez-la pour la signature ou la diffusion : charte export ${path}`,
    nextStepsTitle: 'Prochaines étapes :',
    pathOutside: (what: string, cwd: string) =>
      `${what} : ce chemin sort du dossier de travail (${cwd}) ; choisissez un chemin à l’intérieur, par exemple charters/ma-charte.md`,
    isADirectory: (display: string) => `${display} est un dossier`,
    alreadyExists: (display: string) =>
      `${display} existe déjà : rien n’a été écrit ; passez --force pour le remplacer (git garde l’ancienne version)`,
    writeDenied: (display: string) =>
      `${display} : écriture refusée (dossier en lecture seule ?) ; rien n’a été écrit`,
    writeReadOnlyFs: (display: string) =>
      `${display} : système de fichiers en lecture seule ; rien n’a été écrit`,
    writeDiskFull: (display: string) => `${display} : disque plein ; rien n’a été écrit`,
    writeNotADirectory: (display: string) =>
      `${display} : un fichier occupe la place d’un dossier du chemin ; rien n’a été écrit`,
    answerRequired: 'réponse requise',
    defaultDecisionBody: 'Conseil municipal',
    ciJobWritten: (other: string) => `job CI écrit : ${other}`,
    gitRepositoryCreated: 'dépôt git créé',
    warningWord: 'avertissement',
    intro: 'charte init : nouvelle charte de solidarité',
    missingAnswers: (missing: string) =>
      `réponses manquantes : ${missing}. Rien n’a été écrit. Donnez-les dans un fichier (--answers reponses.yaml), lancez la commande dans un terminal pour répondre aux questions, ou passez --yes pour écrire des valeurs « à préciser ».`,
    templateInvalid: (template: string) =>
      `le modèle ${template} a produit une charte invalide (rien n’a été écrit) :`,
    confirmWrite: (path: string) => `Écrire ${path} ?`,
    cancelled: 'init annulé : rien n’a été écrit',
    badId: (where: string, id: string, suggestion: string) =>
      `${where}: « ${id} » n’est pas un identifiant : minuscules sans accents, chiffres et tirets (il nomme le fichier et ne doit pas en sortir)${suggestion === '' ? '' : ` ; essayez ${suggestion}`}`,
    answerLabel: 'réponse',
    defaultLabel: 'valeur par défaut',
    answersInvalid: 'ces réponses ne font pas une charte valide (rien n’a été écrit) :',
  },
  // ── cli: help, commander errors, prompts ──
  cli: {
    completionDescription:
      'affiche le script de complétion des commandes, options et valeurs pour bash, zsh ou fish',
    completionShellArgument: 'le shell : bash, zsh ou fish (défaut : celui de $SHELL)',
    completionExamples: `
Exemples :
  $ source <(charte completion bash)       # dans ~/.bashrc
  $ charte completion bash > ~/.local/share/bash-completion/completions/charte
  $ charte completion zsh > "\${fpath[1]}/_charte"
  $ charte completion fish > ~/.config/fish/completions/charte.fish
Générez-le de nouveau après une mise à jour de charte.`,
    completionWhichShell: (supported: string) =>
      `quel shell ? écrivez \`charte completion <shell>\` avec l’un de : ${supported}`,
    completionUnsupportedShell: (name: string, supported: string) =>
      `le shell « ${name} » n’est pas pris en charge ; shells pris en charge : ${supported}`,
    ciGithubHeader: `# Vérifie les chartes de solidarité à chaque push et pull request : charte validate, puis charte renew.
# fetch-depth: 0 récupère tout l’historique : les signatures et les versions passées vivent dans git.`,
    ciGitlabHeader: `# Vérifie les chartes de solidarité à chaque push et merge request : charte validate, puis charte renew.
# GIT_DEPTH: 0 récupère tout l’historique : les signatures et les versions passées vivent dans git.`,
    ciPackageComment: `  # Le charte à installer : une URL git épinglée sur une étiquette, une archive .tgz ou, une fois
  # charte publié sur npm, charte@<version>.`,
    ciPackageSpecInvalid: (spec: string) =>
      `« ${spec} » n’est pas une spécification de paquet npm (par exemple charte@0.2.0, git+https://…/charte.git#v0.1.0 ou ./charte-0.1.0.tgz)`,
    packageSpecOption:
      'ce que le job CI installe : charte@<version>, une URL git ou une archive (défaut : l’étiquette git de cette version)',
    packageSpecWithoutCi:
      '--package-spec dit ce que le job CI installe : donnez aussi --ci github ou --ci gitlab',
    warningWord: 'avertissement',
  },
  // ── log and diff ──
  log: {
    colon: ' : ',
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
    amendmentWithdrawn: (name: string, date: string, reason: string) =>
      `${name} : retiré le ${date}, sans effet (« ${reason} »)`,
    kinds: {
      created: 'création',
      'history-starts': 'début de l’historique',
      'new-version': 'nouvelle version',
      edited: 'rédaction',
      signature: 'signature',
      signed: 'signée',
      'amendment-opened': 'avenant ouvert',
      'amendment-withdrawn': 'avenant retiré',
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
  diff: {
    shallowClone:
      ' ; ce clone est superficiel : récupérez tout l’historique (git fetch --unshallow, ou fetch-depth: 0 en CI)',
    versionNotSigned: (flag: string, ref: string, version: string, known: string) =>
      `${flag} ${ref} : la version ${version} n’a pas de commit de signature dans l’historique (versions signées : ${known || 'aucune'}) ; donnez une révision git`,
    unknownRevision: (flag: string, ref: string) =>
      `${flag} ${ref} : révision git inconnue ; donnez un commit, une étiquette, une branche, v<N> ou working`,
    notInRevision: (flag: string, label: string, working: string, commit: string) =>
      `${flag} ${label} : ${working} n’existait pas au commit ${commit}`,
    noHistory: (working: string, why: string) => `${working} : pas d’historique git à comparer (${why})`,
    quote: (text: string) => `« ${text} »`,
    colon: ' : ',
    yes: 'oui',
    no: 'non',
    items: {
      entities: { noun: 'entité', added: 'ajoutée', removed: 'retirée', changed: 'modifiée' },
      referents: { noun: 'référent', added: 'ajouté', removed: 'retiré', changed: 'modifié' },
      commitments: { noun: 'engagement', added: 'ajouté', removed: 'retiré', changed: 'modifié' },
      decisions: { noun: 'délibération', added: 'ajoutée', removed: 'retirée', changed: 'modifiée' },
      signatures: { noun: 'signature', added: 'ajoutée', removed: 'retirée', changed: 'modifiée' },
    },
    resourceAmount: (before: string, after: string, name: string) =>
      `montant de la ressource ${before} → ${after} (${name})`,
    resourceChanged: (name: string, field: string, before: string, after: string) =>
      `ressource modifiée : ${name}, ${field} ${before} → ${after}`,
    resourceAdded: (name: string, amount: string) => `ressource ajoutée : ${name}${amount}`,
    resourceRemoved: (name: string, amount: string) => `ressource retirée : ${name}${amount}`,
    valueAdded: (field: string, value: string) => `${field} ajouté : ${value}`,
    valueRemoved: (field: string, value: string) => `${field} retiré (était ${value})`,
    valueChanged: (field: string, before: string, after: string) => `${field} : ${before} → ${after}`,
    heading: (path: string, from: string, to: string) => `${path} : ${from} → ${to}`,
    workingFile: (version: number | null) => `fichier de travail (v${version ?? '?'})`,
    commitSide: (ref: string, commit: string, version: number | null) =>
      `${ref} (${commit}, v${version ?? '?'})`,
    frontMatterUnchanged: 'Front matter : aucun changement',
    frontMatterHeading: 'Front matter :',
    textUnchanged: 'Texte : aucun changement',
    textHeading: 'Texte :',
  },
  // ── help: the program’s and every command’s help, and commander’s own texts ──
  help: {
    exitCodes: `
Codes de sortie :
  0  rien à signaler (des avertissements sont permis)
  1  constats : charte invalide, renouvellement en retard…
  2  erreur d’utilisation ou d’exécution (option inconnue, chemin illisible…)`,
    notACalendarDate: (flag: string, value: string) =>
      `${flag} ${value} : ce n’est pas une date du calendrier ; écrivez AAAA-MM-JJ, par exemple 2026-03-31`,
    examplesHeading: 'Exemples :',
    program: {
      description:
        'Chartes de solidarité entre territoires jumelés, en Markdown versionné dans git : créer, valider, signer, renouveler, exporter.',
      version: 'affiche la version',
      helpOption: 'affiche l’aide',
      helpCommand: 'affiche l’aide d’une commande',
      lang: 'langue des messages : fr ou en (défaut : LANG)',
      unexpectedError: (message: string) =>
        `charte : erreur inattendue : ${message}\n(signalez-la avec la commande et le fichier qui l’ont produite)`,
      examples: [
        'charte init --yes --title "Charte Ouagadougou" --id charte-ouaga',
        'charte validate chartes/',
        'charte sign chartes/charte-ouaga.md --entity nord --signatory "M. Dupont" --capacity Maire --date 2026-05-10',
        'charte renew --format markdown',
        'charte export chartes/charte-ouaga.md',
      ],
    },
    /** commander’s headings, as commander writes them (the key) in this language. */
    titles: {
      'Usage:': 'Utilisation :',
      'Arguments:': 'Paramètres :',
      'Options:': 'Options :',
      'Commands:': 'Commandes :',
      'Global Options:': 'Options globales :',
    } as Readonly<Record<string, string>>,
    /** The names of the arguments and option values commands declare, in this language. */
    terms: {
      command: 'commande',
      options: 'options',
      file: 'fichier',
      files: 'fichiers',
      path: 'chemin',
      paths: 'chemins',
      dir: 'dossier',
      dirs: 'dossiers',
      text: 'texte',
      name: 'nom',
      reference: 'référence',
      'git-ref': 'réf-git',
      provider: 'fournisseur',
      spec: 'spécification',
      shell: 'shell',
      commitment: 'engagement',
      format: 'format',
      date: 'date',
      id: 'code',
      ref: 'réf',
      title: 'titre',
      state: 'état',
      status: 'statut',
      standard: 'norme',
      lang: 'langue',
      url: 'url',
      number: 'numéro',
      fields: 'champs',
      year: 'année',
      n: 'n',
      states: 'états',
      codes: 'codes',
      tags: 'étiquettes',
      'name|dir': 'nom|dossier',
      'YYYY-MM-DD': 'AAAA-MM-JJ',
    } as Readonly<Record<string, string>>,
    choices: (values: string) => `valeurs : ${values}`,
    defaultValue: (value: string) => `défaut : ${value}`,
    commander: {
      unknownOption: (option: string) => `erreur : option inconnue '${option}'`,
      unknownCommand: (command: string) => `erreur : commande inconnue '${command}'`,
      missingArgument: (name: string) => `erreur : paramètre obligatoire manquant « ${name} »`,
      tooManyArgumentsFor: (command: string, expected: number, got: number) =>
        `erreur : trop de paramètres pour '${command}' : ${plural('fr', expected, { one: '# attendu', other: '# attendus' })}, ${plural('fr', got, { one: '# reçu', other: '# reçus' })}.`,
      tooManyArguments: (expected: number, got: number) =>
        `erreur : trop de paramètres : ${plural('fr', expected, { one: '# attendu', other: '# attendus' })}, ${plural('fr', got, { one: '# reçu', other: '# reçus' })}.`,
      invalidOptionChoice: (option: string, value: string, choices: string) =>
        `erreur : option '${option}' : la valeur '${value}' n’est pas permise. Valeurs permises : ${choices}.`,
      invalidArgumentChoice: (value: string, name: string, choices: string) =>
        `erreur : la valeur '${value}' n’est pas permise pour le paramètre '${name}'. Valeurs permises : ${choices}.`,
      optionArgumentMissing: (option: string) => `erreur : option '${option}' : valeur manquante`,
      requiredOptionMissing: (option: string) => `erreur : option obligatoire '${option}' absente`,
      didYouMean: (suggestion: string) => `(Vouliez-vous dire ${suggestion} ?)`,
    },
    validate: {
      description: 'vérifie le front matter (schéma et règles du modèle) et le plan du texte des chartes',
      argPaths: 'fichiers, dossiers ou motifs glob (défaut : .)',
      format: 'format de sortie',
      skipNonCharters: 'ignore les fichiers nommés qui ne sont pas des chartes (pour un hook pre-commit)',
      asOf: 'jour de la vérification, AAAA-MM-JJ (défaut : aujourd’hui)',
      examples: [
        'charte validate                      # toutes les chartes du dossier courant',
        'charte validate charters/ --format json',
        'charte validate "charters/**/*.md" --as-of 2026-01-01',
      ],
    },
    diff: {
      description:
        'ce qui a changé entre deux versions d’une charte (défaut : la dernière version signée et le fichier de travail) : le front matter en mots, puis le texte',
      argFile: 'le fichier de la charte',
      from: 'point de départ : révision git, v<N> (commit de signature de la version N) ou working (défaut : dernière version signée)',
      to: 'point d’arrivée, mêmes valeurs (défaut : working, le fichier de travail)',
      format: 'format de sortie',
      examples: [
        'charte diff charters/charte-ouaga.md                 # avenant en cours depuis la signature',
        'charte diff charters/charte-ouaga.md --from v1 --to v2',
        'charte diff charters/charte-ouaga.md --from HEAD~3 --format json',
      ],
    },
    log: {
      description:
        'la vie d’une charte dans git : chaque version, ses signatures et son commit de signature, puis les avenants, dans l’ordre',
      argFile: 'le fichier de la charte',
      format: 'format de sortie',
      examples: [
        'charte log charters/charte-ouaga.md',
        'charte log charters/charte-ouaga.md --format json',
        'charte log -- -nom-qui-commence-par-un-tiret.md',
      ],
    },
    templates: {
      description: 'liste les modèles de charte disponibles (nom, description, langues)',
      argDirs: 'dossiers de modèles de l’organisation à lister aussi',
      format: 'format de sortie',
      examples: [
        'charte templates',
        'charte templates ./modeles --format json',
        'charte init --template solidarity',
      ],
    },
    schema: {
      description: 'affiche le JSON Schema des chartes (pour les éditeurs : complétion et aide au survol)',
      examples: ['charte schema > charter.schema.json', "charte schema | jq '.properties.kind.enum'"],
    },
    sign: {
      description:
        'enregistre la signature d’une entité : ajoute une entrée à `signatures`, sans rien changer d’autre au fichier',
      argFile: 'la charte à signer',
      entity: 'code de l’entité qui signe (entities[].id)',
      signatory: 'nom du ou de la signataire',
      capacity: 'qualité du signataire (ex. Maire)',
      date: 'date de la signature, AAAA-MM-JJ',
      place: 'lieu de la signature',
      decision: 'référence de la délibération qui autorise la signature',
      commit:
        'enregistre le fichier seul dans git ; la dernière signature requise crée aussi l’étiquette charte/<id>/v<version>',
      asOf: 'jour de la vérification, AAAA-MM-JJ (défaut : aujourd’hui) : la signature ne peut être datée après',
      after: `
Exemples :
  $ charte sign charters/ouaga.md --entity ville --signatory "Hélène Laurent" \\
        --capacity "Maire" --date 2026-05-10 --place "Villeneuve" --decision DCM-2026-12
  $ charte sign charters/ouaga.md --entity ouaga --signatory "B. Zongo" --capacity Maire \\
        --date 2026-06-02 --commit        # commit, et étiquette si la charte est complète
  $ charte sign --entity ville ... --date 2026-05-10 -- -charte.md   # nom commençant par -

Refus (code 1, rien n’est écrit) : charte invalide, entité inconnue, entité qui a déjà signé
cette version, date inexistante, future ou antérieure à la délibération de l’entité, fichier
modifié sur le disque pendant la commande. Une date mal écrite (pas AAAA-MM-JJ) ou une option
manquante est une erreur d’utilisation (code 2).`,
      error: (missing: string) =>
        `il manque ${missing} : \`charte sign <fichier> --entity <code> --signatory <nom> --capacity <qualité> --date <AAAA-MM-JJ>\``,
    },
    init: {
      description:
        'crée une charte à partir d’un modèle, par questions dans un terminal ou à partir de réponses',
      argPath: 'fichier .md à écrire, ou dossier (défaut : charters/<id>.md)',
      answers: 'réponses en YAML ou JSON : toute partie des clés du front matter',
      id: 'identifiant de la charte (minuscules, chiffres, tirets)',
      title: 'titre de la charte',
      template:
        'modèle intégré (voir `charte templates`) ou dossier de modèle de l’organisation (défaut : solidarity)',
      yes: 'sans question : valeurs par défaut (« à préciser ») pour tout ce qui n’est pas donné',
      force: 'remplace un fichier existant',
      ci: 'écrit aussi le job CI qui lance charte validate et charte renew',
      git: 'lance git init si le dossier n’est pas dans un dépôt',
      after: `
La langue de la charte est celle de --lang quand elle est donnée, sinon celle de l’interface.
Sans terminal, sans --yes et avec des réponses manquantes, la commande s’arrête (code 2) en les
nommant, sans rien écrire.

Exemples :
  $ charte init                                   # questions dans le terminal
  $ charte init --yes --title "Charte Villeneuve–Kassandé"
  $ charte init --answers reponses.yaml --ci github --git
  $ charte init charters/ --template ./modeles/jumelage --lang en --yes`,
    },
    renew: {
      description:
        'indicateur de renouvellement quinquennal : état, signature, échéance, avenants non signés et versions antérieures (lues dans git) de chaque charte ; --start ouvre la version suivante',
      argPaths: 'fichiers, dossiers ou motifs glob (défaut : .)',
      asOf: 'jour de la vérification, AAAA-MM-JJ (défaut : aujourd’hui)',
      format: 'format de sortie',
      failOn: 'code de sortie 1 dès qu’une charte est dans cet état ou pire',
      start:
        'ouvre la version suivante de cette charte : version + 1, signatures et délibérations vidées (git garde les anciennes)',
      commit: 'avec --start : commite le fichier modifié',
      after: `
Exemples :
  $ charte renew                                  # toutes les chartes du dossier courant
  $ charte renew charters/ --format markdown      # le tableau du Comité de suivi 21
  $ charte renew --format ics > renouvellements.ics
  $ charte renew --as-of 2026-12-31 --fail-on due_soon --format json
  $ charte renew --start charters/charte-ouaga.md --commit

L’historique vient de git : dans un clone superficiel (CI), récupérez-le en entier
(GitHub Actions : actions/checkout avec fetch-depth: 0 ; sinon git fetch --unshallow).`,
      error: (flags: string) => `--start modifie une charte et ne produit pas de rapport : retirez ${flags}`,
      error2: (paths: string) => `--start ouvre la version suivante d’une seule charte : retirez ${paths}`,
      error3: '--commit ne va qu’avec --start <fichier> (le rapport ne modifie rien)',
    },
    export: {
      description:
        'exporte des chartes en PDF (à signer, imprimer, archiver) ou en HTML (pour le site de la commune)',
      argPaths: 'fichiers de charte ou dossiers',
      output:
        'fichier de sortie (une charte) ou dossier (plusieurs) ; défaut : à côté de chaque charte, x.md → x.pdf',
      ref: 'exporte la charte telle qu’elle était à ce commit ou cette étiquette (ex. charte/<id>/v1)',
      format: 'format du document',
      force: 'remplace un fichier de sortie existant',
      template: 'mise en page de l’organisation : un dossier avec charter.typ (et style.css pour le HTML)',
      pdfStandard: 'norme PDF : a-2b (archivage PDF/A) ou ua-1 (accessible)',
      amendment:
        'exporte le document de l’avenant n° k : ce qu’il modifie, son objet, ses adhésions, ses délibérations et ses signatures (x.md → x-v<N>-a<k>.pdf)',
      after: `
La langue du document est celle de --lang, sinon celle de la charte (language:).
Les dates et la révision imprimées viennent du dernier commit de la charte : exporter deux fois
le même commit donne le même fichier, octet pour octet.

Exemples :
  $ charte export charters/charte-ouaga.md                 # → charters/charte-ouaga.pdf
  $ charte export charters/ -o exports/ --force            # toutes les chartes du dossier
  $ charte export charters/charte-ouaga.md --ref charte/charte-ouaga/v1 -o v1.pdf
  $ charte export charters/charte-ouaga.md --amendment 1   # → charters/charte-ouaga-v1-a1.pdf
  $ charte export charters/charte-ouaga.md --format html --lang en
  $ charte export charters/charte-ouaga.md --pdf-standard a-2b`,
      text: 'charte : rien n’a été exporté ; corrigez ces erreurs (voyez `charte validate`)\n',
    },
  },
  // ── render: templates and the charter text ──
  render: {
    renderedFence: (line: number) =>
      `le front matter rendu contient une ligne \`---\` ou \`...\` (ligne ${line} du rendu) : le modèle ne doit pas écrire les délimiteurs`,
    renderedInvalidYaml: (line: number, problem: string) =>
      `le front matter rendu n’est pas du YAML valide (ligne ${line} du rendu : ${problem}) : écrivez chaque valeur avec {{yaml …}}`,
    renderedExtraKeys: (extra: string) =>
      `le front matter rendu ajoute des clés absentes des réponses : ${extra} ; les valeurs par défaut viennent des réponses, pas du modèle`,
    partialsRefused: 'les partiels (`{{> …}}`) ne sont pas pris en charge : écrivez le texte dans le modèle',
    decoratorsRefused: 'les décorateurs (`{{* …}}`) sont refusés',
    prototypePath: (name: string, part: string) =>
      `\`${name}\` : \`${part}\` mène au prototype des objets, un modèle n’y a pas accès`,
    prototypeName: (n: string) => `"${n}" mène au prototype des objets, un modèle n’y a pas accès`,
    handlebarsSyntax: 'erreur de syntaxe Handlebars',
    missing: (missing: string) =>
      `\`${missing}\` n’existe pas dans les données : entourez-le de {{#if ${missing}}} … {{/if}} s’il est facultatif`,
    see: 'voir',
    templateTooLarge: (kib: number) => `fichier trop volumineux (plus de ${kib} Kio)`,
    manifestNotObject: 'le manifeste doit être un objet JSON',
    manifestName: '`name` : un nom en minuscules et tirets',
    manifestDescription: '`description` : un objet {"fr": "…", "en": "…"}',
    manifestLanguages: '`languages` : une liste d’étiquettes de langue, par exemple ["fr", "en"]',
    manifestOutline: '`outline` : pour chaque langue, la liste des titres de section',
    manifestFiles: '`files` : {"front_matter": "{lang}/front-matter.yaml.hbs", "body": "{lang}/body.md.hbs"}',
    templatesDirMissing: (path: string) => `${path} : dossier de modèles introuvable`,
    templateManifestMissing: (wanted: string, displayDirOf: string) =>
      `${wanted} : pas de manifest.json dans ce dossier ; un modèle a la même forme que ${displayDirOf}`,
    unknownTemplate: (wanted: string, known: string) =>
      `modèle inconnu « ${wanted} » : modèles disponibles : ${known} (ou le chemin d’un dossier de modèle, par exemple ./modeles/ma-charte)`,
    manifestPathOutside: (template: string, pattern: string) =>
      `${template}/manifest.json : « ${pattern} » sort du dossier du modèle`,
    templateLacksLanguage: (template: string, language: string, template2: string) =>
      `le modèle « ${template} » n’a pas de texte en « ${language} » : langues disponibles : ${template2}`,
  },
};

export type Catalogue = typeof fr;
