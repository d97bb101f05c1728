/**
 * The one git module, on real repositories: a GIT_DIR, GIT_WORK_TREE and GIT_INDEX_FILE pointing
 * at another repository change nothing (sign --commit commits into the charter's repository,
 * export stamps its commit), a repository path with spaces works, commits are refused while a
 * merge, rebase or bisect is under way or the file is unmerged, and messages of any length go
 * through stdin (a charter completed with thousands of signatures gets its commit and its tag).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertNoOperationInProgress,
  displayPath,
  gitProcessEnv,
  operationInProgress,
  REMOVED_GIT_VARIABLES,
  repoRelative,
} from '../src/git/index.js';
import { runCli } from './helpers/cli.js';
import { commitAll, GIT_TEST_ENV, git, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

/** Signed by saint-aubin on 2026-06-12 (version 2); akwadum's signature completes it. */
const PARTIAL = readFileSync(new URL('../examples/saint-aubin-akwadum.md', import.meta.url), 'utf8');
const TAG = 'charte/saint-aubin-akwadum/v2';
const AKWADUM_SIGNS = [
  '--entity',
  'akwadum',
  '--signatory',
  'Kofi Boateng',
  '--capacity',
  'District Chief Executive',
  '--date',
  '2026-06-20',
  '--as-of',
  '2026-07-01',
];
const COMMIT_ENV = {
  ...GIT_TEST_ENV,
  GIT_AUTHOR_DATE: '2026-06-21T09:00:00+00:00',
  GIT_COMMITTER_DATE: '2026-06-21T09:00:00+00:00',
};

function charterRepo(text = PARTIAL): string {
  const dir = join(tempDir(), 'les chartes de la commune');
  mkdirSync(dir);
  writeTree(dir, { 'charters/saint-aubin-akwadum.md': text });
  initRepo(dir);
  commitAll(dir, 'initial', '2026-06-12');
  return dir;
}

function otherRepo(): { dir: string; head: string; env: NodeJS.ProcessEnv } {
  const dir = tempDir();
  writeTree(dir, { 'other.txt': 'another project\n' });
  initRepo(dir);
  const head = commitAll(dir, 'other', '2026-01-01');
  return {
    dir,
    head,
    env: {
      GIT_DIR: join(dir, '.git'),
      GIT_WORK_TREE: dir,
      GIT_INDEX_FILE: join(dir, '.git', 'index'),
    },
  };
}

describe('one environment policy', () => {
  it('is the only module that starts a process (git): every other one goes through it', () => {
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    const starters = (readdirSync(src, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => /from 'node:child_process'/.test(readFileSync(join(src, file), 'utf8')))
      .filter(
        (file) =>
          !/import type \{[^}]*\} from 'node:child_process'/.test(readFileSync(join(src, file), 'utf8')),
      )
      .map((file) => relative(src, join(src, file)).split('\\').join('/'));
    expect(starters).toEqual(['git/index.ts']);
  });

  it('removes the variables that point git elsewhere, never prompts, and reads messages in C', () => {
    const env = gitProcessEnv({ GIT_DIR: '/x', GIT_WORK_TREE: '/y', GIT_INDEX_FILE: '/z', KEEP: 'k' });
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX', 'GIT_COMMON_DIR']) {
      expect(REMOVED_GIT_VARIABLES).toContain(name);
      expect(env[name]).toBeUndefined();
    }
    expect(env).toMatchObject({ KEEP: 'k', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' });
  });

  it('sign --commit with GIT_DIR, GIT_WORK_TREE and GIT_INDEX_FILE set to another repository commits into the charter’s, in a path with spaces; export stamps that commit', async () => {
    const dir = charterRepo();
    const other = otherRepo();
    const env = { ...COMMIT_ENV, ...other.env };
    const signed = await runCli(['sign', 'charters/saint-aubin-akwadum.md', ...AKWADUM_SIGNS, '--commit'], {
      cwd: dir,
      env,
    });
    expect(signed.code).toBe(0);
    expect(signed.stderr).not.toMatch(/error|fatal/i);
    // The charter's repository got the commit and the tag.
    const head = git(dir, ['rev-parse', 'HEAD']).trim();
    expect(git(dir, ['log', '--format=%s']).trim().split('\n')).toHaveLength(2);
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe(
      'charters/saint-aubin-akwadum.md',
    );
    expect(git(dir, ['rev-parse', `${TAG}^{commit}`]).trim()).toBe(head);
    expect(git(dir, ['status', '--porcelain']).trim()).toBe('');
    // The other repository is untouched: same HEAD, no tag, clean index and work tree.
    expect(git(other.dir, ['rev-parse', 'HEAD']).trim()).toBe(other.head);
    expect(git(other.dir, ['tag']).trim()).toBe('');
    expect(git(other.dir, ['status', '--porcelain']).trim()).toBe('');

    const exported = await runCli(
      ['export', 'charters/saint-aubin-akwadum.md', '--format', 'html', '-o', 'out.html'],
      { cwd: dir, env },
    );
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(readFileSync(join(dir, 'out.html'), 'utf8')).toContain(`version 2 · ${head.slice(0, 7)}</footer>`);
  });

  it('renew --start --commit and init --git ignore a GIT_DIR too', async () => {
    const dir = charterRepo();
    const other = otherRepo();
    const env = { ...COMMIT_ENV, ...other.env };
    await runCli(['sign', 'charters/saint-aubin-akwadum.md', ...AKWADUM_SIGNS], { cwd: dir, env });
    commitAll(dir, 'signed', '2026-06-21');
    const started = await runCli(
      ['renew', '--start', 'charters/saint-aubin-akwadum.md', '--commit', '--as-of', '2026-07-01'],
      { cwd: dir, env },
    );
    expect(started.stderr).toBe('');
    expect(started.code).toBe(0);
    expect(git(dir, ['log', '-1', '--format=%s']).trim()).toBe('charte(saint-aubin-akwadum): start v3');
    expect(git(other.dir, ['rev-parse', 'HEAD']).trim()).toBe(other.head);

    const fresh = join(tempDir(), 'nouveau dossier');
    mkdirSync(fresh);
    const init = await runCli(['init', '--yes', '--git', '--lang', 'en'], { cwd: fresh, env });
    expect(init.code).toBe(0);
    expect(git(fresh, ['rev-parse', '--show-toplevel']).trim()).toBe(fresh);
  });
});

describe('no commit while git is half-way through an operation', () => {
  it('refuses sign --commit during a conflicted rebase, and rebase --abort loses nothing', async () => {
    const dir = charterRepo();
    writeTree(dir, { 'notes.md': 'base\n' });
    commitAll(dir, 'notes', '2026-06-13');
    git(dir, ['checkout', '-q', '-b', 'topic']);
    writeTree(dir, { 'notes.md': 'topic\n' });
    const topic = commitAll(dir, 'topic notes', '2026-06-14');
    git(dir, ['checkout', '-q', 'main']);
    writeTree(dir, { 'notes.md': 'main\n' });
    commitAll(dir, 'main notes', '2026-06-15');
    git(dir, ['checkout', '-q', 'topic']);
    expect(() => git(dir, ['rebase', 'main'])).toThrow();
    expect(await operationInProgress(dir)).toBe('rebase');

    const charter = join(dir, 'charters/saint-aubin-akwadum.md');
    const before = readFileSync(charter);
    const result = await runCli(['sign', 'charters/saint-aubin-akwadum.md', ...AKWADUM_SIGNS, '--commit'], {
      cwd: dir,
      env: COMMIT_ENV,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('a rebase is in progress');
    expect(result.stderr).toContain('git rebase --abort');
    expect(readFileSync(charter).equals(before)).toBe(true);

    git(dir, ['rebase', '--abort']);
    expect(git(dir, ['rev-parse', 'HEAD']).trim()).toBe(topic);
    expect(git(dir, ['status', '--porcelain']).trim()).toBe('');
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('topic\n');
  });

  it('names a merge and a bisect, in French', async () => {
    const dir = charterRepo();
    writeTree(dir, { 'notes.md': 'base\n' });
    commitAll(dir, 'notes', '2026-06-13');
    git(dir, ['checkout', '-q', '-b', 'topic']);
    writeTree(dir, { 'notes.md': 'topic\n' });
    commitAll(dir, 'topic', '2026-06-14');
    git(dir, ['checkout', '-q', 'main']);
    writeTree(dir, { 'notes.md': 'main\n' });
    commitAll(dir, 'main', '2026-06-15');
    expect(() => git(dir, ['merge', 'topic'])).toThrow();
    await expect(assertNoOperationInProgress(dir, 'notes.md', 'fr')).rejects.toThrow(
      /une fusion \(merge\) est en cours.*git merge --abort/,
    );
    git(dir, ['merge', '--abort']);
    await expect(assertNoOperationInProgress(dir, 'notes.md', 'en')).resolves.toBeUndefined();
    git(dir, ['bisect', 'start']);
    expect(await operationInProgress(dir)).toBe('bisect');
    git(dir, ['bisect', 'reset']);
    expect(await operationInProgress(dir)).toBeUndefined();
  });

  it('refuses an unmerged file left by a conflicting stash pop', async () => {
    const dir = charterRepo();
    const charter = join(dir, 'charters/saint-aubin-akwadum.md');
    writeFileSync(charter, PARTIAL.replace('Solidarity charter', 'Stashed charter'));
    git(dir, ['stash', '-q']);
    writeFileSync(charter, PARTIAL.replace('Solidarity charter', 'Committed charter'));
    commitAll(dir, 'title', '2026-06-13');
    expect(() => git(dir, ['stash', 'pop'])).toThrow();
    expect(await operationInProgress(dir)).toBeUndefined();
    await expect(assertNoOperationInProgress(dir, 'charters/saint-aubin-akwadum.md', 'en')).rejects.toThrow(
      /charters\/saint-aubin-akwadum\.md is unmerged in git/,
    );
  });
});

describe('long messages go through stdin', () => {
  it('completes a charter with thousands of signatures: commit and tag created', async () => {
    const count = 3000;
    const entities = Array.from(
      { length: count },
      (_, i) =>
        `  - id: assoc-${i}\n    name: Association number ${i} of the friends of the twinning\n    role: associate\n    type: association\n    country: FR\n`,
    ).join('');
    const signatures = Array.from(
      { length: count },
      (_, i) =>
        `  - entity: assoc-${i}\n    signatory: President number ${i} of the association with a long name\n    capacity: President of the association\n    date: 2026-06-12\n`,
    ).join('');
    const text = PARTIAL.replace('\nreferents:\n', `${entities}\nreferents:\n`).replace(
      /\nsignatures:\n/,
      `\nsignatures:\n${signatures}`,
    );
    expect(text.length).toBeGreaterThan(400_000);
    // Without generated blocks: they would repeat 3,000 parties in the text, over the body limit.
    const dir = charterRepo(
      text.replace(/<!-- charte:begin (\w+) -->[\s\S]*?<!-- charte:end \1 -->\n?/g, ''),
    );
    const result = await runCli(['sign', 'charters/saint-aubin-akwadum.md', ...AKWADUM_SIGNS, '--commit'], {
      cwd: dir,
      env: COMMIT_ENV,
    });
    expect(result.stderr).not.toMatch(/error|fatal/i);
    expect(result.code).toBe(0);
    const head = git(dir, ['rev-parse', 'HEAD']).trim();
    expect(git(dir, ['rev-parse', `${TAG}^{commit}`]).trim()).toBe(head);
    const tagMessage = execFileSync('git', ['tag', '-l', '--format=%(contents)', TAG], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(tagMessage.length).toBeGreaterThan(200_000);
    expect(tagMessage).toContain('assoc-2999: President number 2999');
  });

  it('says the commit exists, with its id, when the tag cannot be created', async () => {
    const dir = charterRepo();
    // A tag named like the version tags' folder makes `charte/saint-aubin-akwadum/v2` impossible.
    git(dir, ['tag', 'charte/saint-aubin-akwadum']);
    const result = await runCli(['sign', 'charters/saint-aubin-akwadum.md', ...AKWADUM_SIGNS, '--commit'], {
      cwd: dir,
      env: COMMIT_ENV,
    });
    expect(result.code).toBe(2);
    const head = git(dir, ['rev-parse', 'HEAD']).trim();
    expect(git(dir, ['log', '-1', '--format=%s']).trim()).toBe(
      'charte(saint-aubin-akwadum): akwadum signs v2',
    );
    expect(result.stderr).toContain(
      `commit ${head.slice(0, 12)} recorded, but tag ${TAG} could not be created`,
    );
  });
});

describe('paths relative to a repository or to the current folder', () => {
  it('are what path.relative says, the quick way included (dots, doubled slashes, prefixes)', () => {
    const segment = fc.constantFrom('a', 'ab', 'b', '.', '..', '', '.git', 'c.md', 'x y', 'é');
    const absolute = fc.array(segment, { maxLength: 5 }).map((parts) => `/${parts.join('/')}`);
    // Half the time the path is under the base: the case the quick way answers.
    const pair = fc.oneof(
      fc.tuple(absolute, absolute),
      fc
        .tuple(absolute, fc.array(segment, { minLength: 1, maxLength: 3 }))
        .map(([base, rest]) => [base, `${base}/${rest.join('/')}`] as [string, string]),
    );
    fc.assert(
      fc.property(pair, ([base, path]) => {
        expect(repoRelative(base, path)).toBe(relative(base, path));
        expect(displayPath(path, base)).toBe(relative(base, path) || path);
      }),
      { numRuns: 5000 },
    );
    expect(repoRelative('/r/repo', '/r/repo/charters/a.md')).toBe('charters/a.md');
    expect(repoRelative('/r/repo', '/r/repository/a.md')).toBe('../repository/a.md');
  });
});
