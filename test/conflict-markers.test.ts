/**
 * `validate` reports git conflict markers at their line, in the front matter (where the YAML also
 * fails) and in the body; a Markdown heading underlined with `=======` is not one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { commitAll, git, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const CHARTER = readFileSync(new URL('../examples/saint-aubin-akwadum.md', import.meta.url), 'utf8');

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('conflict markers', () => {
  it('reports each marker of a conflicted body at file:line:col, and refuses to sign it', async () => {
    const body = `${CHARTER}\n<<<<<<< HEAD\nOur wording.\n=======\nTheir wording.\n>>>>>>> topic\n`;
    const dir = writeTree(tempDir(), { 'c.md': body });
    const result = await runCli(['validate', 'c.md', '--as-of', '2026-07-01'], { cwd: dir });
    expect(result.code).toBe(1);
    const open = lineOf(body, '<<<<<<< HEAD');
    expect(result.stdout).toContain(`c.md:${open}:1  error  git conflict marker \`<<<<<<<\``);
    expect(result.stdout).toContain(`c.md:${open + 2}:1  error  git conflict marker \`=======\``);
    expect(result.stdout).toContain(`c.md:${open + 4}:1  error  git conflict marker \`>>>>>>>\``);
    const sign = await runCli(
      [
        'sign',
        'c.md',
        '--entity',
        'akwadum',
        '--signatory',
        'K B',
        '--capacity',
        'Chief',
        '--date',
        '2026-06-20',
        '--as-of',
        '2026-07-01',
      ],
      { cwd: dir },
    );
    expect(sign.code).toBe(1);
    expect(sign.stderr).toContain('git conflict marker');
    expect(readFileSync(`${dir}/c.md`, 'utf8')).toBe(body);
  });

  it('reports markers a real rebase left in the front matter (French), and not a setext heading', async () => {
    const dir = tempDir();
    initRepo(dir);
    const withHeading = `${CHARTER}\nAnnex\n=======\n`;
    writeTree(dir, { 'c.md': withHeading });
    commitAll(dir, 'base', '2026-06-12');
    git(dir, ['checkout', '-q', '-b', 'topic']);
    writeTree(dir, { 'c.md': withHeading.replace('title: Solidarity', 'title: Topic solidarity') });
    commitAll(dir, 'topic', '2026-06-13');
    git(dir, ['checkout', '-q', 'main']);
    writeTree(dir, { 'c.md': withHeading.replace('title: Solidarity', 'title: Main solidarity') });
    commitAll(dir, 'main', '2026-06-14');
    git(dir, ['checkout', '-q', 'topic']);
    expect(() => git(dir, ['rebase', 'main'])).toThrow();
    const result = await runCli(['validate', 'c.md', '--lang', 'fr', '--as-of', '2026-07-01'], { cwd: dir });
    expect(result.code).toBe(1);
    const markers = result.stdout.split('\n').filter((l) => l.includes('marqueur de conflit git'));
    expect(markers).toHaveLength(3);
    expect(markers[0]).toMatch(/^c\.md:4:1 /);
    git(dir, ['rebase', '--abort']);
    const clean = await runCli(['validate', 'c.md', '--as-of', '2026-07-01'], { cwd: dir });
    expect(clean.stdout).not.toContain('conflict marker');
  });
});
