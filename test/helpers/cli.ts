/**
 * Running the CLI in tests: in-process through `main()` (fast, the default), or as a real
 * subprocess of the built CLI (`node dist/cli/bin.js`, as users run it; test/global-setup.ts
 * rebuilds dist/ first when a source file is newer) for what only a process shows: exit codes seen
 * by a shell, TTY detection, stdout/stderr separation, environment variables.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CliContext } from '../../src/cli/context.js';
import { main } from '../../src/cli/main.js';
import type { Lang } from '../../src/i18n/index.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  stdoutIsTTY?: boolean;
  stdinIsTTY?: boolean;
}

/** The built CLI, what `npm install` puts behind `charte` (about three times faster to start than tsx). */
export const builtBin = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));

/** A stable environment: English unless the test asks otherwise, no colour, no user git config. */
function baseEnv(env: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  return {
    LANG: 'en_US.UTF-8',
    NO_COLOR: '1',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    ...env,
  };
}

export async function runCli(args: readonly string[], options: RunOptions): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: options.cwd,
    env: baseEnv(options.env),
    stdout: {
      write: (s: string) => {
        stdout += s;
      },
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
      },
    },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
  });
  return { code, stdout, stderr };
}

export function runCliProcess(args: readonly string[], options: RunOptions & { input?: string }): RunResult {
  const result = spawnSync(process.execPath, [builtBin, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...baseEnv(options.env) },
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A context that discards output, for building the commander program in tests (help, completion). */
export function cliContext(lang: Lang): CliContext {
  const sink = { write: () => {} };
  return {
    cwd: process.cwd(),
    env: {},
    stdout: sink,
    stderr: sink,
    stdoutIsTTY: false,
    stdinIsTTY: false,
    lang,
    color: false,
    exitCode: 0,
  };
}
