/**
 * The entry point starts the `git log` pass of `renew` and `report` before loading the CLI
 * (src/cli/prestart.ts): its reading of the command line must be commander's, and a command
 * that adopts the pass must answer exactly as one that starts its own.
 */
import { realpathSync } from 'node:fs';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createProgram, main } from '../src/cli/main.js';
import {
  adoptPrestarted,
  FLAG_OPTIONS,
  historyCommandLine,
  prestartHistory,
  VALUE_OPTIONS,
} from '../src/cli/prestart.js';
import type { HistoryStart } from '../src/history/types.js';
import { buildScenario, PATH } from './fixtures/history/scenario.js';
import { cliContext, runCli, runCliProcess } from './helpers/cli.js';
import { gitEnv } from './helpers/git.js';

/** The options of a command as commander defines them: those taking a value, and flags. */
function optionsOf(command: Command): { values: string[]; flags: string[] } {
  const values: string[] = [];
  const flags: string[] = [];
  for (const option of command.options) {
    const names = [option.long, option.short].filter((n): n is string => n !== undefined);
    (option.required || option.optional ? values : flags).push(...names);
  }
  return { values, flags };
}

describe('prestart: the log pass started before the CLI loads', () => {
  it('knows every option of renew and report as commander defines them (values and flags)', () => {
    const program = createProgram(cliContext('en'));
    const programOptions = optionsOf(program);
    for (const name of ['renew', 'report'] as const) {
      const command = program.commands.find((c) => c.name() === name)!;
      const { values, flags } = optionsOf(command);
      // Help is commander's own; --lang is the program's, accepted after the command too.
      expect([...VALUE_OPTIONS[name]].sort()).toEqual(
        [...values, ...programOptions.values.filter((v) => v === '--lang')].sort(),
      );
      expect([...FLAG_OPTIONS[name]].sort()).toEqual(
        flags.filter((f) => f !== '--help' && f !== '-h').sort(),
      );
    }
  });

  it('reads the paths of a renew or report command line as commander does, and nothing else', () => {
    expect(historyCommandLine(['renew'])).toEqual({ command: 'renew', paths: [] });
    expect(historyCommandLine(['renew', '--as-of', '2026-01-01', 'a.md', '--format=json', 'dir'])).toEqual({
      command: 'renew',
      paths: ['a.md', 'dir'],
    });
    expect(historyCommandLine(['--lang', 'fr', 'renew', '--fail-on', 'never', '--', '--odd.md'])).toEqual({
      command: 'renew',
      paths: ['--odd.md'],
    });
    expect(
      historyCommandLine(['report', '-o', 'out.html', '--format', 'html', '--state', 'overdue', 'x.md']),
    ).toEqual({ command: 'report', paths: ['x.md'] });
    expect(historyCommandLine(['renew', '--commit', 'a.md'])).toEqual({ command: 'renew', paths: ['a.md'] });
    // Not started: another command, help, renew --start, an option it does not know.
    expect(historyCommandLine(['validate', 'a.md'])).toBeUndefined();
    expect(historyCommandLine(['renew', '--help'])).toBeUndefined();
    expect(historyCommandLine(['renew', '-h'])).toBeUndefined();
    expect(historyCommandLine(['renew', '--start', 'a.md'])).toBeUndefined();
    expect(historyCommandLine(['renew', '--start=a.md'])).toBeUndefined();
    expect(historyCommandLine(['report', '-ofile.html'])).toBeUndefined();
    expect(historyCommandLine(['--version'])).toBeUndefined();
    expect(historyCommandLine([])).toBeUndefined();
  });

  it('hands the pass to the command that asked for these paths only; any other is stopped', () => {
    const closed: string[] = [];
    const start = (name: string): HistoryStart => ({
      take: () => undefined,
      close: () => closed.push(name),
    });
    const same = { prestarted: { command: 'renew' as const, paths: ['a.md'], start: start('same') } };
    const taken = same.prestarted.start;
    expect(adoptPrestarted(same, 'renew', ['a.md'])).toBe(taken);
    expect(same.prestarted).toBeUndefined();
    expect(closed).toEqual([]);
    const other = { prestarted: { command: 'renew' as const, paths: ['a.md'], start: start('other') } };
    expect(adoptPrestarted(other, 'renew', ['b.md'])).toBeUndefined();
    const report = { prestarted: { command: 'renew' as const, paths: [], start: start('report') } };
    expect(adoptPrestarted(report, 'report', [])).toBeUndefined();
    expect(closed).toEqual(['other', 'report']);
    expect(adoptPrestarted({ prestarted: undefined }, 'renew', [])).toBeUndefined();
  });

  it('gives the same answer with the pass started early (built CLI) as without (in-process)', async () => {
    const { dir } = buildScenario();
    for (const args of [
      ['renew', '--as-of', '2026-11-27', '--format', 'json'],
      ['renew', PATH, '--as-of', '2026-11-27'],
      ['report', '--as-of', '2026-11-27', '--format', 'json'],
    ]) {
      const inProcess = await runCli(args, { cwd: dir });
      const subprocess = runCliProcess(args, { cwd: dir });
      expect(subprocess).toEqual(inProcess);
      expect(inProcess.stdout.length).toBeGreaterThan(0);
    }
  });

  it('a pass started for a command line that then fails is stopped, and the failure is the usual one', async () => {
    const { dir } = buildScenario();
    const env = { ...process.env, LANG: 'en_US.UTF-8', ...gitEnv() };
    const argv = ['renew', '--as-of', 'not-a-date'];
    // A control: the pass is there to be taken, under the repository's root.
    const control = (await prestartHistory(argv, { cwd: dir, env }))!;
    const root = realpathSync(dir);
    expect(control.paths).toEqual([]);
    expect(control.start.take(root)).toBeDefined();
    control.start.close();
    const prestarted = (await prestartHistory(argv, { cwd: dir, env }))!;
    let stderr = '';
    const sink = { write: () => {} };
    const code = await main(argv, {
      cwd: dir,
      env,
      stdout: sink,
      stderr: {
        write: (s: string) => {
          stderr += s;
        },
      },
      stdoutIsTTY: false,
      stdinIsTTY: false,
      prestarted,
    });
    expect(code).toBe(2);
    expect(stderr).toContain('not-a-date');
    // Stopped by main: nothing is left to take.
    expect(prestarted.start.take(root)).toBeUndefined();
  });
});
