import { describe, expect, it } from 'vitest';
import { charterText, signedBy } from './fixtures/history/charter.js';
import { buildScenario, ID, OLD_PATH, PATH } from './fixtures/history/scenario.js';
import { runCli } from './helpers/cli.js';
import { commitAll, git, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

interface LogJson {
  path: string;
  id: string;
  status: string;
  uncommittedChanges: boolean;
  versions: Array<{
    version: number;
    signedOn: string | null;
    dueOn: string | null;
    signingCommit: string | null;
    signingUnknown: boolean;
    tag: { name: string; commit: string; matches: boolean } | null;
    signatures: Array<{ entity: string; date: string }>;
    commits: Array<{
      commit: string;
      date: string;
      author: string;
      subject: string;
      kind: string;
      path: string;
      renamedFrom?: string;
    }>;
  }>;
  warnings: unknown[];
}

describe('charte log', () => {
  it('tells each version, its signatures and signing commit, and the commits in between, in order', async () => {
    const { dir, commits: c } = buildScenario();
    const result = await runCli(['log', PATH, '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(0);
    const log = JSON.parse(result.stdout) as LogJson;
    expect(log).toMatchObject({ path: PATH, id: ID, status: 'ok', uncommittedChanges: false, warnings: [] });
    const [v1, v2] = log.versions;
    expect(log.versions).toHaveLength(2);
    expect(v1).toMatchObject({
      version: 1,
      signedOn: '2019-05-10',
      dueOn: '2024-05-10',
      signingCommit: c.signedV1,
      signingUnknown: false,
      tag: { name: `charte/${ID}/v1`, commit: c.signedV1, matches: true },
      signatures: [
        { entity: 'northfield', date: '2019-03-01' },
        { entity: 'southvale', date: '2019-05-10' },
      ],
    });
    expect(v1!.commits.map((x) => [x.commit, x.date, x.kind, x.subject, x.path])).toEqual([
      [c.draft, '2019-01-10', 'created', 'Draft the charter', OLD_PATH],
      [c.northSigns, '2019-03-02', 'signature', 'northfield signs v1', OLD_PATH],
      [c.signedV1, '2019-05-11', 'signed', 'southvale signs v1', OLD_PATH],
      [c.moved, '2021-06-01', 'amended', 'Move the charter to charters/', PATH],
    ]);
    expect(v1!.commits[3]!.renamedFrom).toBe(OLD_PATH);
    expect(v1!.commits[0]!.author).toBe('Test Author');
    expect(v2).toMatchObject({
      version: 2,
      signedOn: '2024-04-28',
      dueOn: '2029-04-28',
      signingCommit: c.signedV2,
      tag: null,
    });
    expect(v2!.commits.map((x) => [x.commit, x.kind])).toEqual([
      [c.startV2, 'new-version'],
      [c.northSignsV2, 'signature'],
      [c.signedV2, 'signed'],
      [c.amended, 'amended'],
    ]);
  });

  it('prints the same in words, in English and French', async () => {
    const { dir, commits: c } = buildScenario();
    writeTree(dir, { [PATH]: `${charterText({ id: ID, version: 2 })}\nuncommitted\n` });
    const en = await runCli(['log', PATH], { cwd: dir });
    expect(en.stdout).toContain(
      `v1: signed on 10 May 2019 in commit ${c.signedV1.slice(0, 7)} [charte/${ID}/v1], due on 10 May 2024`,
    );
    expect(en.stdout).toContain(`2021-06-01  ${c.moved.slice(0, 7)}  changed after signing`);
    expect(en.stdout).toContain(`(renamed from ${OLD_PATH})`);
    expect(en.stdout).toContain('working file: uncommitted changes');
    const fr = await runCli(['log', PATH, '--lang', 'fr'], { cwd: dir });
    expect(fr.stdout).toContain(
      `v2 : signée le 28 avril 2024 dans le commit ${c.signedV2.slice(0, 7)}, échéance le 28 avril 2029`,
    );
    expect(fr.stdout).toContain('modifiée après signature');
    // No English word in a French session.
    expect(fr.stdout).not.toMatch(/\b(signed|due on|amendment|working file)\b/);
  });

  it('a tag on the wrong commit is marked and warned about', async () => {
    const { dir, commits: c } = buildScenario({ tagV1: 'draft' });
    const log = JSON.parse((await runCli(['log', PATH, '--format', 'json'], { cwd: dir })).stdout) as LogJson;
    expect(log.versions[0]!.tag).toEqual({ name: `charte/${ID}/v1`, commit: c.draft, matches: false });
    expect(log.warnings).toEqual([expect.objectContaining({ code: 'tag-mismatch' })]);
  });

  it('a shallow clone says where its history starts', async () => {
    const { dir, commits: c } = buildScenario();
    const clone = `${tempDir()}/clone`;
    git(dir, ['clone', '-q', '--depth', '2', `file://${dir}`, clone]);
    const log = JSON.parse(
      (await runCli(['log', PATH, '--format', 'json'], { cwd: clone })).stdout,
    ) as LogJson;
    expect(log.versions).toHaveLength(1);
    expect(log.versions[0]!.commits.map((x) => [x.commit, x.kind])).toEqual([
      [c.signedV2, 'history-starts'],
      [c.amended, 'amended'],
    ]);
    expect(log.versions[0]!).toMatchObject({
      signingCommit: null,
      signingUnknown: true,
      signedOn: '2024-04-28',
    });
    expect(log.warnings).toEqual([expect.objectContaining({ code: 'shallow' })]);
  });

  it('an untracked file has no history; a missing file is a usage error', async () => {
    const dir = tempDir();
    initRepo(dir);
    writeTree(dir, { 'a.md': charterText({ id: 'a' }) });
    commitAll(dir, 'a', '2024-01-01');
    writeTree(dir, { 'b.md': charterText({ id: 'b', signatures: signedBy('2024-01-01', '2024-01-02') }) });
    const result = await runCli(['log', 'b.md'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(no git history)');
    expect(result.stdout).toContain('b.md is not tracked by git');
    const missing = await runCli(['log', 'nope.md'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.md: no such file');
  });
});
