import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffLines, unifiedDiff } from '../src/history/line-diff.js';
import { charterText, signedBy } from './fixtures/history/charter.js';
import { AMENDED_V2, buildScenario, ID, OLD_PATH, PATH } from './fixtures/history/scenario.js';
import { runCli } from './helpers/cli.js';
import { commitAll, git, gitEnv, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

interface DiffJson {
  from: { ref: string; commit: string | null; version: number | null; path: string };
  to: { ref: string; commit: string | null; version: number | null; path: string };
  changes: Array<{
    section: string;
    change: string;
    item?: string;
    field?: string;
    before?: unknown;
    after?: unknown;
    message: string;
  }>;
  body: string;
}

describe('charte diff', () => {
  it('default: from the last signed version to the working file, front matter in words, body as a unified diff', async () => {
    const { dir, commits: c } = buildScenario();
    const result = await runCli(['diff', PATH, '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout) as DiffJson;
    expect(diff.from).toEqual({ ref: 'v2', commit: c.signedV2, version: 2, path: PATH });
    expect(diff.to).toEqual({ ref: 'working', commit: null, version: 2, path: PATH });
    expect(diff.changes.map((x) => x.message)).toEqual([
      'commitment C3 added: School exchanges on climate',
      'resource amount 8,000 → 10,000 EUR (northfield, financial resource: Yearly grant)',
    ]);
    expect(diff.changes[1]).toMatchObject({
      section: 'resources',
      change: 'changed',
      field: 'amount',
      before: 8000,
      after: 10000,
    });
    expect(diff.body).toBe(
      [
        `--- a/${PATH} (${c.signedV2.slice(0, 7)})`,
        `+++ b/${PATH} (working)`,
        // The files' own line numbers: the working file has four more front matter lines (C3).
        '@@ -121,3 +125,5 @@',
        ' ## Signatures',
        ' ',
        ' Done in two originals.',
        '+',
        '+Amendment of 2025: the schools join the programme.',
        '',
      ].join('\n'),
    );
    const workingLines = readFileSync(join(dir, PATH), 'utf8').split('\n');
    expect(workingLines[125 - 1]).toBe('## Signatures');
    const signedLines = git(dir, ['show', `${c.signedV2}:${PATH}`]).split('\n');
    expect(signedLines[121 - 1]).toBe('## Signatures');
    const text = await runCli(['diff', PATH], { cwd: dir });
    expect(text.stdout).toContain('  - commitment C3 added: School exchanges on climate\n');
    expect(text.stdout).toContain('+Amendment of 2025');
  });

  it('between two versions, across a rename, in French', async () => {
    const { dir, commits: c } = buildScenario();
    const result = await runCli(
      ['diff', PATH, '--from', 'v1', '--to', 'v2', '--lang', 'fr', '--format', 'json'],
      { cwd: dir },
    );
    const diff = JSON.parse(result.stdout) as DiffJson;
    expect(diff.from).toEqual({ ref: 'v1', commit: c.signedV1, version: 1, path: OLD_PATH });
    expect(diff.to).toEqual({ ref: 'v2', commit: c.signedV2, version: 2, path: PATH });
    const messages = diff.changes.map((x) => x.message);
    expect(messages).toContain('version : 1 → 2');
    expect(messages).toContain('entité ajoutée : friends (Friends of Southvale, partenaire associé, FR)');
    expect(messages).toContain(
      'référent ajouté : Referent of Friends of Southvale (friends, Twinning officer)',
    );
    expect(messages).toContain('signature modifiée : southvale, date « 2019-05-10 » → « 2024-04-28 »');
    expect(diff.body).toBe('');
  });

  it('revisions, removed items and referent changes', async () => {
    const { dir, commits: c } = buildScenario();
    const changed = charterText({
      ...AMENDED_V2,
      commitments: [{ id: 'C1', title: 'Drill three wells' }],
    }).replace('function: "Twinning officer"', 'function: "Deputy mayor"');
    writeFileSync(join(dir, PATH), changed);
    const result = await runCli(['diff', PATH, '--from', c.amended, '--format', 'json'], { cwd: dir });
    const messages = (JSON.parse(result.stdout) as DiffJson).changes.map((x) => x.message);
    expect(messages).toEqual([
      'referent changed: Referent of Town of Northfield, function "Twinning officer" → "Deputy mayor"',
      'commitment C1 changed: title "Drill two wells and train the water committees" → "Drill three wells"',
      'commitment C2 removed: Support a cooperative of market gardeners',
      'commitment C3 removed: School exchanges on climate',
    ]);
    const head = await runCli(['diff', PATH, '--from', 'HEAD~1', '--to', 'HEAD', '--format', 'json'], {
      cwd: dir,
    });
    expect((JSON.parse(head.stdout) as DiffJson).from.commit).toBe(c.signedV2);
  });

  it('refuses unknown revisions and versions with exit 2, and never reads a revision as an option', async () => {
    const { dir } = buildScenario();
    const unknown = await runCli(['diff', PATH, '--from', 'no-such-branch'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--from no-such-branch: unknown git revision');
    const option = await runCli(['diff', PATH, '--from=--output=/tmp/owned'], { cwd: dir });
    expect(option.code).toBe(2);
    const v9 = await runCli(['diff', PATH, '--to', 'v9'], { cwd: dir });
    expect(v9.code).toBe(2);
    expect(v9.stderr).toContain('version 9 has no signing commit in the history (signed versions: v1, v2)');
  });

  it('a charter never signed needs --from', async () => {
    const dir = tempDir();
    initRepo(dir);
    writeTree(dir, {
      'a.md': charterText({ id: 'a', signatures: [signedBy('2024-01-01', '2024-01-02')[0]!] }),
    });
    commitAll(dir, 'a', '2024-01-03');
    const result = await runCli(['diff', 'a.md'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'no signed version in the git history; choose the starting point with --from',
    );
    writeTree(dir, { 'a.md': charterText({ id: 'a', title: 'Renamed charter' }) });
    const fromHead = await runCli(['diff', 'a.md', '--from', 'HEAD'], { cwd: dir });
    expect(fromHead.stdout).toContain(
      'title: "Solidarity charter between Northfield and Southvale" → "Renamed charter"',
    );
    expect(fromHead.stdout).toContain(
      'signature removed: northfield (Mayor of northfield, Mayor, 2024-01-01)',
    );
    expect(ID).toBe('northfield-southvale');
  });
});

describe('charte diff in a shallow clone', () => {
  it('says the clone is shallow and how to fetch the history', async () => {
    const { dir } = buildScenario();
    const clone = tempDir();
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, clone], { env: gitEnv() });
    const result = await runCli(['diff', PATH], { cwd: clone });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'this clone is shallow: fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in CI)',
    );
  });
});

describe('the line diff (the diff package, bounded)', () => {
  it('a rewrite beyond the bound is one hunk that deletes every line and inserts every line', () => {
    const before = Array.from({ length: 1500 }, (_, i) => `old ${i}\n`).join('');
    const after = Array.from({ length: 1500 }, (_, i) => `new ${i}\r\n`).join('');
    const patch = unifiedDiff('a/x.md', 'b/x.md', before, after, { oldLineOffset: 10, newLineOffset: 10 });
    const lines = patch.split('\n');
    expect(lines.slice(0, 3)).toEqual(['--- a/x.md', '+++ b/x.md', '@@ -11,1500 +11,1500 @@']);
    expect(lines.filter((l) => l.startsWith('-old'))).toHaveLength(1500);
    expect(lines.filter((l) => l.startsWith('+new'))).toHaveLength(1500);
    // Every deletion first, then every insertion.
    expect(lines.slice(3).findIndex((l) => l.startsWith('+'))).toBe(1500);
  });

  it('small edits stay minimal, and CRLF lines equal LF lines', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `line ${i}`);
    const edited = lines.map((l, i) => (i % 400 === 7 ? `${l} (edited)` : l));
    const edits = diffLines(lines, edited);
    expect(edits.filter((e) => e.op === 'insert')).toHaveLength(5);
    expect(edits.filter((e) => e.op === 'delete')).toHaveLength(5);
    expect(unifiedDiff('a', 'b', `${lines.join('\r\n')}\r\n`, `${lines.join('\n')}\n`)).toBe('');
  });
});
