/**
 * External programs some tests need (pdftotext and pdffonts from poppler-utils, zsh, fish…).
 * `.ci/run` installs them. Where one is missing, the test that needs it is marked skipped with the
 * reason (visible in the report) on a developer's machine, and fails when `CI` is set: a check
 * that cannot run must never pass silently.
 */
import { spawnSync } from 'node:child_process';
import { TestRunner } from 'vitest';

/** The Debian package that provides each tool, for the message. */
const PACKAGES: Record<string, string> = {
  pdftotext: 'poppler-utils',
  pdffonts: 'poppler-utils',
  zsh: 'zsh',
  fish: 'fish',
  xmllint: 'libxml2-utils',
  chromium: 'chromium',
};

const found = new Map<string, boolean>();

/** Whether `name` is on the PATH (looked up once per test file). */
export function hasTool(name: string): boolean {
  let present = found.get(name);
  if (present === undefined) {
    present = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', name], { stdio: 'ignore' }).status === 0;
    found.set(name, present);
  }
  return present;
}

/** The sentence a missing tool gets, naming the package that provides it. */
export function missingToolReason(name: string): string {
  const pkg = PACKAGES[name];
  return `\`${name}\` is not installed${pkg ? ` (Debian package ${pkg}; .ci/run installs it)` : ''}`;
}

/**
 * Call inside a test, before the checks that need `name`. When the tool is missing: throws (the
 * test fails) if `CI` is set, else skips the rest of the test with the reason. The checks made
 * before the call have already run.
 */
export function requireTool(name: string, env: NodeJS.ProcessEnv = process.env): void {
  if (hasTool(name)) return;
  const reason = missingToolReason(name);
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0') {
    throw new Error(`${reason}: in CI every tool a test needs must be installed`);
  }
  const test = TestRunner.getCurrentTest();
  if (!test?.context) throw new Error(`requireTool('${name}') must be called inside a test`);
  test.context.skip(reason);
}
