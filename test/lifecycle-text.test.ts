/**
 * Issue 9, case 4 and 5 end to end on a real repository: the text never contradicts its own data
 * (editing commands rewrite the generated blocks from the data they write), and a text that still
 * says « à préciser » is neither signed nor exported as a signed version.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { commitAll, git, initRepo } from './helpers/git.js';
import { tempDir } from './helpers/tmp.js';

const EXAMPLE = new URL('../examples/villeneuve-kassande.md', import.meta.url).pathname;
const FILE = 'chartes/villeneuve-kassande.md';

/** The example (v1, signed by both required signers on 2025-02-08), committed and tagged. */
function signedRepository(): string {
  const dir = tempDir('charte-text-');
  initRepo(dir);
  mkdirSync(join(dir, 'chartes'));
  copyFileSync(EXAMPLE, join(dir, FILE));
  commitAll(dir, 'v1 signée', '2025-02-08T10:00:00+00:00');
  git(dir, ['tag', '-a', '-m', 'v1', 'charte/villeneuve-kassande/v1'], '2025-02-08T10:00:00+00:00');
  return dir;
}

const read = (dir: string) => readFileSync(join(dir, FILE), 'utf8');

describe('the text cannot drift from its data', () => {
  it('a changed subsidy makes the block stale for validate; the avenant that records it rewrites the block', async () => {
    const dir = signedRepository();
    const before = read(dir);
    expect(before).toMatch(/6\s000\s€ par an/u);
    // The council raises the subsidy: the data changes, the hand-written text around it does not.
    writeFileSync(join(dir, FILE), before.replace('amount: 6000\n', 'amount: 15000\n'));
    const stale = await runCli(['validate', FILE, '--lang', 'en', '--as-of', '2025-06-01'], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(/villeneuve-kassande\.md:\d+:\d+ {2}error {2}.*\(stale-block\)/);

    const amended = await runCli(
      [
        'amend',
        FILE,
        '--purpose',
        'Subvention portée à 15 000 € par an',
        '--date',
        '2025-06-01',
        '--as-of',
        '2025-06-01',
        '--lang',
        'en',
      ],
      { cwd: dir },
    );
    expect(amended.stderr).not.toMatch(/error/i);
    expect(amended.code).toBe(0);
    const after = read(dir);
    expect(after).toMatch(/15\s000\s€ par an/u);
    expect(after).not.toMatch(/(^|[^\d\s])6\s000\s€ par an/mu);
    // Every byte outside the blocks and the new avenant entry is the one the user wrote.
    const outsideBlocks = (text: string) =>
      text
        .split('---\n')
        .slice(2)
        .join('---\n')
        .replace(/<!-- charte:begin (\w+) -->[\s\S]*?<!-- charte:end \1 -->/g, '<$1>');
    expect(outsideBlocks(after)).toBe(outsideBlocks(before));
    const clean = await runCli(['validate', FILE, '--lang', 'en', '--as-of', '2025-06-01'], { cwd: dir });
    expect(clean.stdout).not.toContain('stale-block');
    expect(clean.code).toBe(0);
  });

  it('sign refuses a text that still says « à préciser », and writes nothing', async () => {
    const dir = signedRepository();
    // A renewal: v2 opened, its text left with a placeholder in the hand-written prose.
    const start = await runCli(['renew', '--start', FILE, '--as-of', '2029-09-01', '--lang', 'en'], {
      cwd: dir,
    });
    expect(start.code).toBe(0);
    const draft = read(dir).replace(
      '# Charte de solidarité entre Villeneuve-sur-Brenne et Kassandé\n',
      '# Charte de solidarité entre Villeneuve-sur-Brenne et Kassandé\n\nLieu de la cérémonie : à préciser.\n',
    );
    writeFileSync(join(dir, FILE), draft);
    const warned = await runCli(['validate', FILE, '--lang', 'en', '--as-of', '2029-09-01'], { cwd: dir });
    expect(warned.stdout).toMatch(/warning {2}.*\(placeholder\)/);
    const sign = await runCli(
      [
        'sign',
        FILE,
        '--entity',
        'villeneuve',
        '--signatory',
        'Hélène Laurent',
        '--capacity',
        'Maire',
        '--date',
        '2029-09-01',
        '--as-of',
        '2029-09-01',
        '--lang',
        'en',
      ],
      { cwd: dir },
    );
    expect(sign.code).toBe(1);
    expect(sign.stderr).toContain('à préciser');
    expect(read(dir)).toBe(draft);
  });

  it('export refuses a fully signed version that still has a placeholder, writing nothing', async () => {
    const dir = signedRepository();
    const signed = read(dir).replace(
      '# Charte de solidarité entre Villeneuve-sur-Brenne et Kassandé\n',
      '# Charte de solidarité entre Villeneuve-sur-Brenne et Kassandé\n\nAnnexe : à préciser.\n',
    );
    writeFileSync(join(dir, FILE), signed);
    const refused = await runCli(['export', FILE, '--format', 'html', '-o', 'out.html', '--lang', 'en'], {
      cwd: dir,
    });
    expect(refused.code).toBe(1);
    expect(`${refused.stdout}${refused.stderr}`).toMatch(/error {2}.*\(placeholder\)/);
    expect(existsSync(join(dir, 'out.html'))).toBe(false);
  });
});
