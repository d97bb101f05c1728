/**
 * `charte validate --format codequality`: GitLab's Code Quality report (a JSON array of issues
 * with description, check_name, fingerprint, severity, location.path, location.lines.begin).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type RunResult, runCli, runCliProcess } from './helpers/cli.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const example = readFileSync(new URL('../examples/villeneuve-kassande.md', import.meta.url), 'utf8');

/** Two errors: an enum value with a typo (`kind`), and two country codes in lower case. */
const broken = example
  .replace(/^kind: solidarity_charter$/m, 'kind: solidarity_charte')
  .replace(/^ {4}country: BF$/m, '    country: bf')
  .replace(/^ {4}country: FR$/gm, '    country: fr');

/** A warning only: a section of the outline renamed. */
const warned = example.replace(/^## Moyens$/m, '## Ressources mobilisées');

const GITLAB_SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

interface CodeQualityIssue {
  type: string;
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

/** The 1-based line of the first line of `text` matching `pattern`. */
function lineOf(text: string, pattern: RegExp): number {
  return text.split('\n').findIndex((line) => pattern.test(line)) + 1;
}

/** Each scenario runs in-process and as a real process: same stdout, same exit code. */
async function bothWays(args: string[], cwd: string): Promise<RunResult> {
  const inProcess = await runCli(args, { cwd });
  const proc = runCliProcess(args, { cwd });
  expect({ code: proc.code, stdout: proc.stdout }).toEqual({
    code: inProcess.code,
    stdout: inProcess.stdout,
  });
  return inProcess;
}

describe('validate --format codequality', () => {
  it('prints [] and exits 0 for a charter with no findings', async () => {
    const dir = writeTree(tempDir(), { 'charters/villeneuve.md': example });
    const result = await bothWays(['validate', 'charters/villeneuve.md', '--format', 'codequality'], dir);
    expect(result).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('prints [] and exits 0 for a repository with no charter at all (GitLab still gets a valid report)', async () => {
    const dir = writeTree(tempDir(), { 'README.md': '# Notes\n' });
    const result = await runCli(['validate', '--format', 'codequality'], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('reports each finding with the fields GitLab reads, at the line of the faulty value', async () => {
    const dir = writeTree(tempDir(), {
      'charters/bad.md': broken,
      'charters/good.md': example.replace(/^id: .*$/m, 'id: other'),
    });
    const result = await bothWays(['validate', 'charters', '--format', 'codequality'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const issues = JSON.parse(result.stdout) as CodeQualityIssue[];
    expect(issues.length).toBeGreaterThanOrEqual(3);
    for (const issue of issues) {
      expect(issue.type).toBe('issue');
      expect(issue.description.length).toBeGreaterThan(0);
      expect(issue.check_name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32,}$/);
      expect(GITLAB_SEVERITIES).toContain(issue.severity);
      expect(issue.location.path).toBe('charters/bad.md');
      expect(Number.isInteger(issue.location.lines.begin)).toBe(true);
    }
    const kind = issues.find((issue) => issue.check_name === 'enum');
    expect(kind).toMatchObject({
      severity: 'major',
      location: { path: 'charters/bad.md', lines: { begin: lineOf(broken, /^kind: /) } },
    });
    expect(kind?.description).toContain('solidarity_charter');
    const countryLines = issues
      .filter((issue) => issue.check_name === 'pattern')
      .map((issue) => issue.location.lines.begin);
    expect(countryLines).toContain(lineOf(broken, /^ {4}country: bf$/));
    // GitLab merges issues with equal fingerprints: the same rule at two places must differ.
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
  });

  it('gives the same fingerprints on every run', async () => {
    const dir = writeTree(tempDir(), { 'charters/bad.md': broken });
    const args = ['validate', 'charters', '--format', 'codequality'];
    const first = JSON.parse((await runCli(args, { cwd: dir })).stdout) as CodeQualityIssue[];
    const second = JSON.parse(runCliProcess(args, { cwd: dir }).stdout) as CodeQualityIssue[];
    expect(first.length).toBeGreaterThan(0);
    expect(second.map((issue) => issue.fingerprint)).toEqual(first.map((issue) => issue.fingerprint));
  });

  it('fingerprints stay the same when lines are added above a finding, and whatever the language', async () => {
    const dir = writeTree(tempDir(), { 'charters/bad.md': broken });
    const args = ['validate', 'charters', '--format', 'codequality'];
    const before = JSON.parse(
      (await runCli([...args, '--lang', 'en'], { cwd: dir })).stdout,
    ) as CodeQualityIssue[];
    writeTree(dir, { 'charters/bad.md': broken.replace(/^title: /m, '# a comment added above\ntitle: ') });
    const after = JSON.parse(
      (await runCli([...args, '--lang', 'fr'], { cwd: dir })).stdout,
    ) as CodeQualityIssue[];
    expect(after.map((i) => i.location.lines.begin)).not.toEqual(before.map((i) => i.location.lines.begin));
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
  });

  it('reports a warning as a minor issue and exits 0', async () => {
    const dir = writeTree(tempDir(), { 'villeneuve.md': warned });
    const result = await runCli(['validate', '--format', 'codequality'], { cwd: dir });
    expect(result.code).toBe(0);
    const issues = JSON.parse(result.stdout) as CodeQualityIssue[];
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.severity === 'minor')).toBe(true);
    expect(issues.map((issue) => issue.location.path)).toContain('villeneuve.md');
  });
});
