import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliProcess } from './helpers/cli.js';
import { commitAll, git, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';
import { requireTool } from './helpers/tools.js';

/**
 * Each export renders on a worker thread, which from the sources first loads tsx and the
 * pipeline: seconds on a loaded machine. A bound, not a speed measure (speed is in bench/).
 */
const EXPORT_TEST_TIMEOUT = 180_000;

const fixture = (name: string) => readFileSync(new URL(`fixtures/export/${name}`, import.meta.url), 'utf8');
const french = fixture('villeneuve-kassande.md');
const english = fixture('saint-aubin-akwadum.md');
/** A 40×20 red PNG. */
const png = readFileSync(new URL('fixtures/export/logo.png', import.meta.url));

/**
 * The text of a PDF (poppler's pdftotext). Where pdftotext is missing, the test is skipped from
 * here on with the reason (and fails in CI): see helpers/tools.ts.
 */
function pdfText(path: string): string {
  requireTool('pdftotext');
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  // pdftotext writes no-break spaces as spaces: the exact characters are checked in the data
  // handed to Typst (export-document.test.ts).
  return result.stdout.replace(/[\u00a0\u202f]/g, ' ');
}

/** Raw PDF bytes as text: the info dictionary and the XMP packet are stored uncompressed. */
const raw = (path: string) => readFileSync(path).toString('utf8');

function repoWithCharter(date = '2025-02-10'): { dir: string; commit: string } {
  const dir = tempDir();
  initRepo(dir);
  writeTree(dir, { 'charters/villeneuve-kassande.md': french, 'charters/img/logo.png': png });
  const commit = commitAll(dir, 'charte: villeneuve-kassande v1', date);
  return { dir, commit };
}

describe('charte export (PDF)', { timeout: EXPORT_TEST_TIMEOUT }, () => {
  it('writes x.pdf next to x.md, stamped with the commit that recorded the charter', async () => {
    const { dir, commit } = repoWithCharter();
    const result = await runCli(['export', 'charters/villeneuve-kassande.md'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('charters/villeneuve-kassande.pdf\n');
    const pdf = join(dir, 'charters/villeneuve-kassande.pdf');
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const meta = raw(pdf);
    // Metadata: creation date = committer date (2025-02-10 12:00 UTC), not the clock.
    expect(meta).toContain('/CreationDate (D:20250210120000Z)');
    expect(meta).toContain('<xmp:CreateDate>2025-02-10T12:00:00Z</xmp:CreateDate>');
    expect(meta).toContain('<rdf:li>fr</rdf:li>');
    expect(meta).toMatch(/<pdf:Keywords>Charte de solidarité, villeneuve-kassande, version 1/);
    const text = pdfText(pdf);
    const short = commit.slice(0, 7);
    expect(text).toContain('Charte de solidarité entre Villeneuve-sur-Brenne et Kassandé');
    expect(text).toMatch(new RegExp(`version 1 · ${short} · page 1 / \\d+`));
    expect(text).toContain('Burkina Faso');
    expect(text).toContain('6 000 €');
    expect(text).toContain('1 500 000 F CFA');
    expect(text).toContain('19 octobre 2024');
    expect(text).toContain('★☆☆');
    expect(text).toContain('Hélène Laurent');
    expect(text).toContain('État au 10 février 2025');
    expect(text).toContain('en vigueur');
    // The body's title repeats the title page: it is not printed twice.
    expect(text.split('Charte de solidarité entre Villeneuve-sur-Brenne et Kassandé\n').length).toBeLessThan(
      4,
    );
  });

  it('gives identical bytes for the same commit: twice at HEAD, and through --ref of its tag', async () => {
    const { dir } = repoWithCharter();
    git(dir, ['tag', 'charte/villeneuve-kassande/v1']);
    const first = await runCli(['export', 'charters/villeneuve-kassande.md', '-o', 'a.pdf'], { cwd: dir });
    const second = await runCli(['export', 'charters/villeneuve-kassande.md', '-o', 'b.pdf'], { cwd: dir });
    // A later commit that does not touch the charter changes nothing either.
    writeTree(dir, { 'README.md': 'Chartes\n' });
    commitAll(dir, 'readme', '2025-06-01');
    const third = await runCli(['export', 'charters/villeneuve-kassande.md', '-o', 'c.pdf'], { cwd: dir });
    // The working file changes: the tag still gives the signed version.
    writeFileSync(join(dir, 'charters/villeneuve-kassande.md'), `${french}\nUn ajout.\n`);
    const atTag = await runCli(
      ['export', 'charters/villeneuve-kassande.md', '--ref', 'charte/villeneuve-kassande/v1', '-o', 'd.pdf'],
      { cwd: dir },
    );
    for (const r of [first, second, third, atTag]) expect(r.code).toBe(0);
    const a = readFileSync(join(dir, 'a.pdf'));
    expect(readFileSync(join(dir, 'b.pdf')).equals(a)).toBe(true);
    expect(readFileSync(join(dir, 'c.pdf')).equals(a)).toBe(true);
    expect(readFileSync(join(dir, 'd.pdf')).equals(a)).toBe(true);
  });

  it('stamps a document with the last commit of its charter or of its images, read at that commit', async () => {
    const red = png;
    const blue = readFileSync(new URL('fixtures/export/logo-blue.png', import.meta.url));
    const dir = tempDir();
    initRepo(dir);
    writeTree(dir, { 'a.md': `${french}\n![Logo](img/logo.png)\n`, 'img/logo.png': red });
    const first = commitAll(dir, 'charter', '2025-02-10');
    writeTree(dir, { 'img/logo.png': blue });
    const second = commitAll(dir, 'new logo', '2025-03-15');
    const html = async (args: string[], out: string) => {
      const result = await runCli(['export', 'a.md', '--format', 'html', '-o', out, ...args], { cwd: dir });
      expect(result.code).toBe(0);
      return readFileSync(join(dir, out), 'utf8');
    };
    const now = await html([], 'now.html');
    expect(now).toContain(blue.toString('base64'));
    expect(now).toContain(`version 1 · ${second.slice(0, 7)}</footer>`);
    const before = await html(['--ref', first], 'before.html');
    expect(before).toContain(red.toString('base64'));
    expect(before).toContain(`version 1 · ${first.slice(0, 7)}</footer>`);
    // An image changed but not committed: the document is a working copy.
    writeTree(dir, { 'img/logo.png': red });
    const dirty = await html([], 'dirty.html');
    expect(dirty).toContain('version 1 · version de travail</footer>');
  });

  it('stamps a modified working copy as uncommitted, dated by its latest recorded date', async () => {
    const { dir } = repoWithCharter();
    writeFileSync(join(dir, 'charters/villeneuve-kassande.md'), `${french}\nUn ajout.\n`);
    const result = await runCli(['export', 'charters/villeneuve-kassande.md', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(0);
    const pdf = join(dir, 'charters/villeneuve-kassande.pdf');
    // The last signature, 2025-02-08, at noon UTC: stable from one day to the next.
    expect(raw(pdf)).toContain('/CreationDate (D:20250208120000Z)');
    const text = pdfText(pdf);
    expect(text).toMatch(/version 1 · uncommitted · page 1 \/ \d+/);
    expect(text).toContain('€6,000');
    expect(text).toContain('19 October 2024');
    expect(text).toContain('Un ajout.');
  });

  it('writes labels in the charter’s language when --lang is not given (English charter)', async () => {
    const dir = writeTree(tempDir(), { 'saint-aubin.md': english });
    const result = await runCli(['export', 'saint-aubin.md'], { cwd: dir, env: { LANG: 'fr_FR.UTF-8' } });
    expect(result.code).toBe(0);
    const pdf = join(dir, 'saint-aubin.pdf');
    expect(raw(pdf)).toContain('<rdf:li>en</rdf:li>');
    const text = pdfText(pdf);
    expect(text).toContain('TWINNING CHARTER');
    expect(text).toContain('partially signed');
    expect(text).toContain('FOR');
    expect(text).toContain('awaiting signature');
    expect(text).toContain('€8,000');
    expect(text).toContain('Ghana');
  });

  it('exports every charter of a directory into -o <dir>, keeping sub-directories, with progress on a TTY', async () => {
    const dir = writeTree(tempDir(), {
      'charters/a.md': french,
      'charters/sub/b.md': english,
      'charters/notes.md': '# Pas une charte\n',
    });
    const tty = await runCli(['export', 'charters', '-o', 'out'], { cwd: dir, stdoutIsTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stdout).toBe('out/a.pdf\nout/sub/b.pdf\n');
    expect(tty.stderr).toContain('[1/2] charters/a.md');
    expect(tty.stderr).toContain('[2/2] charters/sub/b.md');
    expect(existsSync(join(dir, 'out/notes.pdf'))).toBe(false);
    const piped = await runCli(['export', 'charters', '-o', 'out2'], { cwd: dir });
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
  });

  it('writes PDF/A-2b and PDF/UA-1 where asked', async () => {
    // An image without description and a skipped heading level: PDF/UA still holds.
    const body = '\n![](logo.png)\n\n![Logo](logo.png)\n\n##### Annexe\n\nTexte.\n';
    const dir = writeTree(tempDir(), { 'a.md': `${french}${body}`, 'logo.png': png });
    const a2b = await runCli(['export', 'a.md', '--pdf-standard', 'a-2b', '-o', 'a2b.pdf'], { cwd: dir });
    const ua1 = await runCli(['export', 'a.md', '--pdf-standard', 'ua-1', '-o', 'ua1.pdf'], { cwd: dir });
    expect(a2b.code).toBe(0);
    expect(ua1.code).toBe(0);
    const archival = raw(join(dir, 'a2b.pdf'));
    expect(archival).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(archival).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(archival).toContain('/OutputIntents');
    const accessible = raw(join(dir, 'ua1.pdf'));
    expect(accessible).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(accessible).toContain('/StructTreeRoot');
    expect(accessible).toContain('/MarkInfo');
    requireTool('pdffonts');
    // Every glyph comes from the fonts built into the compiler, embedded: no system font.
    const fonts = spawnSync('pdffonts', [join(dir, 'a2b.pdf')], { encoding: 'utf8' }).stdout;
    const rows = fonts
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+(LibertinusSerif-[A-Za-z]+|DejaVuSansMono)\S*\s/);
      expect(row).toMatch(/\syes\s+yes\s+yes\s/);
    }
  });

  it('uses an organisation’s --template, and says where a broken one fails', async () => {
    const dir = writeTree(tempDir(), {
      'a.md': french,
      'layout/charter.typ':
        '#let data = json("/data/charter.json")\n#set document(title: data.meta.title)\n= #data.title\n#data.footer\n',
      'broken/charter.typ': '#let data = json("/data/charter.json")\n#data.no_such_field\n',
    });
    const ok = await runCli(['export', 'a.md', '--template', 'layout'], { cwd: dir });
    expect(ok.code).toBe(0);
    const broken = await runCli(['export', 'a.md', '--template', 'broken', '-o', 'b.pdf'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken/charter.typ:2:');
    expect(broken.stderr).toContain('no_such_field');
    expect(existsSync(join(dir, 'b.pdf'))).toBe(false);
    const missing = await runCli(['export', 'a.md', '--template', 'nowhere', '-o', 'c.pdf'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--template nowhere');
    // Last: the rest of the test is skipped where pdftotext is missing.
    expect(pdfText(join(dir, 'a.pdf'))).toContain(
      'Charte de solidarité entre Villeneuve-sur-Brenne et Kassandé',
    );
  });

  it('runs as a real process: exit codes, stdout and stderr kept apart', () => {
    const dir = writeTree(tempDir(), { 'a.md': french });
    const ok = runCliProcess(['export', 'a.md'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('a.pdf\n');
    expect(ok.stderr).toBe('');
    const again = runCliProcess(['export', 'a.md'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('a.pdf already exists');
  });
});

describe('charte export --format html', { timeout: EXPORT_TEST_TIMEOUT }, () => {
  it('writes one self-contained, sanitised page with the same content', async () => {
    const { dir } = repoWithCharter();
    writeFileSync(
      join(dir, 'charters/villeneuve-kassande.md'),
      `${french}\n![Logo de la commune](img/logo.png)\n\n<script>alert("x")</script>\n\n[piège](javascript:alert(1)) <img src=x onerror=alert(1)>\n`,
    );
    const result = await runCli(['export', 'charters/villeneuve-kassande.md', '--format', 'html'], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('charters/villeneuve-kassande.html\n');
    expect(result.stderr).toContain('javascript:alert(1)');
    const html = readFileSync(join(dir, 'charters/villeneuve-kassande.html'), 'utf8');
    expect(html.startsWith('<!doctype html><html lang="fr">')).toBe(true);
    expect(html).toContain("default-src 'none'".replace(/'/g, '&#x27;'));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(html).not.toContain('javascript:');
    // Raw HTML is shown as text.
    expect(html).toContain('&#x3C;script>alert("x")&#x3C;/script>');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
    // The only image is the charter's own, inlined.
    expect(html).toContain(
      `<img src="data:image/png;base64,${png.toString('base64')}" alt="Logo de la commune">`,
    );
    expect(html).not.toMatch(/(src|href)="(?!data:|#|https?:|mailto:)/);
    // Same content as the PDF: title page, body, signatures, summary.
    for (const expected of [
      'Charte de solidarité entre Villeneuve-sur-Brenne et Kassandé',
      '<h2>Préambule</h2>',
      'Hélène Laurent',
      '6\u202f000\u00a0€',
      '★☆☆',
      'Fiche de synthèse',
      'version de travail',
    ]) {
      expect(html).toContain(expected);
    }
    expect(readdirSync(join(dir, 'charters')).sort()).toEqual([
      'img',
      'villeneuve-kassande.html',
      'villeneuve-kassande.md',
    ]);
  });
});
