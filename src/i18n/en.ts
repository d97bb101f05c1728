/** The English catalogue: the same keys and parameters as the French one (src/i18n/fr.ts). */
import type { Catalogue } from './fr.js';
import { plural } from './plural.js';

export const en: Catalogue = {
  common: {
    and: 'and',
    or: 'or',
    charters: (n: number) => plural('en', n, { one: '# charter', other: '# charters' }),
    days: (n: number) => plural('en', n, { one: '# day', other: '# days' }),
  },
  edit: {
    locked: (path: string, holder: string) =>
      `${path}: another command is recording a change to this charter (${holder}); nothing was written, run the command again once it has finished`,
    lockHolder: (pid: number, since: string) => `process ${pid}, since ${since}`,
  },
  git: {},
  history: {},
  renew: {},
  lifecycle: {},
  blocks: {},
  export: {},
  report: {},
  opendata: {},
  validate: {},
  load: {},
  init: {},
  cli: {
    completionDescription: 'print the completion script of commands, flags and values for bash, zsh or fish',
    completionShellArgument: 'the shell: bash, zsh or fish (default: $SHELL)',
    completionExamples: `
Examples:
  $ source <(charte completion bash)       # in ~/.bashrc
  $ charte completion bash > ~/.local/share/bash-completion/completions/charte
  $ charte completion zsh > "\${fpath[1]}/_charte"
  $ charte completion fish > ~/.config/fish/completions/charte.fish
Generate it again after upgrading charte.`,
    completionWhichShell: (supported: string) =>
      `which shell? write \`charte completion <shell>\` with one of: ${supported}`,
    completionUnsupportedShell: (name: string, supported: string) =>
      `shell "${name}" is not supported; supported shells: ${supported}`,
  },
  log: {},
  diff: {},
};
