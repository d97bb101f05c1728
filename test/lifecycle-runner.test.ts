/**
 * The shared runner of editing commands (src/lifecycle/runner.ts): the lock decides between two
 * commands, the post-edit body hook is verified like the front matter, a missing file is a usage
 * error, and nothing is written on a refusal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withEditLock } from '../src/edit/lock.js';
import { scalarText } from '../src/edit/scalar.js';
import { runEditCommand } from '../src/lifecycle/runner.js';
import { signCharter } from '../src/lifecycle/sign.js';
import { runCli } from './helpers/cli.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const DRAFT = readFileSync(new URL('./fixtures/sign/draft.md', import.meta.url), 'utf8');
const SIGN = {
  cwd: '',
  lang: 'en' as const,
  entity: 'kaya',
  signatory: 'S',
  capacity: 'Maire',
  date: '2024-03-05',
  asOf: '2024-03-10',
};

describe('the editing runner', () => {
  it('refuses a signature while another command holds the lock, saying a signature is being recorded', async () => {
    const dir = writeTree(tempDir(), { 'draft.md': DRAFT });
    const path = join(dir, 'draft.md');
    await withEditLock(path, 'draft.md', 'en', async () => {
      const inner = await runCli(
        [
          'sign',
          'draft.md',
          '--entity',
          'kaya',
          '--signatory',
          'S',
          '--capacity',
          'M',
          '--date',
          '2024-03-05',
          '--as-of',
          '2024-03-10',
          '--lang',
          'fr',
        ],
        { cwd: dir },
      );
      expect(inner.code).toBe(1);
      expect(inner.stderr).toContain(
        'draft.md : une autre signature de cette charte est en cours d’enregistrement ; rien n’a été signé',
      );
    });
    expect(readFileSync(path, 'utf8')).toBe(DRAFT);
    // Once the lock is released, the signature goes through.
    await expect(signCharter('draft.md', { ...SIGN, cwd: dir })).resolves.toMatchObject({ complete: false });
  });

  it('applies the body hook after the front matter edit and verifies both', async () => {
    const dir = writeTree(tempDir(), { 'draft.md': DRAFT });
    const outcome = await runEditCommand(
      'draft.md',
      {
        cwd: dir,
        lang: 'en',
        asOf: '2024-03-10',
        transformBody: (body, data) => body.replace('# ', `# (v${data.version}) `),
      },
      {
        refusal: 'changed',
        plan: (file) => ({
          edit: (e) => e.setScalar('version', scalarText(2)),
          expected: { ...file.data, version: 2 },
          commitMessage: 'x\n',
        }),
        result: ({ bytes }) => bytes.toString('utf8'),
      },
    );
    const text = readFileSync(join(dir, 'draft.md'), 'utf8');
    expect(outcome.result).toBe(text);
    const body = DRAFT.slice(DRAFT.indexOf('\n---', 3) + 4);
    expect(text).toBe(DRAFT.replace('version: 1', 'version: 2').replace(body, body.replace('# ', '# (v2) ')));
  });

  it('a missing charter is a usage error (exit 2), with the loader’s words', async () => {
    const dir = tempDir();
    const result = await runCli(['amend', 'nowhere/charter.md', '--purpose', 'P', '--lang', 'en'], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nowhere/charter.md');
    expect(result.stderr).toContain('no such file');
  });
});
