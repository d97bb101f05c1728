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
  opendata: {},
  // ── validate, load ──
  validate: {},
  load: {},
  // ── init, templates ──
  init: {},
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
  },
  // ── log and diff ──
  log: {},
  diff: {},
};

export type Catalogue = typeof fr;
