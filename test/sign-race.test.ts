/**
 * Issue 13, item 2: two real `sign` processes (the built CLI) on one file, at the same time,
 * with --commit. Over 50 rounds: never a lost signature; a loser refuses with exit 1 and says that
 * another signature was being recorded, and writes nothing; each commit holds exactly the bytes
 * its command wrote (the file as it stood after that signature).
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitAll, GIT_TEST_ENV, git, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const ROUNDS = 50;
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist/cli/bin.js');
const DRAFT = readFileSync(new URL('./fixtures/sign/draft.md', import.meta.url), 'utf8');

beforeAll(() => {
  // The race runs the built CLI, as users run it.
  if (!existsSync(bin)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}, 120_000);

interface Outcome {
  entity: string;
  code: number | null;
  stderr: string;
}

function sign(dir: string, entity: string, date: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        bin,
        'sign',
        'draft.md',
        '--entity',
        entity,
        '--signatory',
        `Signatory of ${entity}`,
        '--capacity',
        'Maire',
        '--date',
        date,
        '--commit',
        '--as-of',
        '2024-03-10',
      ],
      {
        cwd: dir,
        env: { ...process.env, ...GIT_TEST_ENV, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('close', (code) => resolve({ entity, code, stderr }));
  });
}

function signedEntities(text: string): string[] {
  const matter = text.slice(4, text.indexOf('\n---', 4));
  const data = jsYaml.load(matter) as { signatures?: Array<{ entity: string }> | null };
  return (data.signatures ?? []).map((s) => s.entity).sort();
}

describe('two sign processes at once (issue 13, item 2)', () => {
  it(`never loses a signature, and each commit holds the bytes written (${ROUNDS} rounds)`, async () => {
    let refusals = 0;
    // One repository, copied for each round (a fresh `git init` per round costs more than the race).
    const template = writeTree(tempDir('charte-race-'), { 'draft.md': DRAFT });
    initRepo(template);
    commitAll(template, 'draft', '2024-03-01');
    for (let round = 0; round < ROUNDS; round++) {
      const dir = tempDir('charte-race-');
      cpSync(template, dir, { recursive: true });
      const outcomes = await Promise.all([
        sign(dir, 'kaya', '2024-03-05'),
        sign(dir, 'lyon-est', '2024-03-06'),
      ]);
      const winners = outcomes.filter((o) => o.code === 0).map((o) => o.entity);
      for (const loser of outcomes.filter((o) => o.code !== 0)) {
        refusals++;
        expect(loser.code, loser.stderr).toBe(1);
        expect(loser.stderr).toContain(
          'another signature of this charter is being recorded; nothing was signed',
        );
      }
      expect(winners.length).toBeGreaterThan(0);
      const text = readFileSync(join(dir, 'draft.md'), 'utf8');
      // Every signature a process reported is in the file, and nothing else.
      expect(signedEntities(text)).toEqual([...winners].sort());
      // One commit per success, each holding exactly the file its command wrote.
      const commits = git(dir, ['rev-list', '--reverse', 'HEAD']).trim().split('\n').slice(1);
      expect(commits).toHaveLength(winners.length);
      const seen: string[] = [];
      for (const commit of commits) {
        const subject = git(dir, ['log', '-1', '--format=%s', commit]).trim();
        const entity = /: (\S+) signe la v1$/.exec(subject)?.[1];
        expect(entity).toBeDefined();
        seen.push(entity!);
        expect(signedEntities(git(dir, ['show', `${commit}:draft.md`]))).toEqual([...seen].sort());
      }
      expect(git(dir, ['show', 'HEAD:draft.md'])).toBe(text);
      expect(git(dir, ['status', '--porcelain'])).toBe('');
      if (winners.length === 2) {
        expect(git(dir, ['tag', '--list'])).toBe('charte/lyon-kaya/v1\n');
      }
    }
    console.info(`sign race: ${refusals} of ${ROUNDS} rounds decided by the lock`);
  }, 600_000);
});
