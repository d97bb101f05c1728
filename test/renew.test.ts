import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charterText, decidedOn, signedBy } from './fixtures/history/charter.js';
import { AMENDED_V2, buildScenario, ID, PATH } from './fixtures/history/scenario.js';
import { runCli, runCliProcess } from './helpers/cli.js';
import { commitAll, git, gitEnv, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

interface RenewJson {
  asOf: string;
  charters: Array<Record<string, unknown> & { path: string; history: unknown[] }>;
  warnings: Array<{ severity: string; code: string; path: string; message: string }>;
}

const json = (stdout: string) => JSON.parse(stdout) as RenewJson;

describe('charte renew: the five-year indicator from git', () => {
  it('reports version, state, dates, the unsigned amendment and v1 from history (renames followed)', async () => {
    const { dir, commits } = buildScenario();
    const result = await runCli(['renew', '--as-of', '2026-11-27', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(json(result.stdout)).toEqual({
      asOf: '2026-11-27',
      charters: [
        {
          path: PATH,
          id: ID,
          version: 2,
          state: 'in_force',
          signedOn: '2024-04-28',
          dueOn: '2029-04-28',
          daysLeft: 883,
          amendedSinceSigning: true,
          standing: {
            standing: 'in_force',
            version: 2,
            amendment: null,
            signedOn: '2024-04-28',
            dueOn: '2029-04-28',
            daysLeft: 883,
            daysLate: null,
            suspended: null,
            terminated: null,
          },
          work: null,
          amendments: [],
          history: [
            {
              version: 1,
              signedOn: '2019-05-10',
              commit: commits.signedV1,
              renewedOnTime: true,
              renewedOn: '2024-04-28',
              amendments: [],
            },
          ],
        },
      ],
      warnings: [],
    });
  });

  it('says the charter is not amended when the working file is what was signed', async () => {
    const { dir } = buildScenario();
    git(dir, ['revert', '--no-edit', 'HEAD'], '2025-03-01');
    const result = await runCli(['renew', PATH, '--as-of', '2026-11-27', '--format', 'json'], { cwd: dir });
    expect(json(result.stdout).charters[0]!.amendedSinceSigning).toBe(false);
    // Re-quoting and re-ordering the front matter is not an amendment; a body edit not committed is.
    const text = readFileSync(join(dir, PATH), 'utf8')
      .replace('title: "Solidarity', "title: 'Solidarity")
      .replace(/Northfield and Southvale"\n/, "Northfield and Southvale'\n");
    writeFileSync(join(dir, PATH), text);
    const requoted = await runCli(['renew', PATH, '--as-of', '2026-11-27', '--format', 'json'], { cwd: dir });
    expect(json(requoted.stdout).charters[0]!.amendedSinceSigning).toBe(false);
    // Nor is quoting a resource differently, or CRLF line endings.
    const requotedResource = text.replace('description: "Yearly grant"', "description: 'Yearly grant'");
    expect(requotedResource).not.toBe(text);
    writeFileSync(join(dir, PATH), requotedResource.replace(/\n/g, '\r\n'));
    const crlf = await runCli(['renew', PATH, '--as-of', '2026-11-27', '--format', 'json'], { cwd: dir });
    expect(json(crlf.stdout).charters[0]!.amendedSinceSigning).toBe(false);
    writeFileSync(join(dir, PATH), requotedResource.replace('amount: 8000', 'amount: 8001'));
    const raised = await runCli(['renew', PATH, '--as-of', '2026-11-27', '--format', 'json'], { cwd: dir });
    expect(json(raised.stdout).charters[0]!.amendedSinceSigning).toBe(true);
    writeFileSync(join(dir, PATH), `${text}\nA sentence nobody signed.\n`);
    const edited = await runCli(['renew', PATH, '--as-of', '2026-11-27', '--format', 'json'], { cwd: dir });
    expect(json(edited.stdout).charters[0]!.amendedSinceSigning).toBe(true);
  });

  it('renewedOnTime is false when the next version was signed after the due date; a pending renewal leaves the version in force overdue', async () => {
    const dir = tempDir();
    initRepo(dir);
    const path = 'late.md';
    const v1 = {
      id: 'late',
      decisions: decidedOn('2014-12-01', '2014-12-02'),
      signatures: signedBy('2015-01-05', '2015-01-10'),
    };
    writeTree(dir, { [path]: charterText(v1) });
    const signedV1 = commitAll(dir, 'v1 signed', '2015-01-11');
    writeTree(dir, { [path]: charterText({ id: 'late', version: 2 }) });
    commitAll(dir, 'start v2', '2019-06-01');
    const pending = await runCli(['renew', '--as-of', '2020-03-01', '--format', 'json'], { cwd: dir });
    expect(json(pending.stdout).charters[0]).toMatchObject({
      version: 2,
      state: 'overdue',
      signedOn: '2015-01-10',
      dueOn: '2020-01-10',
      amendedSinceSigning: null,
      standing: { standing: 'overdue', version: 1, daysLate: 51, daysLeft: null },
      work: { kind: 'renewal', version: 2, signed: [], awaited: ['northfield', 'southvale'] },
      // v1 is the version in force: its lateness is its standing, not a renewal that happened.
      history: [],
    });
    expect(pending.code).toBe(1);
    const early = await runCli(['renew', '--as-of', '2019-07-01', '--format', 'json'], { cwd: dir });
    expect(json(early.stdout).charters[0]).toMatchObject({
      state: 'in_force',
      standing: { standing: 'in_force', version: 1, daysLeft: 193 },
      work: { kind: 'renewal', version: 2 },
      history: [],
    });
    writeTree(dir, {
      [path]: charterText({
        id: 'late',
        version: 2,
        decisions: decidedOn('2021-02-01', '2021-02-02'),
        signatures: signedBy('2021-02-10', '2021-03-01'),
      }),
    });
    commitAll(dir, 'v2 signed', '2021-03-02');
    const late = await runCli(['renew', '--as-of', '2022-01-01', '--format', 'json'], { cwd: dir });
    expect(json(late.stdout).charters[0]).toMatchObject({
      state: 'in_force',
      signedOn: '2021-03-01',
      amendedSinceSigning: false,
      work: null,
      history: [
        {
          version: 1,
          signedOn: '2015-01-10',
          commit: signedV1,
          renewedOnTime: false,
          renewedOn: '2021-03-01',
        },
      ],
    });
    const text = await runCli(['renew', '--as-of', '2022-01-01'], { cwd: dir });
    expect(text.stdout).toContain('v1: signed on 10 January 2015 (commit ');
    expect(text.stdout).toContain('renewed late (next version signed on 1 March 2021)');
  });

  it('--fail-on: overdue by default, due_soon on demand, never', async () => {
    const dir = tempDir();
    initRepo(dir);
    writeTree(dir, {
      'a-overdue.md': charterText({ id: 'a', signatures: signedBy('2018-01-01', '2018-01-02') }),
      'b-due-soon.md': charterText({ id: 'b', signatures: signedBy('2021-01-01', '2021-06-01') }),
      'c-in-force.md': charterText({ id: 'c', signatures: signedBy('2024-01-01', '2024-01-02') }),
    });
    commitAll(dir, 'charters', '2024-01-03');
    const run = (args: string[]) => runCli(['renew', ...args, '--format', 'json'], { cwd: dir });
    const overdue = await run(['--as-of', '2026-03-01']);
    expect(json(overdue.stdout).charters.map((c) => c.state)).toEqual(['overdue', 'due_soon', 'in_force']);
    expect(overdue.code).toBe(1);
    expect((await run(['--as-of', '2026-03-01', '--fail-on', 'never'])).code).toBe(0);
    expect((await run(['c-in-force.md', 'b-due-soon.md', '--as-of', '2026-03-01'])).code).toBe(0);
    expect(
      (await run(['c-in-force.md', 'b-due-soon.md', '--as-of', '2026-03-01', '--fail-on', 'due_soon'])).code,
    ).toBe(1);
    expect((await run(['c-in-force.md', '--as-of', '2026-03-01', '--fail-on', 'due_soon'])).code).toBe(0);
  });

  it('a signature dated 29 February is due on 28 February', async () => {
    const dir = tempDir();
    initRepo(dir);
    writeTree(dir, {
      'leap.md': charterText({ id: 'leap', signatures: signedBy('2024-01-10', '2024-02-29') }),
    });
    commitAll(dir, 'signed on a leap day', '2024-03-01');
    const result = await runCli(['renew', '--as-of', '2029-02-28', '--format', 'json'], { cwd: dir });
    expect(json(result.stdout).charters[0]).toMatchObject({
      signedOn: '2024-02-29',
      dueOn: '2029-02-28',
      daysLeft: 0,
      state: 'due_soon',
    });
    const after = await runCli(['renew', '--as-of', '2029-03-01', '--format', 'json'], { cwd: dir });
    expect(json(after.stdout).charters[0]).toMatchObject({ daysLeft: -1, state: 'overdue' });
    expect(after.code).toBe(1);
  });

  it('answers for signatures complete but decisions missing (validate warns)', async () => {
    const dir = tempDir();
    initRepo(dir);
    writeTree(dir, {
      'nodecision.md': charterText({ id: 'nd', signatures: signedBy('2024-05-01', '2024-05-02') }),
    });
    const signed = commitAll(dir, 'signed without decisions', '2024-05-03');
    const result = await runCli(['renew', '--as-of', '2025-01-01', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(json(result.stdout).charters[0]).toMatchObject({ state: 'in_force', dueOn: '2029-05-02' });
    expect(signed).toMatch(/^[0-9a-f]{40}$/);
    const validate = await runCli(
      ['validate', 'nodecision.md', '--as-of', '2025-01-01', '--format', 'json'],
      {
        cwd: dir,
      },
    );
    const rules = (JSON.parse(validate.stdout) as { files: Array<{ diagnostics: Array<{ rule: string }> }> })
      .files[0]!.diagnostics;
    expect(rules.map((d) => d.rule)).toContain('decision-missing');
  });
});

describe('charte renew: bad input', () => {
  it('a file git does not track: today’s state, and a warning that says how to record it', async () => {
    const { dir } = buildScenario();
    writeTree(dir, {
      'charters/new.md': charterText({ id: 'new-one', signatures: signedBy('2025-01-01', '2025-01-02') }),
    });
    const result = await runCli(['renew', 'charters', '--as-of', '2026-11-27', '--format', 'json'], {
      cwd: dir,
    });
    const report = json(result.stdout);
    expect(report.charters.map((c) => c.path)).toEqual(['charters/new.md', PATH]);
    expect(report.charters[0]).toEqual({
      path: 'charters/new.md',
      id: 'new-one',
      version: 1,
      state: 'in_force',
      signedOn: '2025-01-02',
      dueOn: '2030-01-02',
      daysLeft: 1132,
      amendedSinceSigning: null,
      standing: {
        standing: 'in_force',
        version: 1,
        amendment: null,
        signedOn: '2025-01-02',
        dueOn: '2030-01-02',
        daysLeft: 1132,
        daysLate: null,
        suspended: null,
        terminated: null,
      },
      work: null,
      amendments: [],
      history: [],
    });
    expect(report.warnings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'untracked', path: 'charters/new.md' }),
    ]);
    expect(report.warnings[0]!.message).toContain('not tracked by git');
    expect(report.warnings[0]!.message).toContain('git add -- charters/new.md');
    expect(result.code).toBe(0);
  });

  it('a file outside any repository still gets its state', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'loose.md': charterText({ id: 'loose', signatures: signedBy('2023-01-01', '2023-01-02') }),
    });
    const result = await runCli(['renew', '--as-of', '2024-01-01', '--format', 'json', '--lang', 'fr'], {
      cwd: dir,
    });
    const report = json(result.stdout);
    expect(report.charters[0]).toMatchObject({ state: 'in_force', history: [], amendedSinceSigning: null });
    expect(report.warnings[0]).toMatchObject({ code: 'not-a-repository', path: 'loose.md' });
    expect(report.warnings[0]!.message).toContain('n’est dans aucun dépôt git');
  });

  it('a shallow clone: today’s state, and which history is missing and how to fetch it', async () => {
    const { dir, commits } = buildScenario();
    const clone = join(tempDir(), 'clone');
    git(dir, ['clone', '-q', '--depth', '1', `file://${dir}`, clone]);
    const result = await runCli(['renew', '--as-of', '2026-11-27', '--format', 'json'], { cwd: clone });
    const report = json(result.stdout);
    expect(report.charters[0]).toMatchObject({
      path: PATH,
      version: 2,
      state: 'in_force',
      signedOn: '2024-04-28',
      amendedSinceSigning: null,
      history: [],
    });
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]!.code).toBe('shallow');
    expect(report.warnings[0]!.message).toContain(
      `before commit ${commits.amended.slice(0, 7)} (2025-02-01)`,
    );
    expect(report.warnings[0]!.message).toContain('fetch-depth: 0');
    expect(report.warnings[0]!.message).toContain('git fetch --unshallow');
    git(clone, ['fetch', '-q', '--unshallow']);
    const full = await runCli(['renew', '--as-of', '2026-11-27', '--format', 'json'], { cwd: clone });
    expect(json(full.stdout).charters[0]).toMatchObject({
      amendedSinceSigning: true,
      history: [{ version: 1 }],
    });
    expect(json(full.stdout).warnings).toEqual([]);
  });

  it('paths beginning with - are data, never git options', async () => {
    const dir = tempDir();
    initRepo(dir);
    const names = ['-n.md', '--output=owned.md'];
    for (const [i, name] of names.entries()) {
      writeTree(dir, {
        [name]: charterText({ id: `dash-${i}`, signatures: signedBy('2024-01-01', '2024-01-02') }),
      });
    }
    const signed = commitAll(dir, 'dashes', '2024-01-03');
    const result = await runCli(['renew', '--as-of', '2025-01-01', '--format', 'json', '--', ...names], {
      cwd: dir,
    });
    const report = json(result.stdout);
    expect(report.warnings).toEqual([]);
    expect(report.charters.map((c) => [c.path, c.state, c.amendedSinceSigning])).toEqual([
      ['--output=owned.md', 'in_force', false],
      ['-n.md', 'in_force', false],
    ]);
    expect(existsSync(join(dir, 'owned.md'))).toBe(false);
    const log = await runCli(['log', '--format', 'json', '--', '--output=owned.md'], { cwd: dir });
    expect(JSON.parse(log.stdout).versions[0].signingCommit).toBe(signed);
    expect(existsSync(join(dir, 'owned.md'))).toBe(false);
  });

  it('a tag that points elsewhere than the signing commit is reported', async () => {
    const { dir, commits } = buildScenario({ tagV1: 'draft' });
    const result = await runCli(['renew', '--as-of', '2026-11-27', '--format', 'json'], { cwd: dir });
    const report = json(result.stdout);
    expect(report.charters[0]!.history).toEqual([
      {
        version: 1,
        signedOn: '2019-05-10',
        commit: commits.signedV1,
        renewedOnTime: true,
        renewedOn: '2024-04-28',
        amendments: [],
      },
    ]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatchObject({ code: 'tag-mismatch', path: PATH });
    expect(report.warnings[0]!.message).toContain(
      `charte/${ID}/v1 points to commit ${commits.draft.slice(0, 7)}`,
    );
    expect(report.warnings[0]!.message).toContain(`commit ${commits.signedV1.slice(0, 7)} (2019-05-11`);
    expect(result.code).toBe(0);
  });

  it('two charters with the same id: both reported, and said clearly', async () => {
    const dir = tempDir();
    initRepo(dir);
    writeTree(dir, {
      'a/one.md': charterText({ id: 'twin', signatures: signedBy('2024-01-01', '2024-01-02') }),
      'b/two.md': charterText({ id: 'twin', version: 3 }),
    });
    commitAll(dir, 'two twins', '2024-01-03');
    const result = await runCli(['renew', '--as-of', '2025-01-01', '--format', 'json'], { cwd: dir });
    const report = json(result.stdout);
    expect(report.charters.map((c) => [c.path, c.id, c.state])).toEqual([
      ['a/one.md', 'twin', 'in_force'],
      ['b/two.md', 'twin', 'draft'],
    ]);
    expect(report.warnings).toEqual([
      {
        severity: 'warning',
        code: 'duplicate-id',
        path: 'a/one.md',
        message:
          '2 charters share the id `twin`: a/one.md, b/two.md; each is reported, but their tags charte/twin/v… collide; give each one a unique `id`',
      },
    ]);
    const text = await runCli(['renew', '--as-of', '2025-01-01'], { cwd: dir });
    expect(text.stdout).toContain('warning: 2 charters share the id `twin`');
  });

  it('an unreadable charter is an error (exit 1), the others are still reported', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'good.md': charterText({ id: 'good', signatures: signedBy('2024-01-01', '2024-01-02') }),
      'broken.md': '---\ncharte: 1\nid: [unclosed\n---\n',
    });
    const result = await runCli(['renew', '--as-of', '2025-01-01', '--format', 'json'], { cwd: dir });
    const report = json(result.stdout);
    expect(report.charters.map((c) => c.path)).toEqual(['good.md']);
    expect(report.warnings.find((w) => w.severity === 'error')).toMatchObject({ path: 'broken.md' });
    expect(report.warnings.find((w) => w.severity === 'error')!.message).toMatch(/^broken\.md:3:\d+: /);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('broken.md:3:');
  });

  it('usage errors exit 2', async () => {
    const dir = tempDir();
    expect((await runCli(['renew', '--format', 'xml'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['renew', '--fail-on', 'late'], { cwd: dir })).code).toBe(2);
    const asOf = await runCli(['renew', '--as-of', '2023-02-29'], { cwd: dir });
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toContain('--as-of 2023-02-29: not a calendar date');
    const commit = await runCli(['renew', '--commit'], { cwd: dir });
    expect(commit.code).toBe(2);
    expect(commit.stderr).toContain('--commit only goes with --start');
    expect((await runCli(['renew', 'missing-dir'], { cwd: dir })).code).toBe(2);
  });
});

describe('charte renew: time zones and processes', () => {
  it('gives the same bytes under TZ=Pacific/Kiritimati and TZ=America/Los_Angeles', () => {
    const { dir } = buildScenario();
    // A commit made late in the evening west of Greenwich, already the next day in Kiritimati.
    writeTree(dir, { [PATH]: `${charterText(AMENDED_V2)}\nOne more line.\n` });
    git(dir, ['add', '-A']);
    execCommit(dir, '2025-06-30T23:30:00-10:00');
    const outputs = ['Pacific/Kiritimati', 'America/Los_Angeles'].map((TZ) => {
      const renew = runCliProcess(['renew', '--as-of', '2026-11-27', '--format', 'json'], {
        cwd: dir,
        env: { TZ },
      });
      const ics = runCliProcess(['renew', '--as-of', '2026-11-27', '--format', 'ics'], {
        cwd: dir,
        env: { TZ },
      });
      const log = runCliProcess(['log', PATH, '--format', 'json'], { cwd: dir, env: { TZ } });
      expect([renew.code, ics.code, log.code]).toEqual([0, 0, 0]);
      return [renew.stdout, ics.stdout, log.stdout];
    });
    expect(outputs[0]).toEqual(outputs[1]);
    const log = JSON.parse(outputs[0]![2]!) as { versions: Array<{ commits: Array<{ date: string }> }> };
    expect(log.versions.at(-1)!.commits.at(-1)!.date).toBe('2025-06-30');
  });

  it('--start opens the next version through the lifecycle module', async () => {
    const dir = tempDir();
    initRepo(dir);
    writeTree(dir, {
      'c.md': charterText({
        id: 'c',
        decisions: decidedOn('2019-01-01', '2019-01-02'),
        signatures: signedBy('2019-02-01', '2019-02-02'),
      }),
    });
    commitAll(dir, 'v1 signed', '2019-02-03');
    const result = await runCli(['renew', '--start', 'c.md', '--as-of', '2024-01-01'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'c.md'), 'utf8')).toContain('version: 2\n');
    const report = await runCli(['renew', '--as-of', '2024-01-01', '--format', 'json'], { cwd: dir });
    // v1 stays the version in force (due soon), v2 is the work in progress.
    expect(json(report.stdout).charters[0]).toMatchObject({
      version: 2,
      state: 'due_soon',
      signedOn: '2019-02-02',
      standing: { standing: 'due_soon', version: 1, dueOn: '2024-02-02', daysLeft: 32 },
      work: { kind: 'renewal', version: 2, awaited: ['northfield', 'southvale'] },
      history: [],
    });
  });
});

/** Commits what is staged with an explicit author and committer date (with its own offset). */
function execCommit(dir: string, isoDate: string): void {
  execFileSync('git', ['commit', '-q', '--no-verify', '-m', 'Late edit'], {
    cwd: dir,
    env: { ...gitEnv(), GIT_AUTHOR_DATE: isoDate, GIT_COMMITTER_DATE: isoDate },
  });
}

describe('renew --start with report options', () => {
  it('refuses --format and --fail-on, writing nothing', async () => {
    const dir = writeTree(tempDir(), {
      'c.md': readFileSync(new URL('../examples/villeneuve-kassande.md', import.meta.url), 'utf8'),
    });
    const before = readFileSync(join(dir, 'c.md'), 'utf8');
    const result = await runCli(['renew', '--start', 'c.md', '--format', 'json'], { cwd: dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'charte: --start edits one charter and prints no report: remove --format\n',
    });
    expect(readFileSync(join(dir, 'c.md'), 'utf8')).toBe(before);
  });
});
