/**
 * requireTool: a test whose tool is missing is skipped, with the reason, on a developer's machine,
 * and fails when CI is set. Checked on a fixture run in a vitest process of its own.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/tmp.js';
import { hasTool, missingToolReason } from './helpers/tools.js';

const fixtureDir = fileURLToPath(new URL('fixtures/tools/', import.meta.url));
const vitestBin = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

interface Outcome {
  title: string;
  status: string;
  failureMessages: string[];
}

function runFixture(env: NodeJS.ProcessEnv): { outcomes: Outcome[]; stdout: string } {
  const report = join(tempDir(), 'report.json');
  const { CI: _ci, ...rest } = process.env;
  const result = spawnSync(
    process.execPath,
    [
      vitestBin,
      'run',
      '--config',
      join(fixtureDir, 'vitest.config.ts'),
      '--reporter=verbose',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { cwd: fixtureDir, env: { ...rest, NO_COLOR: '1', ...env }, encoding: 'utf8', timeout: 60_000 },
  );
  const json = JSON.parse(readFileSync(report, 'utf8')) as { testResults: { assertionResults: Outcome[] }[] };
  return { outcomes: json.testResults.flatMap((file) => file.assertionResults), stdout: result.stdout };
}

describe('requireTool', () => {
  it('finds what is on the PATH', () => {
    expect(hasTool('sh')).toBe(true);
    expect(hasTool('charte-no-such-tool')).toBe(false);
    expect(missingToolReason('pdftotext')).toBe(
      '`pdftotext` is not installed (Debian package poppler-utils; .ci/run installs it)',
    );
  });

  it('skips with the reason outside CI, and fails in CI', () => {
    const local = runFixture({});
    expect(local.outcomes.map((o) => [o.title, o.status])).toEqual([
      ['needs a tool nobody has', 'skipped'],
      ['needs sh, which every machine has', 'passed'],
    ]);
    expect(local.stdout).toContain('`charte-no-such-tool` is not installed');

    const ci = runFixture({ CI: 'true' });
    expect(ci.outcomes.map((o) => [o.title, o.status])).toEqual([
      ['needs a tool nobody has', 'failed'],
      ['needs sh, which every machine has', 'passed'],
    ]);
    expect(ci.outcomes[0]?.failureMessages.join('\n')).toContain(
      '`charte-no-such-tool` is not installed: in CI every tool a test needs must be installed',
    );
  });
});
