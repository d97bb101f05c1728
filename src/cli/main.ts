/**
 * The thin CLI layer: builds the commander program, runs it, and turns every outcome into an
 * exit code. It never calls process.exit, so tests run it in-process. Command definitions are
 * light (commander only); each action imports its heavy pipeline stage when it runs, which keeps
 * `charte --help` and `charte --version` fast.
 */
import { Command, CommanderError } from 'commander';
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import { resolveLang } from '../i18n/index.js';
import { packageVersion } from '../paths.js';
import { localCommanderError, localHelp } from './commander-fr.js';
import { registerCommands } from './commands/index.js';
import type { CliContext, CliIO } from './context.js';
import { helpFooter } from './help.js';

/** The language asked for on the command line, read before commander so that help texts can use it. */
function langFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

export function createProgram(ctx: CliContext): Command {
  const h = messages(ctx.lang).help.program;
  const output = {
    writeOut: (s: string) => ctx.stdout.write(s),
    writeErr: (s: string) => ctx.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) => write(localCommanderError(s, ctx.lang)),
  };
  const program = new Command('charte');
  program
    .description(h.description)
    .version(packageVersion(), '-V, --version', h.version)
    .helpOption('-h, --help', h.helpOption)
    .helpCommand('help [command]', h.helpCommand)
    .option('--lang <lang>', h.lang)
    .exitOverride()
    .configureOutput(output)
    .showSuggestionAfterError(true)
    // Set before the commands are added: they inherit it.
    .configureHelp(localHelp(ctx.lang))
    .addHelpText('after', helpFooter(ctx.lang));
  registerCommands(program, ctx);
  // Subcommands inherit the output and error handling.
  for (const command of program.commands) {
    command.exitOverride().configureOutput(output);
  }
  return program;
}

/** Runs the CLI and returns its exit code: 0 clean, 1 findings, 2 usage or runtime failure. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const explicitLang = langFromArgv(argv);
  if (explicitLang !== undefined && !['fr', 'en'].includes(explicitLang.toLowerCase())) {
    io.stderr.write(`charte: --lang ${explicitLang}: fr | en\n`);
    io.prestarted?.start.close();
    return 2;
  }
  const ctx: CliContext = {
    ...io,
    lang: resolveLang(explicitLang, io.env),
    color: io.stdoutIsTTY && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb',
    exitCode: 0,
  };
  try {
    return await run(ctx, argv);
  } finally {
    // A pass started for a command that did not run (a usage error): stopped.
    ctx.prestarted?.start.close();
  }
}

async function run(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const program = createProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are commander's way of stopping: they succeeded.
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return 0;
      }
      return 2;
    }
    if (error instanceof ExitError) {
      ctx.stderr.write(`charte: ${error.message}\n`);
      return error.code;
    }
    const message = error instanceof Error ? error.message : String(error);
    ctx.stderr.write(`${messages(ctx.lang).help.program.unexpectedError(message)}\n`);
    if (ctx.env.CHARTE_DEBUG) ctx.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return 2;
  }
}
