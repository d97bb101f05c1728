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
    ciGithubHeader: `# Checks the solidarity charters on every push and pull request: charte validate, then charte renew.
# fetch-depth: 0 fetches the whole history: signatures and past versions live in git.`,
    ciGitlabHeader: `# Checks the solidarity charters on every push and merge request: charte validate, then charte renew.
# GIT_DEPTH: 0 fetches the whole history: signatures and past versions live in git.`,
    ciPackageComment: `  # The charte to install: a git URL pinned to a tag, a .tgz tarball or, once charte is
  # published on npm, charte@<version>.`,
    ciPackageSpecInvalid: (spec: string) =>
      `"${spec}" is not an npm package spec (for example charte@0.2.0, git+https://…/charte.git#v0.1.0 or ./charte-0.1.0.tgz)`,
    packageSpecOption:
      'what the CI job installs: charte@<version>, a git URL or a tarball (default: this version’s git tag)',
    packageSpecWithoutCi: '--package-spec says what the CI job installs: give --ci github or --ci gitlab too',
    warningWord: 'warning',
  },
  log: {},
  diff: {
    heading: (path: string, from: string, to: string) => `${path}: ${from} → ${to}`,
    workingFile: (version: number | null) => `working file (v${version ?? '?'})`,
    commitSide: (ref: string, commit: string, version: number | null) =>
      `${ref} (${commit}, v${version ?? '?'})`,
    frontMatterUnchanged: 'Front matter: no change',
    frontMatterHeading: 'Front matter:',
    textUnchanged: 'Text: no change',
    textHeading: 'Text:',
  },
};
