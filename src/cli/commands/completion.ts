import { Argument, type Command } from 'commander';
import { isShell, SHELLS } from '../../completion/shells.js';
import { ExitError } from '../../diagnostics.js';
import type { CliContext } from '../context.js';
import { exitCodesHelp } from '../help.js';

export function registerCompletion(program: Command, ctx: CliContext): void {
  const fr = ctx.lang === 'fr';
  // The choices are shown in the help and offered by the completion scripts, but checked in the
  // action rather than by commander, so that a wrong shell gets a bilingual message.
  const shell = new Argument(
    '[shell]',
    fr
      ? 'le shell : bash, zsh ou fish (défaut : celui de $SHELL)'
      : 'the shell: bash, zsh or fish (default: $SHELL)',
  );
  shell.argChoices = [...SHELLS];
  program
    .command('completion')
    .description(
      fr
        ? 'affiche le script de complétion des commandes, options et valeurs pour bash, zsh ou fish'
        : 'print the completion script of commands, flags and values for bash, zsh or fish',
    )
    .addArgument(shell)
    .addHelpText(
      'after',
      `${
        fr
          ? `
Exemples :
  $ source <(charte completion bash)       # dans ~/.bashrc
  $ charte completion bash > ~/.local/share/bash-completion/completions/charte
  $ charte completion zsh > "\${fpath[1]}/_charte"
  $ charte completion fish > ~/.config/fish/completions/charte.fish
Générez-le de nouveau après une mise à jour de charte.`
          : `
Examples:
  $ source <(charte completion bash)       # in ~/.bashrc
  $ charte completion bash > ~/.local/share/bash-completion/completions/charte
  $ charte completion zsh > "\${fpath[1]}/_charte"
  $ charte completion fish > ~/.config/fish/completions/charte.fish
Generate it again after upgrading charte.`
      }\n${exitCodesHelp(ctx.lang)}`,
    )
    .action(async (requested: string | undefined) => {
      const fromEnv = ctx.env.SHELL?.split('/').pop();
      const name = requested ?? (fromEnv !== undefined && isShell(fromEnv) ? fromEnv : undefined);
      const supported = SHELLS.join(', ');
      if (name === undefined) {
        throw new ExitError(
          fr
            ? `quel shell ? écrivez \`charte completion <shell>\` avec l'un de : ${supported}`
            : `which shell? write \`charte completion <shell>\` with one of: ${supported}`,
          2,
        );
      }
      const [{ completionScript }, { createProgram }, { packageVersion }] = await Promise.all([
        import('../../completion/index.js'),
        import('../main.js'),
        import('../../paths.js'),
      ]);
      if (!isShell(name)) {
        throw new ExitError(
          fr
            ? `le shell « ${name} » n'est pas pris en charge ; shells pris en charge : ${supported}`
            : `shell "${name}" is not supported; supported shells: ${supported}`,
          2,
        );
      }
      // A fresh program built with the same context: the script describes exactly what this
      // version of charte accepts, in the language of the run.
      ctx.stdout.write(completionScript(name, createProgram(ctx), packageVersion()));
    });
}
