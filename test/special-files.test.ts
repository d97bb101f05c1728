/**
 * A FIFO (or any file that is not a regular file) given as a charter: every reader refuses it
 * without opening it for reading, with a clear message, and nothing hangs. Each command runs as a
 * process with a time bound: a hang fails the test after a few seconds instead of hanging the suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commitAll, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const binSource = fileURLToPath(new URL('../src/cli/bin.ts', import.meta.url));
const BOUND_MS = 20_000;

function run(args: readonly string[], cwd: string, lang = 'en') {
  const result = spawnSync(process.execPath, ['--import', tsxLoader, binSource, ...args, '--lang', lang], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    encoding: 'utf8',
    input: '',
    timeout: BOUND_MS,
    killSignal: 'SIGKILL',
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

function repoWithFifo(): string {
  const dir = tempDir();
  initRepo(dir);
  writeTree(dir, { 'README.md': '# charters\n' });
  commitAll(dir, 'initial', '2026-01-01');
  mkdirSync(join(dir, 'charters'));
  const made = spawnSync('mkfifo', [join(dir, 'charters/pipe.md')]);
  expect(made.status).toBe(0);
  return dir;
}

const SIGN = ['--entity', 'a', '--signatory', 'A B', '--capacity', 'Maire', '--date', '2026-01-02'];

describe('a FIFO given as a charter', () => {
  const dir = repoWithFifo();
  const cases: Array<[string, string[]]> = [
    ['validate', ['validate', 'charters/pipe.md']],
    ['renew', ['renew', 'charters/pipe.md']],
    ['log', ['log', 'charters/pipe.md']],
    ['sign', ['sign', 'charters/pipe.md', ...SIGN]],
    ['renew --start', ['renew', '--start', 'charters/pipe.md']],
    ['diff', ['diff', 'charters/pipe.md']],
    ['export', ['export', 'charters/pipe.md', '--format', 'html', '-o', 'out.html']],
  ];
  for (const [name, args] of cases) {
    it(`${name} refuses it without hanging`, () => {
      const result = run(args, dir);
      expect(result.signal, `${name} hung (killed after ${BOUND_MS} ms)`).toBeNull();
      expect(result.code).not.toBe(0);
      expect(result.stderr + result.stdout).toContain('is not a regular file but a named pipe (FIFO)');
    });
  }

  it('a directory scan skips it without hanging (validate ., renew, export dir)', () => {
    for (const args of [
      ['validate', '.'],
      ['renew'],
      ['export', 'charters', '--format', 'html', '-o', 'out'],
    ]) {
      const result = run(args, dir);
      expect(result.signal, `${args.join(' ')} hung`).toBeNull();
      expect(result.stderr).not.toMatch(/internal|unexpected/i);
    }
  });

  it('says it in French', () => {
    const result = run(['validate', 'charters/pipe.md'], dir, 'fr');
    expect(result.signal).toBeNull();
    expect(result.stdout + result.stderr).toContain(
      'n’est pas un fichier ordinaire mais un tube nommé (FIFO)',
    );
  });
});
