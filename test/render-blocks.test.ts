/**
 * Generated blocks (docs/blocks.md): the body's passages that repeat the front matter are
 * regenerated from it, every other byte kept; a stale block is a validate error saying what
 * differs; `charte sync` rewrites them, `--check` fails in CI; export refuses a stale file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runInit } from '../src/init/index.js';
import { loadCharterFile } from '../src/load/charter-file.js';
import type { Charter } from '../src/model/charter.js';
import {
  BLOCK_NAMES,
  beginMarker,
  endMarker,
  refreshBlocks,
  scanBlocks,
  staleBlocks,
} from '../src/text/blocks.js';
import { validateFile } from '../src/validate/index.js';
import { findPlaceholders } from '../src/validate/placeholders.js';
import { runCli } from './helpers/cli.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const fixtures = new URL('./fixtures/init/', import.meta.url);
const AS_OF = '2026-01-15';

async function initCharter(answers: 'full-fr.yaml' | 'full-en.json'): Promise<{ dir: string; path: string }> {
  const dir = writeTree(tempDir(), { [answers]: readFileSync(new URL(answers, fixtures)) });
  const result = await runInit({ cwd: dir, env: {}, lang: 'fr', answers, path: 'charte.md', asOf: AS_OF });
  return { dir, path: result.path };
}

async function dataOf(path: string, bytes: Buffer): Promise<Charter> {
  const file = await loadCharterFile(path, { cwd: '/', lang: 'fr', bytes });
  return file.data as unknown as Charter;
}

/** The text with every block's content removed: what `refreshBlocks` must never change. */
function outsideBlocks(text: string): string {
  const { blocks } = scanBlocks(text);
  let out = '';
  let last = 0;
  for (const b of blocks) {
    out += text.slice(last, b.contentStart);
    last = b.contentEnd;
  }
  return out + text.slice(last);
}

/** Issue 9, case 4: the data change after init (subsidy, two commitments, a partner joining). */
function evolve(text: string): string {
  const changed = text
    .replace('amount: 6000', 'amount: 15000')
    .replace(
      '\n# Moyens financiers',
      [
        '',
        '  - id: C4',
        '    title: Jardins scolaires partagés',
        '    by: [villeneuve]',
        '    pillars: [environment]',
        '  - id: C5',
        '    title: Formation des agents d’état civil',
        '    by: [kassande, amis]',
        '    pillars: [social]',
        '',
        '# Moyens financiers',
      ].join('\n'),
    )
    .replace(
      '\n# Au moins un référent',
      [
        '  - id: amis',
        '    name: Les Amis de Kassandé',
        '    role: associate',
        '    type: association',
        '    country: FR',
        '    required_signer: true',
        '',
        '# Au moins un référent',
      ].join('\n'),
    );
  expect(changed).not.toBe(text);
  return changed;
}

describe('generated blocks', () => {
  it('init writes every block, in order, and each says what the data say', async () => {
    const { path } = await initCharter('full-fr.yaml');
    const bytes = readFileSync(path);
    const text = bytes.toString('utf8');
    expect(scanBlocks(text).blocks.map((b) => b.name)).toEqual([...BLOCK_NAMES]);
    expect(scanBlocks(text).problems).toEqual([]);
    const data = await dataOf(path, bytes);
    expect(staleBlocks(text, data)).toEqual([]);
    expect(refreshBlocks(bytes, data).changed).toEqual([]);
    // The template's own signature lines are gone: the exporter draws the signatures.
    expect(text).not.toContain('…………');
    expect(text).toContain('Fait en deux exemplaires originaux');
  });

  it('issue 9 case 4: a stale text is an error that says what differs, and sync makes it say the data', async () => {
    const { dir, path } = await initCharter('full-fr.yaml');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, evolve(original));
    const before = await validateFile(path, { cwd: dir, lang: 'fr', asOf: AS_OF });
    const stale = before.sortedDiagnostics().filter((d) => d.rule === 'stale-block');
    expect(stale.map((d) => d.message.match(/« (\w+) »/)?.[1])).toEqual([
      'parties',
      'referents',
      'commitments',
      'resources',
      'governance',
      'signatories',
    ]);
    const resources = stale.find((d) => d.message.includes('« resources »'))!;
    expect(resources.message).toBe(
      'le bloc « resources » dit «\u202f6\u202f000\u00a0€\u202f», les données disent «\u202f15\u202f000\u00a0€\u202f» ; lancez `charte sync` pour le régénérer',
    );
    const evolved = readFileSync(path, 'utf8');
    const lines = evolved.split('\n');
    expect(lines[resources.line - 1]!.slice(resources.column - 1)).toMatch(/^6\u202f000/);

    // export refuses the stale file, and writes nothing.
    const refused = await runCli(['export', 'charte.md', '--format', 'html', '--lang', 'fr'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('stale-block');

    const check = await runCli(['sync', '--check', 'charte.md', '--lang', 'fr'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      'charte.md : blocs périmés (parties, referents, commitments, resources, governance, signatories)',
    );
    expect(readFileSync(path, 'utf8')).toBe(evolved);

    const sync = await runCli(['sync', 'charte.md', '--lang', 'fr'], { cwd: dir });
    expect(sync.stderr).toBe('');
    expect(sync.code).toBe(0);
    expect(sync.stdout).toContain('1 fichier mis à jour sur 1');
    const synced = readFileSync(path, 'utf8');
    expect(outsideBlocks(synced)).toBe(outsideBlocks(evolved));
    expect(synced).toContain('(moyen financier\u202f: 15\u202f000\u00a0€ par an)');
    expect(synced).toContain(
      '5. **Formation des agents d’état civil** (C5). Porté par la commune rurale de Kassandé et l’association Les Amis de Kassandé.',
    );
    expect(synced).toContain(
      'Fait en trois exemplaires originaux, un pour chaque entité signataire\u202f: la commune de Villeneuve-sur-Brenne, la commune rurale de Kassandé et l’association Les Amis de Kassandé.',
    );
    const after = await validateFile(path, { cwd: dir, lang: 'fr', asOf: AS_OF });
    expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const again = await runCli(['sync', '--check', 'charte.md', '--lang', 'fr'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('charte.md : blocs à jour');
    const exported = await runCli(['export', 'charte.md', '--format', 'html', '--lang', 'fr'], { cwd: dir });
    expect(exported.code).toBe(0);
    const html = readFileSync(join(dir, 'charte.html'), 'utf8');
    expect(html).toContain('15\u202f000');
    expect(html).not.toContain('charte:begin');
  });

  it('keeps CRLF line endings and the BOM, and every byte outside the blocks', async () => {
    const { path } = await initCharter('full-en.json');
    const lf = readFileSync(path, 'utf8');
    const crlf = Buffer.from(
      `\ufeff${lf.replace(/\n/g, '\r\n').replace('amount: 80000', 'amount: 95000')}`,
      'utf8',
    );
    const result = refreshBlocks(crlf, await dataOf(path, crlf));
    expect(result.changed.map((c) => c.name)).toEqual(['resources']);
    const out = result.bytes.toString('utf8');
    expect(out.startsWith('\ufeff')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(out).toContain('GHS\u00a095,000');
    expect(outsideBlocks(out)).toBe(outsideBlocks(crlf.toString('utf8')));
  });

  it('hand-written text around and between blocks is never touched (property)', async () => {
    const { path } = await initCharter('full-fr.yaml');
    const bytes = readFileSync(path);
    const data = await dataOf(path, bytes);
    const stale = {
      ...data,
      resources: data.resources.map((r) => ({ ...r, description: `${r.description} !` })),
    };
    const text = bytes.toString('utf8');
    const { blocks } = scanBlocks(text);
    const line = fc
      .string({
        unit: fc.constantFrom(
          'a',
          'é',
          ' ',
          '\t',
          '\r',
          ':',
          '«',
          '»',
          '’',
          '-',
          '<',
          '!',
          '`',
          '~',
          '#',
          'charte:begin ',
        ),
      })
      .filter((s) => !/^\s*(`{3}|~{3})/.test(s) && !s.includes('<!--'));
    fc.assert(
      fc.property(
        fc.array(fc.array(line, { maxLength: 4 }), {
          minLength: blocks.length + 1,
          maxLength: blocks.length + 1,
        }),
        (inserts) => {
          // Hand-written lines after each block's end marker (and before the first block).
          let withText = '';
          let last = 0;
          blocks.forEach((b, i) => {
            withText += text.slice(last, b.beginOffset) + inserts[i]!.map((l) => `${l}\n`).join('');
            last = b.beginOffset;
          });
          withText += text.slice(last) + inserts[blocks.length]!.map((l) => `${l}\n`).join('');
          const input = Buffer.from(withText, 'utf8');
          const refreshed = refreshBlocks(input, stale);
          const out = refreshed.bytes.toString('utf8');
          expect(outsideBlocks(out)).toBe(outsideBlocks(withText));
          expect(staleBlocks(out, stale)).toEqual([]);
          expect(refreshBlocks(refreshed.bytes, stale).changed).toEqual([]);
          // And back to the original data: the original contents.
          expect(refreshBlocks(refreshed.bytes, data).bytes.toString('utf8')).toBe(withText);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reports markers that do not pair up, unknown names and duplicates at their line', async () => {
    const { dir, path } = await initCharter('full-fr.yaml');
    const text = readFileSync(path, 'utf8');
    const broken = text
      .replace(endMarker('purpose'), '')
      .replace(
        '## Valeurs et principes',
        `${beginMarker('ressources')}\nx\n${endMarker('ressources')}\n\n${endMarker('duration')}\n\n## Valeurs et principes`,
      )
      .replace(
        '## Signatures',
        `${beginMarker('signatories')}\n${endMarker('signatories')}\n\n## Signatures`,
      );
    writeFileSync(path, broken);
    const file = await validateFile(path, { cwd: dir, lang: 'en', asOf: AS_OF });
    const problems = file
      .sortedDiagnostics()
      .filter((d) => d.rule === 'block-markers')
      .map((d) => `${d.line}: ${d.message}`);
    const lineOf = (needle: string, from = 0) =>
      broken.slice(0, broken.indexOf(needle, from)).split('\n').length;
    expect(problems).toEqual([
      `${lineOf(beginMarker('purpose'))}: block "purpose" is not closed: add the line \`<!-- charte:end purpose -->\` after its content`,
      `${lineOf(beginMarker('ressources'))}: unknown generated block "ressources": the known blocks are ${BLOCK_NAMES.join(', ')}; fix the name or remove the markers`,
      `${lineOf(`${endMarker('duration')}\n\n## Valeurs`)}: end of block "duration" without a start: add \`<!-- charte:begin duration -->\` before its content, or remove this line`,
      `${lineOf(beginMarker('signatories'), broken.indexOf(beginMarker('signatories')) + 1)}: block "signatories" appears twice (already on line ${lineOf(beginMarker('signatories'))}): keep only one`,
    ]);
    // sync refuses a file whose markers are broken, and writes nothing.
    const sync = await runCli(['sync', 'charte.md', '--lang', 'en'], { cwd: dir });
    expect(sync.code).toBe(1);
    expect(sync.stderr).toContain('charte.md: the charter has errors');
    expect(readFileSync(path, 'utf8')).toBe(broken);
  });
});

describe('placeholders', () => {
  it('finds « à préciser », "to be specified", dotted lines and TODO, with line and column', () => {
    const text =
      'a\nNom : à préciser\n  x: "to be specified"\nSignature : ……………… fin\nTODO: relire\nà définir des règles';
    expect(findPlaceholders(text).map((p) => [p.line, p.column, p.text])).toEqual([
      [2, 7, 'à préciser'],
      [3, 7, 'to be specified'],
      [4, 13, '………………'],
      [5, 1, 'TODO'],
    ]);
  });

  it('validate warns at file:line:col with what to fill in; a charter from --yes has them, a full one none', async () => {
    const dir = tempDir();
    await runInit({ cwd: dir, env: {}, lang: 'fr', yes: true, id: 'x', path: 'x.md', asOf: AS_OF });
    const result = await runCli(['validate', 'x.md', '--lang', 'fr', '--as-of', AS_OF], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'x.md:16:28  avertissement  « à préciser » est à remplacer avant la signature : complétez « name: Commune du Nord (à préciser) »  (placeholder)',
    );
    const { dir: full } = await initCharter('full-fr.yaml');
    const clean = await runCli(['validate', 'charte.md', '--lang', 'fr', '--as-of', AS_OF], { cwd: full });
    expect(clean.stdout).not.toContain('placeholder');
  });
});

describe('refusals for sign and export', () => {
  it('assertFresh refuses a stale text (exit 1, each block at its line); assertNoPlaceholders a placeholder', async () => {
    const { assertFresh, assertNoPlaceholders } = await import('../src/render/ready.js');
    const { path } = await initCharter('full-fr.yaml');
    const text = readFileSync(path, 'utf8');
    const data = await dataOf(path, Buffer.from(text));
    expect(() => assertFresh(text, data, 'charte.md', 'fr')).not.toThrow();
    const changed = { ...data, renewal: { period_years: 3, notice_months: 6, tacit: false } };
    let error: unknown;
    try {
      assertFresh(text, changed, 'charte.md', 'en');
    } catch (e) {
      error = e;
    }
    expect((error as { code?: number }).code).toBe(1);
    expect((error as Error).message).toMatch(
      /^charte\.md: 1 generated block no longer matches the data; run `charte sync charte\.md`/,
    );
    expect((error as Error).message).toContain(
      `charte.md:${text.split('\n').findIndex((l) => l.includes('conclue pour')) + 1}:`,
    );
    expect(() => assertNoPlaceholders(text, 'charte.md', 'fr')).not.toThrow();
    const withPlaceholder = text.replace('## Objet', '## Objet\n\nMontant : à préciser.');
    expect(() => assertNoPlaceholders(withPlaceholder, 'charte.md', 'fr')).toThrow(
      /la charte contient encore 1 mention à compléter[\s\S]*charte\.md:\d+:11: « à préciser »/,
    );
  });
});

describe('charte sync over a folder', () => {
  it('rewrites stale charters (CRLF and BOM kept), leaves charters without blocks alone, says so', async () => {
    const { dir, path } = await initCharter('full-en.json');
    const lf = readFileSync(path, 'utf8');
    const crlf = `\ufeff${lf.replace(/\n/g, '\r\n').replace('amount: 80000', 'amount: 95000')}`;
    const withoutBlocks = lf.replace(/<!-- charte:(begin|end) \S+ -->\n/g, '');
    writeTree(dir, {
      'charters/a.md': crlf,
      'charters/b.md': withoutBlocks.replace('id: saint-aubin-akwadum', 'id: other'),
    });
    const check = await runCli(['sync', '--check', 'charters', '--lang', 'en'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout).toBe(
      [
        'charters/a.md: stale blocks (resources); run `charte sync charters/a.md`',
        'charters/b.md: no generated block; see docs/blocks.md to mark the passages that repeat the data',
        '1 file to regenerate out of 2',
        '',
      ].join('\n'),
    );
    const sync = await runCli(['sync', 'charters', '--lang', 'en'], { cwd: dir });
    expect(sync.code).toBe(0);
    expect(sync.stdout).toContain('charters/a.md: blocks regenerated (resources)\n');
    const written = readFileSync(join(dir, 'charters/a.md'));
    expect(written.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(written.toString('utf8').replace(/\r\n/g, '')).not.toContain('\n');
    expect(outsideBlocks(written.toString('utf8'))).toBe(outsideBlocks(crlf));
    expect(readFileSync(join(dir, 'charters/b.md'), 'utf8')).toBe(
      withoutBlocks.replace('id: saint-aubin-akwadum', 'id: other'),
    );
  });
});
