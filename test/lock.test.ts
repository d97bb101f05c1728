import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExitError } from '../src/diagnostics.js';
import { lockPathOf, withEditLock } from '../src/edit/lock.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'charte-lock-'));
  dirs.push(dir);
  const path = join(dir, 'c.md');
  writeFileSync(path, 'x');
  return path;
}

describe('withEditLock', () => {
  it('runs the action, then removes the lock', async () => {
    const path = tempFile();
    const seen = await withEditLock(path, 'c.md', 'en', async () => existsSync(lockPathOf(path)));
    expect(seen).toBe(true);
    expect(existsSync(lockPathOf(path))).toBe(false);
  });

  it('refuses a second holder with exit 1 and a message naming the charter', async () => {
    const path = tempFile();
    await withEditLock(path, 'c.md', 'fr', async () => {
      const inner = withEditLock(path, 'c.md', 'fr', async () => 'never');
      await expect(inner).rejects.toBeInstanceOf(ExitError);
      await expect(inner).rejects.toMatchObject({ code: 1 });
      await expect(inner).rejects.toThrow(/c\.md : une autre commande/);
    });
  });

  it('takes over a stale lock whose process is gone', async () => {
    const path = tempFile();
    const { hostname } = await import('node:os');
    // A pid far above any pid_max in use here: no such process.
    writeFileSync(lockPathOf(path), JSON.stringify({ pid: 2 ** 30, host: hostname(), since: '2026-01-01' }));
    await expect(withEditLock(path, 'c.md', 'en', async () => 'done')).resolves.toBe('done');
    expect(existsSync(lockPathOf(path))).toBe(false);
  });

  it('releases the lock when the action fails', async () => {
    const path = tempFile();
    await expect(
      withEditLock(path, 'c.md', 'en', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(existsSync(lockPathOf(path))).toBe(false);
  });
});
