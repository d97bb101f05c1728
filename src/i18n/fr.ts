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
