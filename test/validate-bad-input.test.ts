/** The bad inputs of the validate issue, each a test, on real files. */
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { validateFile, validatePaths } from '../src/validate/index.js';
import { runCli, runCliProcess } from './helpers/cli.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixturesDir = join(root, 'test/fixtures/validate');
const example = readFileSync(join(root, 'examples/villeneuve-kassande.md'), 'utf8');
const asOf = '2026-11-27';
const opts = (cwd: string) => ({ cwd, lang: 'en' as const, asOf });
const summary = (d: { rule: string; line: number; column: number; message: string; severity: string }) =>
  `${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`;

describe('front matter never executes', () => {
  for (const language of ['js', 'javascript', 'JavaScript', 'coffee']) {
    it(`---${language} is refused and nothing runs`, async () => {
      const dir = tempDir();
      const marker = join(dir, 'pwned');
      const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;
      const text = `---${language}\n{ charte: 1, id: (function(){ ${code}; return 'x' })() }\n---\n\n# Texte\n`;
      writeTree(dir, { 'c.md': text });
      const file = await validateFile(join(dir, 'c.md'), opts(dir));
      expect(file.diagnostics.map((d) => d.rule)).toEqual(['front-matter-language']);
      expect(existsSync(marker)).toBe(false);
      if (language === 'js') {
        // The hazard is real: gray-matter with its default engines evaluates the same text.
        matter(text);
        expect(existsSync(marker)).toBe(true);
      }
    });
  }
});

describe('YAML', () => {
  it('reports a syntax error at its exact line and column', async () => {
    const file = await validateFile(join(fixturesDir, 'invalid-yaml-syntax--tab.md'), opts(root));
    expect(file.diagnostics.map(summary)).toEqual([
      '19:1 error yaml-syntax tab used for indentation: YAML is indented with spaces',
    ]);
  });

  it('keeps `2025-06-14` and `no` as strings (YAML 1.2 core schema)', async () => {
    const dir = tempDir();
    const text = example.replace(
      '  tacit: false\n',
      '  tacit: false\nextensions:\n  answer: no\n  when: 2025-06-14\n',
    );
    writeTree(dir, { 'c.md': text });
    const file = await validateFile(join(dir, 'c.md'), opts(dir));
    expect(file.diagnostics).toEqual([]);
    expect(file.data?.extensions).toEqual({ answer: 'no', when: '2025-06-14' });
  });

  it('the same error for 2023-02-29 quoted and unquoted', async () => {
    const a = await validateFile(join(fixturesDir, 'invalid-date.md'), opts(root));
    const b = await validateFile(join(fixturesDir, 'invalid-date--quoted.md'), opts(root));
    expect(a.diagnostics.map(summary)).toEqual(b.diagnostics.map(summary));
    expect(a.diagnostics.map((d) => d.rule)).toEqual(['date']);
  });

  it('an alias bomb and 5,000-deep nesting end in a clean error, without a stack trace', () => {
    for (const name of ['invalid-yaml-alias.md', 'invalid-yaml-depth.md']) {
      const result = runCliProcess(['validate', join(fixturesDir, name)], { cwd: root });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(name.includes('alias') ? /yaml-alias/ : /yaml-depth/);
      expect(result.stderr).toBe('');
      expect(result.stdout).not.toMatch(/\n\s+at /);
    }
  });

  it('deep block nesting (5,000 `- ` or 2,000 indented keys) is one clean error, and other files are still checked', async () => {
    const dir = tempDir();
    const levels = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i + 4)}k${i}:\n`).join('');
    writeTree(dir, {
      'd/dashes.md': example
        .replace('id: villeneuve-kassande', 'id: dashes')
        .replace('  tacit: false\n', `  tacit: false\nextensions:\n  x:\n    ${'- '.repeat(5000)}a\n`),
      'd/keys.md': example
        .replace('id: villeneuve-kassande', 'id: keys')
        .replace('  tacit: false\n', `  tacit: false\nextensions:\n  y:\n${levels}${' '.repeat(2004)}v\n`),
      'd/other.md': example
        .replace('id: villeneuve-kassande', 'id: other')
        .replace('country: BF', 'country: bf'),
    });
    const files = await validatePaths(['d'], opts(dir));
    expect(
      files.map((f) => [f.displayPath, f.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)]),
    ).toEqual([
      ['d/dashes.md', ['154:129 yaml-depth']],
      ['d/keys.md', ['279:129 yaml-depth']],
      ['d/other.md', ['22:14 pattern']],
    ]);
  });

  it('__proto__ and constructor keys stay plain data', async () => {
    const dir = tempDir();
    const text = example
      .replace(
        'charte: 1\n',
        'charte: 1\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n',
      )
      .replace('    country: BF\n', '    country: BF\n    __proto__: { polluted: true }\n');
    writeTree(dir, { 'c.md': text });
    const file = await validateFile(join(dir, 'c.md'), opts(dir));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(file.data)).toBe(Object.prototype);
    const unknown = file.diagnostics.filter((d) => d.rule === 'unknown-key').map((d) => d.pointer);
    expect(unknown.sort()).toEqual(['/__proto__', '/constructor', '/entities/1/__proto__']);
    expect(file.diagnostics.find((d) => d.pointer === '/__proto__')?.line).toBe(3);
  });
});

describe('encodings and line endings', () => {
  const variants = {
    crlf: (t: string) => Buffer.from(t.replace(/\n/g, '\r\n')),
    bom: (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]),
    'bom+crlf': (t: string) =>
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t.replace(/\n/g, '\r\n'))]),
  };
  const fixtures = readdirSync(fixturesDir).filter(
    (f) => f.endsWith('.md') && !f.includes('utf8') && !f.includes('tab'),
  );

  it.each(Object.keys(variants))(
    '%s gives the same diagnostics, at the same positions, as LF',
    async (variant) => {
      const dir = tempDir();
      for (const name of fixtures) {
        const lf = readFileSync(join(fixturesDir, name), 'utf8');
        writeFileSync(join(dir, name), variants[variant as keyof typeof variants](lf));
        const expected = (await validateFile(join(fixturesDir, name), opts(root)))
          .sortedDiagnostics()
          .map(summary);
        const actual = (await validateFile(join(dir, name), opts(dir))).sortedDiagnostics().map(summary);
        expect({ name, diagnostics: actual }).toEqual({ name, diagnostics: expected });
      }
    },
  );

  it('invalid UTF-8 names the byte offset, and the text is not silently replaced', async () => {
    const file = await validateFile(join(fixturesDir, 'invalid-invalid-utf8.md'), opts(root));
    expect(file.diagnostics).toHaveLength(1);
    expect(file.diagnostics[0]).toMatchObject({ rule: 'invalid-utf8', line: 4, severity: 'error' });
    expect(file.diagnostics[0]?.message).toMatch(/byte offset 105/);
  });

  it('a 50 MB file is refused with the size limit in the message', async () => {
    const dir = tempDir();
    const big = `${example}\n${'Lorem ipsum dolor sit amet. '.repeat((50 * 1024 * 1024) / 28)}\n`;
    writeTree(dir, { 'big.md': big });
    const result = await runCli(['validate', 'big.md'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /big\.md:1:1 {2}error {2}file too large \(50\.0 MiB\): the limit is 5\.0 MiB per charter/,
    );
  });
});

describe('discovery', () => {
  it('does not follow symbolic links (a link to a parent folder is not a second copy of every charter)', async () => {
    const dir = writeTree(tempDir(), { 'd/a.md': example });
    symlinkSync('..', join(dir, 'd/loop'));
    const files = await validatePaths(['d'], opts(dir));
    expect(files.map((f) => [f.displayPath, f.diagnostics])).toEqual([['d/a.md', []]]);
  });

  it('finds a charter whose `charte` key is quoted', async () => {
    const dir = writeTree(tempDir(), { 'd/q.md': example.replace('charte: 1', '"charte": 1') });
    expect((await validatePaths(['d'], opts(dir))).map((f) => f.displayPath)).toEqual(['d/q.md']);
  });

  it('a glob that matches nothing is a usage error, not a silent pass', async () => {
    const dir = tempDir();
    const result = await runCli(['validate', 'zz/*.md'], { cwd: dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'charte: zz/*.md: no file matches this pattern\n',
    });
  });
});

describe('many files', () => {
  it('a directory of a thousand charters with one broken: every other one is still checked', async () => {
    const dir = tempDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) {
      files[`charters/c${String(i).padStart(4, '0')}.md`] = example.replace(
        'id: villeneuve-kassande',
        `id: charte-${i}`,
      );
    }
    files['charters/c0500.md'] = files['charters/c0500.md']!.replace('country: BF', 'country: Burkina');
    files['charters/notes/readme.md'] = '# Not a charter\n\nSkipped without a word.\n';
    files['node_modules/pkg/c.md'] = '---\ncharte: 1\n---\n';
    writeTree(dir, files);
    const report = await validatePaths(['.'], opts(dir));
    expect(report).toHaveLength(1000);
    const broken = report.filter((f) => f.diagnostics.length > 0);
    expect(broken.map((f) => f.displayPath)).toEqual(['charters/c0500.md']);
    expect(broken[0]?.diagnostics.map((d) => d.rule)).toEqual(['pattern']);
  });
});
