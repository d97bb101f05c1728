import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliProcess } from './helpers/cli.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const example = readFileSync(new URL('../examples/villeneuve-kassande.md', import.meta.url), 'utf8');

describe('validate smoke', () => {
  it('validates the French example in-process and as a process', async () => {
    const dir = writeTree(tempDir(), { 'charters/a.md': example });
    const inProcess = await runCli(['validate', 'charters', '--format', 'json'], { cwd: dir });
    expect(inProcess.code).toBe(0);
    expect(JSON.parse(inProcess.stdout)).toEqual({
      files: [{ path: 'charters/a.md', diagnostics: [] }],
      errors: 0,
      warnings: 0,
    });
    const proc = runCliProcess(['validate', join(dir, 'charters')], { cwd: dir });
    expect(proc.code).toBe(0);
    expect(proc.stdout).toContain('1 charter checked: 0 errors, 0 warnings');
  });
});
