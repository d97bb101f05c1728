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
  export: {
    // Limits on a charter's body, checked before parsing (src/validate/limits.ts).
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
    /** A document's layout ran past its time or memory limit (a worker thread). */
    timeLimit: (path: string, seconds: number) =>
      `${path} : la mise en page dépasse ${seconds} s et a été arrêtée ; rien n’a été écrit : simplifiez le texte (tableaux, listes imbriquées) ou exportez cette charte seule`,
    memoryLimit: (path: string, megabytes: number) =>
      `${path} : la mise en page dépasse ${megabytes} Mo de mémoire et a été arrêtée ; rien n’a été écrit : simplifiez le texte (tableaux, listes imbriquées) ou exportez cette charte seule`,
    threadFailed: (path: string, detail: string) =>
      `${path} : la mise en page a échoué (${detail}) ; rien n’a été écrit`,
    layoutStopped: 'mise en page interrompue',
    typstFailed: (dir: string) => `la mise en page Typst a échoué (${dir})`,
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
