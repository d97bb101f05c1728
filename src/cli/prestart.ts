/**
 * `charte renew` and `charte report` spend most of their time in one `git log` pass. The
 * entry point starts it before the CLI itself is loaded (commander, the command definitions and
 * the catalogue take about 100 ms on a small machine): the paths are read here from the command
 * line the way commander will read them, and the command adopts the pass when it finds the same
 * paths (test/prestart.test.ts holds VALUE_OPTIONS to the commands' definitions). A command line
 * read differently, or any doubt, starts nothing here: the command starts its own pass as
 * before, so a wrong guess costs time, never a wrong answer.
 */
import type { HistoryStart } from '../history/types.js';
import type { CliContext, CliIO, PrestartedHistory } from './context.js';

/** The options that take a value, by command (`--lang` is the program's own). */
export const VALUE_OPTIONS: Readonly<Record<PrestartedHistory['command'], readonly string[]>> = {
  renew: ['--as-of', '--format', '--fail-on', '--start', '--lang'],
  report: [
    '-o',
    '--output',
    '--as-of',
    '--year',
    '--months',
    '--state',
    '--country',
    '--entity',
    '--pilot',
    '--tag',
    '--format',
    '--lang',
  ],
};

/** The options without a value, by command. */
export const FLAG_OPTIONS: Readonly<Record<PrestartedHistory['command'], readonly string[]>> = {
  renew: ['--commit'],
  report: [],
};

/**
 * The command and the paths of a `renew` or `report` command line, as commander will read
 * them; undefined for any other command line, for help, for `renew --start`, and for anything
 * not read with certainty (an unknown or combined short option, for instance).
 */
export function historyCommandLine(
  argv: readonly string[],
): { command: PrestartedHistory['command']; paths: string[] } | undefined {
  let i = 0;
  // Program options before the command: only --lang.
  while (i < argv.length && argv[i]!.startsWith('-')) {
    if (argv[i] === '--lang') i += 2;
    else if (argv[i]!.startsWith('--lang=')) i += 1;
    else return undefined;
  }
  const command = argv[i];
  if (command !== 'renew' && command !== 'report') return undefined;
  const values = VALUE_OPTIONS[command];
  const flags = FLAG_OPTIONS[command];
  const paths: string[] = [];
  for (i++; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      paths.push(arg);
      continue;
    }
    const name = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    if (name === '--start') return undefined;
    if (values.includes(name)) {
      if (name === arg) i++;
      continue;
    }
    if (flags.includes(arg)) continue;
    return undefined;
  }
  return { command, paths };
}

/** Starts the history pass of a `renew` or `report` command line, if it is one. */
export async function prestartHistory(
  argv: readonly string[],
  io: Pick<CliIO, 'cwd' | 'env'>,
): Promise<PrestartedHistory | undefined> {
  const line = historyCommandLine(argv);
  if (line === undefined) return undefined;
  const { startHistoryFor } = await import('../history/early.js');
  return { ...line, start: startHistoryFor(line.paths, io.cwd, { env: io.env }) };
}

/**
 * The pass started for this command and these paths, taken once; anything else started is
 * stopped (undefined: the command starts its own).
 */
export function adoptPrestarted(
  io: Pick<CliIO, 'prestarted'>,
  command: PrestartedHistory['command'],
  paths: readonly string[],
): HistoryStart | undefined {
  const prestarted = io.prestarted;
  if (prestarted === undefined) return undefined;
  io.prestarted = undefined;
  if (
    prestarted.command === command &&
    prestarted.paths.length === paths.length &&
    prestarted.paths.every((path, i) => path === paths[i])
  )
    return prestarted.start;
  prestarted.start.close();
  return undefined;
}

/** The history pass of a `renew` or `report` command: the one the entry point started, or a new one. */
export async function historyStartFor(
  ctx: CliContext,
  command: PrestartedHistory['command'],
  paths: readonly string[],
): Promise<HistoryStart> {
  return (
    adoptPrestarted(ctx, command, paths) ??
    (await import('../history/early.js')).startHistoryFor(paths, ctx.cwd, { env: ctx.env })
  );
}
