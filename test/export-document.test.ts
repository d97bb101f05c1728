import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { imagePath, sniffImage, workingTreeFiles } from '../src/export/assets.js';
import { buildDocument, latestRecordedDate } from '../src/export/document.js';
import { prepareBody, toTypstBlocks } from '../src/export/markdown.js';
import { countryName, formatDateLong, formatMoney, formatNumber, stars } from '../src/i18n/format.js';
import { loadCharterFile } from '../src/load/charter-file.js';
import type { Charter } from '../src/model/charter.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const french = readFileSync(new URL('fixtures/export/villeneuve-kassande.md', import.meta.url), 'utf8');
const png = readFileSync(new URL('fixtures/export/logo.png', import.meta.url));

async function charterOf(text: string): Promise<Charter> {
  const file = await loadCharterFile('/virtual/a.md', { cwd: '/', lang: 'en', bytes: Buffer.from(text) });
  return file.data as unknown as Charter;
}

async function blocksOf(markdown: string, title = 'Title', dir = tempDir()) {
  const prepared = await prepareBody(markdown, {
    lang: 'en',
    title,
    charterDir: '',
    files: workingTreeFiles(dir),
    signatureHeadings: ['Signatures'],
  });
  return { prepared, blocks: toTypstBlocks(prepared, { imageSource: (i) => `/data/images/${i}.png` }) };
}

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('numbers, amounts and dates in the document’s language', () => {
  it('writes amounts and numbers as each language does', () => {
    expect(formatMoney(6000, 'EUR', 'fr')).toBe('6\u202f000\u00a0€');
    expect(formatMoney(6000, 'EUR', 'en')).toBe('€6,000');
    expect(formatMoney(1234.5, 'EUR', 'fr')).toBe('1\u202f234,50\u00a0€');
    expect(formatMoney(1500000, 'XOF', 'fr')).toBe('1\u202f500\u202f000\u00a0F\u202fCFA');
    expect(formatNumber(6000, 'fr')).toBe('6\u202f000');
    expect(formatNumber(6000, 'en')).toBe('6,000');
    expect(countryName('BF', 'fr')).toBe('Burkina Faso');
    expect(countryName('HT', 'en')).toBe('Haiti');
    expect(stars(2)).toBe('★★☆');
    expect(stars(0)).toBe('☆☆☆');
  });

  it('writes calendar dates the same in every time zone', () => {
    for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      process.env.TZ = tz;
      expect(formatDateLong('2024-10-19', 'fr')).toBe('19 octobre 2024');
      expect(formatDateLong('2024-10-19', 'en')).toBe('19 October 2024');
      expect(formatDateLong('2025-03-01', 'fr')).toBe('1er mars 2025');
      expect(formatDateLong('2024-02-29', 'en')).toBe('29 February 2024');
    }
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2199-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
          expect(formatDateLong(iso, 'en')).toBe(`${day} ${months[m - 1]} ${y}`);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('the document data handed to the layouts', () => {
  it('holds every part of the charter, written in French', async () => {
    const charter = await charterOf(french);
    const data = buildDocument(charter, {
      lang: 'fr',
      revision: {
        commit: 'd37b5153f1a2b3c4d5e6f708192a3b4c5d6e7f80',
        epochSeconds: 1739190600,
        asOf: '2025-02-10',
      },
      body: [],
      bodyEndsWithSignatures: true,
    });
    expect(data.footer).toBe(
      'Charte de solidarité entre Villeneuve-sur-Brenne et Kassandé · version 1 · d37b515',
    );
    expect(data.meta.date).toEqual({ year: 2025, month: 2, day: 10, hour: 12, minute: 30, second: 0 });
    expect(data.meta.authors).toEqual([
      'Commune de Villeneuve-sur-Brenne',
      'Commune rurale de Kassandé',
      'Comité de jumelage Villeneuve–Kassandé',
    ]);
    expect(data.parties).toEqual([
      { name: 'Commune de Villeneuve-sur-Brenne', country: 'France' },
      { name: 'Commune rurale de Kassandé', country: 'Burkina Faso' },
    ]);
    expect(data.facts).toContainEqual({ label: 'État au 10 février 2025', value: 'en vigueur' });
    expect(data.facts).toContainEqual({ label: 'Signée le', value: '8 février 2025' });
    expect(data.facts).toContainEqual({ label: 'Échéance du renouvellement', value: '8 février 2030' });
    expect(data.commitments[0]!.details).toContainEqual({
      label: 'Porté par',
      value: 'Commune de Villeneuve-sur-Brenne, Commune rurale de Kassandé',
    });
    expect(data.commitments[0]!.details).toContainEqual({
      label: 'ODD',
      value: '6 (Eau propre et assainissement)',
    });
    expect(data.commitments[0]!.details).toContainEqual({ label: 'Échéance', value: '30 juin 2027' });
    expect(data.totals).toEqual([
      {
        entity: 'Commune de Villeneuve-sur-Brenne',
        currency: 'EUR',
        amount: '6\u202f000\u00a0€',
        period: 'par an',
      },
      {
        entity: 'Commune rurale de Kassandé',
        currency: 'XOF',
        amount: '1\u202f500\u202f000\u00a0F\u202fCFA',
        period: 'au total',
      },
    ]);
    expect(data.evaluation?.[0]).toEqual({ label: 'Environnement', value: 1, stars: '★☆☆' });
    expect(data.sustainability.map((p) => p.label)).toEqual(['Environnement', 'Économie', 'Social']);
    expect(data.sdgs[0]).toEqual({ number: 6, name: 'Eau propre et assainissement', main: true });
    expect(data.signatures.map((s) => [s.entity, s.signed, s.optional])).toEqual([
      ['Commune de Villeneuve-sur-Brenne', true, false],
      ['Commune rurale de Kassandé', true, false],
      ['Comité de jumelage Villeneuve–Kassandé', false, true],
    ]);
    expect(data.signatures[0]).toMatchObject({
      place: 'Villeneuve-sur-Brenne',
      date: '19 octobre 2024',
      decision: 'DCM-2024-087',
    });
    expect(data.signatures[2]!.placeDate).toBe('Fait à ________________, le ________________');
    expect(data.labels.entityName).toBe('Dénomination');
    expect(data.labels.evaluation).toBe('Évaluation de l’action');
  });

  it('adds amounts only within one entity, currency and periodicity, and leaves blanks to sign', async () => {
    const charter = await charterOf(french);
    charter.resources.push(
      {
        entity: 'villeneuve',
        type: 'financial',
        description: 'x',
        amount: 500.25,
        currency: 'EUR',
        period: 'yearly',
      },
      {
        entity: 'villeneuve',
        type: 'financial',
        description: 'y',
        amount: 1000,
        currency: 'EUR',
        period: 'one_off',
      },
    );
    delete charter.signatures;
    const data = buildDocument(charter, {
      lang: 'en',
      revision: { asOf: '2026-01-05' },
      body: [],
      bodyEndsWithSignatures: false,
    });
    expect(data.totals.map((t) => [t.entity, t.amount, t.period])).toEqual([
      ['Commune de Villeneuve-sur-Brenne', '€6,500.25', 'per year'],
      ['Commune rurale de Kassandé', 'F\u202fCFA\u00a01,500,000', 'in total'],
      ['Commune de Villeneuve-sur-Brenne', '€1,000', 'one-off'],
    ]);
    expect(data.footer).toBe(
      'Charte de solidarité entre Villeneuve-sur-Brenne et Kassandé · version 1 · uncommitted',
    );
    expect(data.facts).toContainEqual({ label: 'State on 5 January 2026', value: 'draft, not signed' });
    expect(data.signatures.every((s) => !s.signed)).toBe(true);
    expect(data.signatures[0]!.decision).toBe('DCM-2024-087 of 26 September 2024');
    // A working copy is dated by its latest recorded date (the last decision here), at noon UTC.
    expect(latestRecordedDate(charter)).toBe('2024-10-05');
    expect(data.meta.date).toEqual({ year: 2024, month: 10, day: 5, hour: 12, minute: 0, second: 0 });
  });
});

describe('the body as a tree of plain data', () => {
  it('covers headings, emphasis, lists, GFM tables, quotes, links, code and footnotes', async () => {
    const { blocks, prepared } = await blocksOf(
      [
        '# Title',
        '',
        '## One',
        '',
        'Some *em*, **strong**, ~~gone~~ and `code`,',
        'a [link](https://example.org) and <https://example.org>.[^n]',
        '',
        '### Sub',
        '',
        '- a',
        '- [x] done',
        '',
        '3. three',
        '',
        '> quoted',
        '',
        '| L | C | R |',
        '|:--|:-:|--:|',
        '| 1 | 2 |',
        '',
        '```',
        '#set page(width: 1cm)',
        '```',
        '',
        '---',
        '',
        '## Signatures',
        '',
        '[^n]: A note.',
      ].join('\n'),
    );
    expect(prepared.skippedTitle).toBe(true);
    expect(prepared.endsWithSignatures).toBe(true);
    expect(blocks).toEqual([
      { k: 'heading', level: 1, c: [{ k: 'text', v: 'One' }] },
      {
        k: 'par',
        c: [
          { k: 'text', v: 'Some ' },
          { k: 'em', c: [{ k: 'text', v: 'em' }] },
          { k: 'text', v: ', ' },
          { k: 'strong', c: [{ k: 'text', v: 'strong' }] },
          { k: 'text', v: ', ' },
          { k: 'del', c: [{ k: 'text', v: 'gone' }] },
          { k: 'text', v: ' and ' },
          { k: 'code', v: 'code' },
          { k: 'text', v: ', a ' },
          { k: 'link', url: 'https://example.org', c: [{ k: 'text', v: 'link' }], showUrl: true },
          { k: 'text', v: ' and ' },
          {
            k: 'link',
            url: 'https://example.org',
            c: [{ k: 'text', v: 'https://example.org' }],
            showUrl: false,
          },
          { k: 'text', v: '.' },
          { k: 'note', c: [{ k: 'par', c: [{ k: 'text', v: 'A note.' }] }] },
        ],
      },
      { k: 'heading', level: 2, c: [{ k: 'text', v: 'Sub' }] },
      {
        k: 'list',
        ordered: false,
        start: 1,
        tight: true,
        items: [
          { checked: null, c: [{ k: 'par', c: [{ k: 'text', v: 'a' }] }] },
          { checked: true, c: [{ k: 'par', c: [{ k: 'text', v: 'done' }] }] },
        ],
      },
      {
        k: 'list',
        ordered: true,
        start: 3,
        tight: true,
        items: [{ checked: null, c: [{ k: 'par', c: [{ k: 'text', v: 'three' }] }] }],
      },
      { k: 'quote', c: [{ k: 'par', c: [{ k: 'text', v: 'quoted' }] }] },
      {
        k: 'table',
        align: ['left', 'center', 'right'],
        header: [[{ k: 'text', v: 'L' }], [{ k: 'text', v: 'C' }], [{ k: 'text', v: 'R' }]],
        rows: [[[{ k: 'text', v: '1' }], [{ k: 'text', v: '2' }], []]],
      },
      { k: 'codeblock', v: '#set page(width: 1cm)' },
      { k: 'rule' },
      { k: 'heading', level: 1, c: [{ k: 'text', v: 'Signatures' }] },
    ]);
  });

  it('makes heading levels consecutive, as the PDF outline and PDF/UA want', async () => {
    const { blocks } = await blocksOf('### Deep start\n\n##### Skipped\n\n#### Back\n\n### Top\n');
    expect(blocks.map((b) => (b.k === 'heading' ? b.level : 0))).toEqual([1, 2, 2, 1]);
  });

  it('keeps a repository image as a figure, read from its bytes, not its name', async () => {
    const dir = writeTree(tempDir(), {
      'logo.png': png,
      'fake.png': 'GIF89a not really',
      'img/x.svg': '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    const { blocks, prepared } = await blocksOf(
      '![Logo](logo.png)\n\n![x](fake.png) ![v](img/x.svg)\n',
      'T',
      dir,
    );
    expect(blocks[0]).toEqual({ k: 'figure', src: '/data/images/0.png', alt: 'Logo' });
    expect(prepared.images.map((i) => [i.path, i.format])).toEqual([
      ['logo.png', 'png'],
      ['fake.png', 'gif'],
      ['img/x.svg', 'svg'],
    ]);
  });

  it('caps nesting so that the layout never recurses deeper than 16 levels', async () => {
    const { blocks } = await blocksOf(`${'> '.repeat(200)}deep`);
    const depth = (node: unknown): number =>
      Array.isArray(node)
        ? Math.max(0, ...node.map(depth))
        : node && typeof node === 'object'
          ? 1 + Math.max(0, ...Object.values(node).map(depth))
          : 0;
    expect(depth(blocks)).toBeLessThan(60);
    expect(JSON.stringify(blocks)).toContain('"v":"deep"');
  });
});

describe('image paths', () => {
  it('resolves inside the repository and refuses the rest', () => {
    const cases: Array<[string, string, unknown]> = [
      ['img/a.png', 'charters', { path: 'charters/img/a.png' }],
      ['../img/a.png', 'charters', { path: 'img/a.png' }],
      ['/img/a.png', 'charters', { path: 'img/a.png' }],
      ['my%20logo.png?x=1#top', '', { path: 'my logo.png' }],
      ['..\\..\\etc\\passwd', 'charters', { reason: 'outside' }],
      ['../../a.png', 'charters', { reason: 'outside' }],
      ['/../../etc/passwd', '', { reason: 'outside' }],
      ['file:///etc/passwd', '', { reason: 'scheme' }],
      ['javascript:alert(1)', '', { reason: 'scheme' }],
      ['data:image/png;base64,AAAA', '', { reason: 'scheme' }],
      ['https://example.org/a.png', '', { reason: 'external' }],
      ['//example.org/a.png', '', { reason: 'external' }],
      ['%E0%A4%A', '', { reason: 'bad-url' }],
      ['a%00.png', '', { reason: 'bad-url' }],
      ['.', '', { reason: 'outside' }],
    ];
    for (const [url, dir, expected] of cases) expect([url, imagePath(url, dir)]).toEqual([url, expected]);
  });

  it('knows images by their first bytes', () => {
    expect(sniffImage(png)).toBe('png');
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(sniffImage(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffImage(Buffer.from('<!-- logo -->\n<svg viewBox="0 0 1 1"></svg>'))).toBe('svg');
    expect(sniffImage(Buffer.from('<html><svg></svg></html>'))).toBeUndefined();
    expect(sniffImage(Buffer.from('root:x:0:0:root:/root:/bin/bash'))).toBeUndefined();
  });
});
