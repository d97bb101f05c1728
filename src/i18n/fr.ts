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
  reporter: {
    error: 'erreur',
    warning: 'avertissement',
    summary: (files: number, errors: number, warnings: number) =>
      `${plural('fr', files, { one: '# charte vérifiée', other: '# chartes vérifiées' })} : ${plural('fr', errors, { one: '# erreur', other: '# erreurs' })}, ${plural('fr', warnings, { one: '# avertissement', other: '# avertissements' })}`,
    byRule: 'par règle',
  },
  validate: {},
  load: {
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
  init: {},
  // ── cli: help, commander errors, prompts ──
  cli: {},
  // ── log and diff ──
  log: {},
  diff: {},
};

export type Catalogue = typeof fr;
