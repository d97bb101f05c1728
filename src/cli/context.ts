/**
 * What a command may touch of the outside world. Only the CLI layer builds one from `process`;
 * tests build their own and run `main()` in-process.
 */

import type { HistoryStart } from '../history/types.js';
import type { Lang } from '../i18n/index.js';

export interface Output {
  write(chunk: string): void;
}

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: Output;
  stderr: Output;
  /** Whether stdout is a terminal (colour, progress bars). */
  stdoutIsTTY: boolean;
  /** Whether stdin is a terminal (interactive prompts). */
  stdinIsTTY: boolean;
  /** The history pass the entry point started before loading the CLI (see prestart.ts). */
  prestarted?: PrestartedHistory | undefined;
}

/** A history pass started by the entry point for a `renew` or `report` command line (prestart.ts). */
export interface PrestartedHistory {
  command: 'renew' | 'report';
  paths: readonly string[];
  start: HistoryStart;
}

export interface CliContext extends CliIO {
  /** The interface language, resolved from `--lang` or the environment before commands are defined. */
  lang: Lang;
  /** Colour on stdout: only on a TTY, and never with NO_COLOR. */
  color: boolean;
  /** Set by a command's action: 0 clean, 1 findings, 2 usage or runtime failure. */
  exitCode: number;
}
