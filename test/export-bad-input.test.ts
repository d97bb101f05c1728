import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workingTreeFiles } from '../src/export/assets.js';
import type { Block, Inline } from '../src/export/markdown.js';
import { prepareBody, toTypstBlocks } from '../src/export/markdown.js';
import { runCli } from './helpers/cli.js';
import { commitAll, git, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';
import { requireTool } from './helpers/tools.js';

/**
 * Each export renders on a worker thread, which from the sources first loads tsx and the
 * pipeline: seconds on a loaded machine. A bound, not a speed measure (speed is in bench/).
 */
const EXPORT_TEST_TIMEOUT = 180_000;

const french = readFileSync(new URL('fixtures/export/villeneuve-kassande.md', import.meta.url), 'utf8');
const english = readFileSync(new URL('fixtures/export/saint-aubin-akwadum.md', import.meta.url), 'utf8');
const png = readFileSync(new URL('fixtures/export/logo.png', import.meta.url));

/** The text of a PDF (pdftotext): skips the rest of the test where it is missing, fails in CI. */
function pdfText(path: string): string {
  requireTool('pdftotext');
  return spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).stdout;
}

/** The charter with `extra` appended to its body. */
const withBody = (extra: string) => `${french}\n${extra}\n`;

/** Every text of a Typst data tree, in order. */
function texts(nodes: ReadonlyArray<Block | Inline>): string[] {
  const out: string[] = [];
  const visit = (node: Block | Inline | Block[] | Inline[] | Inline[][]) => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if ('v' in node) out.push(node.v);
    if ('c' in node) visit(node.c);
    if (node.k === 'list') for (const item of node.items) visit(item.c);
    if (node.k === 'table') {
      visit(node.header);
      for (const row of node.rows) visit(row);
    }
  };
  visit(nodes as Block[]);
  return out;
}

function kinds(nodes: ReadonlyArray<Block | Inline>): string[] {
  return JSON.stringify(nodes)
    .match(/"k":"[a-z]+"/g)!
    .map((m) => m.slice(5, -1));
}

const SPECIAL =
  '#read("/etc/passwd") $x$ @ref <script>alert(1)</script> * \\ #image("/etc/hostname") = not a heading';

describe('export bad input', { timeout: EXPORT_TEST_TIMEOUT }, () => {
  it('shows Typst and HTML special characters literally, and reads nothing from disk', async () => {
    const dir = tempDir();
    // The data handed to Typst: plain strings, never markup.
    const prepared = await prepareBody(`Texte : ${SPECIAL}\n\n\`#eval("1 + 1")\`\n`, {
      lang: 'en',
      title: 'T',
      charterDir: '',
      files: workingTreeFiles(dir),
      signatureHeadings: ['Signatures'],
    });
    const blocks = toTypstBlocks(prepared, { imageSource: () => '/never' });
    expect(prepared.warnings).toEqual([]);
    expect(prepared.images).toEqual([]);
    expect(texts(blocks)).toEqual([`Texte : ${SPECIAL}`, '#eval("1 + 1")']);
    expect(kinds(blocks)).toEqual(['par', 'text', 'par', 'code']);

    writeTree(dir, { 'a.md': withBody(SPECIAL) });
    const result = await runCli(['export', 'a.md'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const html = await runCli(['export', 'a.md', '--format', 'html'], { cwd: dir });
    expect(html.code).toBe(0);
    const page = readFileSync(join(dir, 'a.html'), 'utf8');
    expect(page).toContain('#read("/etc/passwd") $x$ @ref &#x3C;script>alert(1)&#x3C;/script> * \\ #image(');
    expect(page).not.toMatch(/<script/i);
    // Last: the rest of the test is skipped where pdftotext is missing.
    const text = pdfText(join(dir, 'a.pdf'));
    expect(text).toContain(SPECIAL);
    expect(text).not.toMatch(/root:.*:0:0/);
  });

  it('keeps even a template inside the private workspace: the machine’s files are out of reach', async () => {
    const dir = writeTree(tempDir(), {
      'a.md': french,
      'absolute/charter.typ': '#read("/etc/passwd")\n',
      'escape/charter.typ': '#read("../../../../../../../../etc/passwd")\n',
    });
    const absolute = await runCli(['export', 'a.md', '--template', 'absolute', '-o', 'x.pdf'], { cwd: dir });
    expect(absolute.code).toBe(2);
    // `/etc/passwd` is the workspace's own /etc/passwd, which does not exist.
    expect(absolute.stderr).toMatch(/file not found \(searched at .*charte-typst-[^/]+\/etc\/passwd\)/);
    const outside = await runCli(['export', 'a.md', '--template', 'escape', '-o', 'y.pdf'], { cwd: dir });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/outside of project root|access denied/i);
    expect(existsSync(join(dir, 'x.pdf')) || existsSync(join(dir, 'y.pdf'))).toBe(false);
  });

  it('refuses javascript: and file: links and images from outside the repository, with a warning each', async () => {
    const parent = tempDir();
    const dir = join(parent, 'repo');
    mkdirSync(dir);
    writeFileSync(join(parent, 'secret.png'), png);
    initRepo(dir);
    writeTree(dir, { 'img/logo.png': png, 'img/notes.txt': 'not an image' });
    symlinkSync(join(parent, 'secret.png'), join(dir, 'img/link.png'));
    const body = [
      '[a](javascript:alert(1)) [b](file:///etc/passwd) [c](JaVaScRiPt:x) [ok](https://example.org) [rel](annexe.md)',
      '',
      '![outside](../secret.png) ![link](img/link.png) ![abs](/etc/hostname) ![net](https://example.org/x.png)',
      '',
      `![data](data:image/png;base64,${png.toString('base64')}) ![txt](img/notes.txt) ![good](img/logo.png)`,
    ].join('\n');
    writeTree(dir, { 'a.md': withBody(body) });
    commitAll(dir, 'charte', '2025-03-01');
    const result = await runCli(['export', 'a.md'], { cwd: dir });
    expect(result.code).toBe(0);
    const warnings = result.stderr.trim().split('\n');
    const bodyLine = french.split('\n').length + 1;
    expect(warnings).toEqual([
      expect.stringMatching(
        new RegExp(`^a\\.md:${bodyLine}:1  warning  link "javascript:alert\\(1\\)" refused`),
      ),
      expect.stringMatching(new RegExp(`^a\\.md:${bodyLine}:26  warning  link "file:///etc/passwd" refused`)),
      expect.stringMatching(new RegExp(`^a\\.md:${bodyLine}:50  warning  link "JaVaScRiPt:x" refused`)),
      expect.stringMatching(/image "\.\.\/secret\.png" refused: it lies outside the repository/),
      expect.stringMatching(/image "img\/link\.png" refused: it lies outside the repository/),
      expect.stringMatching(/image "\/etc\/hostname" not found in the repository/),
      expect.stringMatching(
        /image "https:\/\/example\.org\/x\.png" not included: an exported document loads nothing/,
      ),
      expect.stringMatching(/image "data:image\/png;base64,.*" refused: only images from the repository/),
      expect.stringMatching(/image "img\/notes\.txt" refused: it is not a PNG, JPEG, GIF, WebP or SVG image/),
    ]);
    // The HTML page holds the one good image and no other URL.
    const html = await runCli(['export', 'a.md', '--format', 'html'], { cwd: dir });
    expect(html.code).toBe(0);
    const page = readFileSync(join(dir, 'a.html'), 'utf8');
    expect(page.match(/<img /g)).toHaveLength(1);
    expect(page).toContain(`src="data:image/png;base64,${png.toString('base64')}" alt="good"`);
    expect(page).not.toMatch(/javascript:|file:|href="annexe/i);
    expect(page).toContain('<a href="https://example.org">ok</a>');
    const text = pdfText(join(dir, 'a.pdf'));
    // Link texts stay (a kept link gets its address in a footnote); refused images leave their description.
    expect(text).toContain('a b c ok1 rel');
    expect(text).toMatch(/1\s*https:\/\/example\.org/);
    expect(text).toContain('[outside] [link] [abs] [net]');
  });

  it('refuses a symbolic link in the tree of a --ref', async () => {
    const parent = tempDir();
    const dir = join(parent, 'repo');
    mkdirSync(dir);
    initRepo(dir);
    writeFileSync(join(parent, 'secret.png'), png);
    symlinkSync(join(parent, 'secret.png'), join(dir, 'logo.png'));
    writeTree(dir, { 'a.md': withBody('![logo](logo.png)') });
    commitAll(dir, 'charte', '2025-03-01');
    const result = await runCli(['export', 'a.md', '--ref', 'HEAD'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('image "logo.png" refused: it is a symbolic link');
  });

  it('refuses to overwrite the charter, or an existing file without --force (exit 2)', async () => {
    const dir = writeTree(tempDir(), { 'a.md': french, 'b.pdf': 'earlier export' });
    for (const args of [
      ['export', 'a.md', '-o', 'a.md'],
      ['export', 'a.md', '-o', './sub/../a.md', '--force'],
      ['export', 'a.md', '--format', 'html', '-o', 'a.md', '--force'],
    ]) {
      const result = await runCli(args, { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('a.md is a charter: the export would overwrite it');
      expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(french);
    }
    const exists = await runCli(['export', 'a.md', '-o', 'b.pdf'], { cwd: dir });
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('b.pdf already exists: nothing was written; add --force to replace it');
    expect(readFileSync(join(dir, 'b.pdf'), 'utf8')).toBe('earlier export');
    const forced = await runCli(['export', 'a.md', '-o', 'b.pdf', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'b.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const french2 = await runCli(['export', 'a.md', '-o', 'b.pdf', '--lang', 'fr'], { cwd: dir });
    expect(french2.stderr).toContain('b.pdf existe déjà : rien n’a été écrit');
  });

  it('writes nothing when one document of a batch fails, and leaves no temporary file', async () => {
    const dir = writeTree(tempDir(), {
      'charters/a.md': french,
      'charters/b.md': english,
      // A layout that fails on the second charter only.
      'layout/charter.typ':
        '#let data = json("/data/charter.json")\n#if data.lang == "en" { panic("no English layout") }\n#data.title\n',
    });
    const result = await runCli(['export', 'charters', '--template', 'layout'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('charters/b.md: the Typst layout failed (layout)');
    expect(result.stderr).toContain('no English layout');
    expect(readdirSync(join(dir, 'charters')).sort()).toEqual(['a.md', 'b.md']);
    // Into a new directory: it is removed again.
    const elsewhere = await runCli(['export', 'charters', '--template', 'layout', '-o', 'out/pdf/'], {
      cwd: dir,
    });
    expect(elsewhere.code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['charters', 'layout']);
    const ok = await runCli(['export', 'charters'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(readdirSync(join(dir, 'charters')).sort()).toEqual(['a.md', 'a.pdf', 'b.md', 'b.pdf']);
  });

  it('does not export an invalid charter: exit 1 with validate’s diagnostics, nothing written', async () => {
    const invalid = french.replace('kind: solidarity_charter', 'kind: charte_de_solidarite');
    const dir = writeTree(tempDir(), {
      'charters/a.md': invalid,
      'charters/b.md': english,
      'notes.md': '# Notes\n',
    });
    const result = await runCli(['export', 'charters'], { cwd: dir });
    expect(result.code).toBe(1);
    const line = invalid.split('\n').findIndex((l) => l.startsWith('kind:')) + 1;
    expect(result.stderr).toMatch(new RegExp(`charters/a\\.md:${line}:7  error  .*\\(enum\\)`));
    expect(result.stderr).toContain('nothing was exported');
    expect(result.stdout).toBe('');
    expect(readdirSync(join(dir, 'charters')).sort()).toEqual(['a.md', 'b.md']);
    const notCharter = await runCli(['export', 'notes.md'], { cwd: dir });
    expect(notCharter.code).toBe(1);
    expect(notCharter.stderr).toContain('notes.md:1:1  error');
  });

  it('validates --ref before use: no option injection, clear errors (exit 2)', async () => {
    const dir = tempDir();
    initRepo(dir);
    writeTree(dir, { 'a.md': french });
    commitAll(dir, 'charte', '2025-03-01');
    for (const ref of ['nope', '--output=x.pdf', '-h', 'HEAD:a.md']) {
      const result = await runCli(['export', 'a.md', `--ref=${ref}`, '-o', 'out.pdf'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--ref ${ref}: no commit or tag of that name`);
    }
    expect(readdirSync(dir).sort()).toEqual(['.git', 'a.md']);
    const missing = await runCli(['export', 'gone.md', '--ref', 'HEAD'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('gone.md: not in HEAD');
    git(dir, ['rm', '-q', 'a.md']);
    commitAll(dir, 'remove', '2025-04-01');
    // A charter deleted since is still exported from the commit that had it.
    const old = await runCli(['export', 'a.md', '--ref', 'HEAD~1'], { cwd: dir });
    expect(old.code).toBe(0);
    expect(existsSync(join(dir, 'a.pdf'))).toBe(true);
    const noRepo = await runCli(['export', 'a.md', '--ref', 'HEAD'], {
      cwd: writeTree(tempDir(), { 'a.md': french }),
    });
    expect(noRepo.code).toBe(2);
    expect(noRepo.stderr).toContain('--ref needs a git repository');
  });

  it('survives pathological Markdown: deep nesting, huge tables, control characters', async () => {
    // Deeper than this is refused before parsing (test/export-robustness.test.ts): at the limit,
    // the layout flattens what Typst cannot nest.
    const deep = `${'> '.repeat(32)}deep\n\n${'- '.repeat(32)}item\n`;
    const wide = `| ${Array.from({ length: 40 }, (_, i) => `c${i}`).join(' | ')} |\n|${' --- |'.repeat(40)}\n| x |\n`;
    const dir = writeTree(tempDir(), {
      'a.md': withBody(`${deep}\n${wide}\nbell\u0007 and nul-free text\n`),
    });
    const result = await runCli(['export', 'a.md'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = pdfText(join(dir, 'a.pdf'));
    expect(text).toContain('deep');
    expect(text).toContain('bell and nul-free text');
  });

  it('rejects unknown formats and standards as usage errors', async () => {
    const dir = writeTree(tempDir(), { 'a.md': french });
    expect((await runCli(['export', 'a.md', '--format', 'docx'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['export', 'a.md', '--pdf-standard', 'x-1'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['export'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['export', 'missing.md'], { cwd: dir })).code).toBe(2);
    const htmlStandard = await runCli(['export', 'a.md', '--format', 'html', '--pdf-standard', 'a-2b'], {
      cwd: dir,
    });
    expect(htmlStandard.code).toBe(2);
    expect(htmlStandard.stderr).toContain('--pdf-standard applies to --format pdf only');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});
