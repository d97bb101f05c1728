import { Argument, type Command } from 'commander';
import { isShell, SHELLS } from '../../completion/shells.js';
import { ExitError } from '../../diagnostics.js';
import { messages } from '../../i18n/catalogue.js';
import type { CliContext } from '../context.js';
import { exitCodesHelp } from '../help.js';

export function registerCompletion(program: Command, ctx: CliContext): void {
  const m = messages(ctx.lang).cli;
  // The choices are shown in the help and offered by the completion scripts, but checked in the
  // action rather than by commander, so that a wrong shell gets a message in the run's language.
  const shell = new Argument('[shell]', m.completionShellArgument);
  shell.argChoices = [...SHELLS];
  program
    .command('completion')
    .description(m.completionDescription)
    .addArgument(shell)
    .addHelpText('after', `${m.completionExamples}\n${exitCodesHelp(ctx.lang)}`)
    .action(async (requested: string | undefined, _options: unknown, command: Command) => {
      const fromEnv = ctx.env.SHELL?.split('/').pop();
      const name = requested ?? (fromEnv !== undefined && isShell(fromEnv) ? fromEnv : undefined);
      const supported = SHELLS.join(', ');
      if (name === undefined) throw new ExitError(m.completionWhichShell(supported), 2);
      if (!isShell(name)) throw new ExitError(m.completionUnsupportedShell(name, supported), 2);
      const [{ completionScript }, { packageVersion }] = await Promise.all([
        import('../../completion/index.js'),
        import('../../paths.js'),
      ]);
      // The program that is running (this command's parent), with every command registered in the
      // language of the run: the script describes exactly what this version of charte accepts.
      ctx.stdout.write(completionScript(name, command.parent ?? program, packageVersion()));
    });
}
