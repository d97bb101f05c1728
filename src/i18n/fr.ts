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
  opendata: {},
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
