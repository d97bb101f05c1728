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
  log: {},
  diff: {
    heading: (path: string, from: string, to: string) => `${path} : ${from} → ${to}`,
    workingFile: (version: number | null) => `fichier de travail (v${version ?? '?'})`,
    commitSide: (ref: string, commit: string, version: number | null) =>
      `${ref} (${commit}, v${version ?? '?'})`,
    frontMatterUnchanged: 'Front matter : aucun changement',
    frontMatterHeading: 'Front matter :',
    textUnchanged: 'Texte : aucun changement',
    textHeading: 'Texte :',
  },
};

export type Catalogue = typeof fr;
