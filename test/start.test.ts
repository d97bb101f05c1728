/**
 * `charte renew --start` (the core the renew command calls): the next version is opened with
 * `version` + 1 and `signatures`/`decisions` emptied, every other byte kept; then signed again.
 */
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStartResult, startNextVersion } from '../src/lifecycle/start.js';
import { runCli } from './helpers/cli.js';
import { commitAll, GIT_TEST_ENV, git, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

/** Version 1, signed by both required signers (2024-10-19 and 2025-02-08). */
const SIGNED = readFileSync(new URL('../examples/villeneuve-kassande.md', import.meta.url), 'utf8');
/** Version 2, signed by saint-aubin only. */
const PARTIAL = readFileSync(new URL('../examples/saint-aubin-akwadum.md', import.meta.url), 'utf8');

/** What version 2 of SIGNED must look like: three lines changed, the old entries gone. */
const STARTED = SIGNED.replace(/^version: 1$/m, 'version: 2')
  .replace(/^decisions:\n(?: {2}.*\n)+/m, 'decisions: []\n')
  .replace(/^signatures:\n(?: {2}.*\n)+/m, 'signatures: []\n');

const gitEnv = {
  ...GIT_TEST_ENV,
  GIT_AUTHOR_DATE: '2029-11-02T09:00:00+00:00',
  GIT_COMMITTER_DATE: '2029-11-02T09:00:00+00:00',
};

describe('startNextVersion', () => {
  it('bumps the version and empties signatures and decisions, nothing else', async () => {
    const dir = writeTree(tempDir(), { 'charters/vk.md': SIGNED });
    chmodSync(join(dir, 'charters/vk.md'), 0o600);
    const result = await startNextVersion('charters/vk.md', { cwd: dir, lang: 'en', asOf: '2029-11-01' });
    expect(result).toEqual({
      id: 'villeneuve-kassande',
      version: 2,
      previousVersion: 1,
      path: 'charters/vk.md',
    });
    expect(readFileSync(join(dir, 'charters/vk.md'), 'utf8')).toBe(STARTED);
    expect(STARTED).not.toBe(SIGNED);
    expect(statSync(join(dir, 'charters/vk.md')).mode & 0o777).toBe(0o600);
    expect(describeStartResult(result, 'fr')).toContain('charters/vk.md : version 2 ouverte');
    // The new version is a valid draft.
    const validate = await runCli(['validate', 'charters/vk.md', '--as-of', '2029-11-01'], { cwd: dir });
    expect(validate.code).toBe(0);
  });

  it('keeps CRLF and the BOM', async () => {
    const crlfBom = (text: string) => Buffer.from(`\ufeff${text.replace(/\n/g, '\r\n')}`, 'utf8');
    const dir = writeTree(tempDir(), { 'vk.md': crlfBom(SIGNED) });
    await startNextVersion('vk.md', { cwd: dir, lang: 'en', asOf: '2029-11-01' });
    expect(readFileSync(join(dir, 'vk.md')).equals(crlfBom(STARTED))).toBe(true);
  });

  it('commits the file alone, then the new version is signed and tagged', async () => {
    const dir = writeTree(tempDir(), { 'vk.md': SIGNED, 'other.md': 'x\n' });
    initRepo(dir);
    commitAll(dir, 'version 1 signed', '2025-02-08');
    git(dir, ['tag', '-a', '-m', 'v1', 'charte/villeneuve-kassande/v1']);
    writeTree(dir, { 'other.md': 'work in progress\n' });

    const started = await startNextVersion('vk.md', { cwd: dir, lang: 'en', commit: true, env: gitEnv });
    expect(started.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(started.tag).toBeUndefined();
    expect(git(dir, ['log', '-1', '--format=%s'])).toBe('charte(villeneuve-kassande): ouverture de la v2\n');
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD'])).toBe('vk.md\n');
    expect(git(dir, ['status', '--porcelain'])).toBe(' M other.md\n');

    const sign = (entity: string, date: string) =>
      runCli(
        [
          'sign',
          'vk.md',
          '--entity',
          entity,
          '--signatory',
          'S',
          '--capacity',
          'Maire',
          '--date',
          date,
          '--commit',
          '--as-of',
          '2029-11-02',
        ],
        { cwd: dir, env: gitEnv },
      );
    expect((await sign('villeneuve', '2029-10-20')).code).toBe(0);
    const last = await sign('kassande', '2029-11-02');
    expect(last.code).toBe(0);
    expect(last.stdout).toContain('version 2 signed on 2 November 2029, due for renewal on 2 November 2034');
    expect(git(dir, ['rev-parse', 'charte/villeneuve-kassande/v2^{commit}'])).toBe(
      git(dir, ['rev-parse', 'HEAD']),
    );
    expect(git(dir, ['tag', '--list'])).toBe(
      'charte/villeneuve-kassande/v1\ncharte/villeneuve-kassande/v2\n',
    );
  });
});

describe('startNextVersion refusals write nothing', () => {
  const CASES: Array<{ name: string; text: string; code: 1 | 2; message: RegExp; commit?: boolean }> = [
    {
      name: 'a version not fully signed yet',
      text: PARTIAL,
      code: 1,
      message:
        /version 2 is not signed by `akwadum` yet: finish it \(`charte sign`\) before opening version 3/,
    },
    {
      name: 'a terminated charter',
      text: SIGNED.replace(
        'renewal:',
        'terminated:\n  date: 2026-01-10\n  reason: Fin du jumelage\nrenewal:',
      ),
      code: 1,
      message:
        /the charter was terminated on 10 January 2026: nothing more is recorded in it; .*`charte init`/,
    },
    {
      name: 'an invalid charter',
      text: SIGNED.replace('version: 1', 'version: one'),
      code: 1,
      message: /is not a valid charter, nothing was changed; fix these errors first:\nvk\.md:8:10 {2}error/,
    },
    {
      name: '--commit outside a repository',
      text: SIGNED,
      code: 2,
      commit: true,
      message: /vk\.md is not inside a git repository/,
    },
  ];
  it.each(CASES)('$name', async ({ text, code, message, commit }) => {
    const dir = writeTree(tempDir(), { 'vk.md': text });
    const attempt = startNextVersion('vk.md', {
      cwd: dir,
      lang: 'en',
      asOf: '2029-11-01',
      ...(commit ? { commit, env: { GIT_CEILING_DIRECTORIES: dir } } : {}),
    });
    await expect(attempt).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    expect(readFileSync(join(dir, 'vk.md'), 'utf8')).toBe(text);
  });
});
