#!/usr/bin/env node
import { prestartHistory } from './prestart.js';

// `charte … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const argv = process.argv.slice(2);
const cwd = process.cwd();
// renew and report: git's log pass starts before the CLI is loaded.
const prestarted = await prestartHistory(argv, { cwd, env: process.env });
const { main } = await import('./main.js');
process.exitCode = await main(argv, {
  cwd,
  env: process.env,
  prestarted,
  stdout: process.stdout,
  stderr: process.stderr,
  stdoutIsTTY: process.stdout.isTTY === true,
  stdinIsTTY: process.stdin.isTTY === true,
});
