/**
 * Complete writes on a real full disk: a small tmpfs mounted by the test (root only), filled to
 * leave a few kilobytes. A write that does not fit fails with "the disk is full", exit 2, the
 * original intact and no temporary file left; `sign` and `init` say so instead of truncating.
 * Without root (or when mount fails) the tests are skipped with the reason; in CI they fail.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitError } from '../src/diagnostics.js';
import { CompleteWriteError, writeFileComplete, writeIfUnchanged } from '../src/edit/write.js';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

const PARTIAL = readFileSync(new URL('../examples/saint-aubin-akwadum.md', import.meta.url), 'utf8');

function tryMount(dir: string, size: string): string | undefined {
  if (process.getuid?.() !== 0) return 'not running as root: cannot mount a tmpfs';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return `mount -t tmpfs failed: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
}

/** Fills the file system of `dir` until only about `leave` bytes are free. */
function fill(dir: string, leave: number): void {
  const stats = statfsSync(dir);
  const free = stats.bavail * stats.bsize;
  writeFileSync(join(dir, 'filler.bin'), Buffer.alloc(Math.max(0, free - leave)));
}

const mountPoint = tempDir('charte-tmpfs-');
const skipReason = tryMount(mountPoint, '1m');
if (skipReason && process.env.CI) {
  throw new Error(`the full-disk tests must run in CI: ${skipReason}`);
}
if (skipReason) console.warn(`write-complete.test.ts skipped: ${skipReason}`);

afterAll(() => {
  if (!skipReason) execFileSync('umount', [mountPoint]);
});

describe.skipIf(skipReason !== undefined)('complete writes on a full disk (tmpfs)', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(mountPoint, 'work');
  });
  const reset = (leave: number, files: Record<string, string> = {}) => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(mountPoint, 'filler.bin'), { force: true });
    mkdirSync(dir);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    fill(mountPoint, leave);
  };

  it('writeFileComplete: ENOSPC, original intact, no temporary file', async () => {
    const original = 'x'.repeat(11_501);
    reset(8 * 1024, { 'charter.md': original });
    const next = `${original}\nmore`;
    const error = await writeFileComplete(join(dir, 'charter.md'), next).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompleteWriteError);
    expect((error as CompleteWriteError).code).toBe('ENOSPC');
    expect(readFileSync(join(dir, 'charter.md'), 'utf8')).toBe(original);
    expect(readdirSync(dir)).toEqual(['charter.md']);
  });

  it('writeIfUnchanged: exit 2 saying the disk is full', async () => {
    const original = 'y'.repeat(11_501);
    reset(8 * 1024, { 'charter.md': original });
    const path = join(dir, 'charter.md');
    const error = await writeIfUnchanged(
      path,
      'charter.md',
      Buffer.from(original),
      Buffer.from(`${original}!`),
      'en',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExitError);
    expect((error as ExitError).code).toBe(2);
    expect((error as ExitError).message).toBe(
      'charter.md: cannot write, the disk is full (free some space and run the command again); the file is unchanged',
    );
    expect(readFileSync(path, 'utf8')).toBe(original);
    expect(readdirSync(dir)).toEqual(['charter.md']);
  });

  it('a write that fits is complete on the same nearly full disk', async () => {
    reset(64 * 1024, { 'charter.md': 'old' });
    const next = Buffer.alloc(20_000, 'z');
    await writeFileComplete(join(dir, 'charter.md'), next);
    expect(readFileSync(join(dir, 'charter.md')).equals(next)).toBe(true);
    expect(readdirSync(dir)).toEqual(['charter.md']);
  });

  it('sign on a full disk: exit 2, the charter intact (French)', async () => {
    const padded = `${PARTIAL}\n${'Texte de la charte. '.repeat(400)}\n`;
    reset(8 * 1024, { 'charter.md': padded });
    const result = await runCli(
      [
        'sign',
        'charter.md',
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
        '--lang',
        'fr',
      ],
      { cwd: dir },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('le disque est plein');
    expect(result.stderr).toContain('le fichier n’a pas changé');
    expect(readFileSync(join(dir, 'charter.md'), 'utf8')).toBe(padded);
    expect(readdirSync(dir).filter((n) => !n.endsWith('.charte-lock'))).toEqual(['charter.md']);
  });

  it('init on a full disk: exit 2, nothing written', async () => {
    reset(4 * 1024);
    const result = await runCli(['init', '--yes', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no space left on device|the disk is full/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('complete writes anywhere', () => {
  it('keeps the mode of the file it replaces and removes nothing else', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.md');
    writeFileSync(path, 'old');
    chmodSync(path, 0o604);
    await writeFileComplete(path, 'new');
    expect(statSync(path).mode & 0o777).toBe(0o604);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('refuses a read-only (0444) charter by its mode bits, even as root (exit 1)', async () => {
    const dir = tempDir();
    const path = join(dir, 'charter.md');
    writeFileSync(path, 'old');
    chmodSync(path, 0o444);
    const error = await writeIfUnchanged(
      path,
      'charter.md',
      Buffer.from('old'),
      Buffer.from('new'),
      'en',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExitError);
    expect((error as ExitError).code).toBe(1);
    expect((error as ExitError).message).toMatch(
      /^charter\.md is read-only \(mode 0444\): nothing was written/,
    );
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(statSync(path).mode & 0o777).toBe(0o444);
  });

  it('sign refuses a 0444 charter: exit 1, the file and its mode unchanged', async () => {
    const dir = tempDir();
    const path = join(dir, 'charter.md');
    writeFileSync(path, PARTIAL);
    chmodSync(path, 0o444);
    const signed = await runCli(
      [
        'sign',
        'charter.md',
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
      ],
      { cwd: dir },
    );
    expect(signed.code).toBe(1);
    expect(signed.stderr).toContain('charter.md is read-only (mode 0444): nothing was written');
    expect(readFileSync(path, 'utf8')).toBe(PARTIAL);
    expect(statSync(path).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['charter.md']);
  });
});
