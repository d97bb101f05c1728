/**
 * Properties of `charte sign` and `renew --start` over generated charters: LF, CRLF and BOM
 * variants; `signatures` as a block list (any indentation), a flow list, a block list of flow
 * mappings, `[]`, an empty value, or no key at all; values with quotes, colons, `#`, accents,
 * leading dashes and YAML 1.1 words. Each run signs a real file and checks that
 * (1) the data read back is the old data plus exactly the new entry,
 * (2) every byte outside the inserted span is unchanged (only an empty-list token ` []` may go),
 * (3) the result still validates where the input did.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { Document } from 'yaml';
import { signCharter } from '../src/lifecycle/sign.js';
import { startNextVersion } from '../src/lifecycle/start.js';
import { formatDate } from '../src/model/dates.js';
import { validateFile } from '../src/validate/index.js';
import { tempDir } from './helpers/tmp.js';

const AS_OF = '2030-01-01';
const RUNS = 100;

const example = readFileSync(new URL('../examples/villeneuve-kassande.md', import.meta.url), 'utf8');
// The example's generated blocks say what its own data say (docs/blocks.md): without them, the
// body is hand-written text that no generated front matter can make stale.
const BODY = example
  .slice(example.indexOf('\n---\n') + 5)
  .replace(/<!-- charte:begin (\S+) -->\n[\s\S]*?<!-- charte:end \1 -->\n/g, '');

type Style = 'absent' | 'block' | 'flow' | 'flow-multiline' | 'block-of-flow' | 'empty-flow' | 'null';
const STYLES: readonly Style[] = [
  'absent',
  'block',
  'flow',
  'flow-multiline',
  'block-of-flow',
  'empty-flow',
  'null',
];

interface Entry {
  [key: string]: string;
}

interface Generated {
  eol: '\n' | '\r\n';
  bom: boolean;
  style: Style;
  dash: number;
  gap: number;
  signaturesLast: boolean;
  entities: Array<{ id: string; role: 'north' | 'south' | 'associate' }>;
  signed: Entry[];
  signer: string;
  values: { signatory: string; capacity: string; date: string; place?: string; decision?: string };
  decisions: boolean;
}

const TRICKY = [
  'yes',
  'no',
  'On',
  '~',
  'null',
  '123',
  '1:20',
  '- dash',
  '#hash',
  'a: b',
  'a #b',
  "l'été",
  'Maire "adjoint"',
  'Hélène Laurent',
  'Délibération n° 2024-14/CR-KSD',
  '[x]',
  '{y}',
  '&anchor',
  '*alias',
  '!tag',
  '@at',
  '`tick`',
  '%pct',
  '|pipe',
  '> fold',
  ' leading',
  'trailing ',
  '---',
  'Ouagadougou, Burkina Faso',
];
const CHARS = [...'abcXYZéÉèçàœÔ "\'#:-,[]{}&*!|>%@`?~0123456789/\\'];

const textArb = fc
  .oneof(
    fc.constantFrom(...TRICKY),
    fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 24 }),
  )
  .filter((s) => /\S/.test(s));

const dateArb = fc
  .record({
    year: fc.integer({ min: 2001, max: 2029 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => {
    const last = month === 2 ? (year % 4 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
    return formatDate({ year, month, day: Math.min(day, last) });
  });

const slugArb = fc
  .stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,3})?$/)
  .filter((s) => !/^(null|true|false)$/.test(s));

const generatedArb: fc.Arbitrary<Generated> = fc
  .record({
    eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
    bom: fc.boolean(),
    style: fc.constantFrom(...STYLES),
    dash: fc.integer({ min: 0, max: 4 }),
    gap: fc.integer({ min: 2, max: 3 }),
    signaturesLast: fc.boolean(),
    ids: fc.uniqueArray(slugArb, { minLength: 2, maxLength: 4 }),
    signedMask: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    signerIndex: fc.nat(),
    existingValues: fc.array(fc.record({ signatory: textArb, capacity: textArb, date: dateArb }), {
      minLength: 4,
      maxLength: 4,
    }),
    values: fc.record(
      { signatory: textArb, capacity: textArb, date: dateArb, place: textArb, decision: textArb },
      { requiredKeys: ['signatory', 'capacity', 'date'] },
    ),
    decisions: fc.boolean(),
  })
  .map((g) => {
    const entities = g.ids.map((id, i) => ({
      id,
      role: (i === 0 ? 'north' : i === 1 ? 'south' : 'associate') as 'north' | 'south' | 'associate',
    }));
    const signerIndex = g.signerIndex % entities.length;
    const signed = entities
      .map((e, i) => ({ e, i }))
      .filter(({ i }) => i !== signerIndex && g.signedMask[i] === true)
      .map(({ e, i }) => ({ entity: e.id, ...g.existingValues[i]! }));
    // Styles that need entries get at least one, those that cannot hold one get none.
    const style: Style =
      signed.length === 0 && ['block', 'flow', 'flow-multiline', 'block-of-flow'].includes(g.style)
        ? 'empty-flow'
        : g.style;
    return {
      eol: g.eol,
      bom: g.bom,
      style,
      dash: g.dash,
      gap: g.gap,
      signaturesLast: g.signaturesLast,
      entities,
      signed: ['empty-flow', 'null', 'absent'].includes(style) ? [] : signed,
      signer: entities[signerIndex]!.id,
      values: g.values,
      decisions: g.decisions,
    };
  });

function flowEntry(entry: Entry): string {
  const doc = new Document(entry);
  (doc.contents as { flow?: boolean }).flow = true;
  return doc.toString({ lineWidth: 0 }).trimEnd();
}

function blockEntryLines(entry: Entry): string[] {
  return new Document(entry).toString({ lineWidth: 0 }).trimEnd().split('\n');
}

/** The text of the `signatures` key in the generated style (lines without line endings). */
function signaturesLines(g: Generated): string[] {
  const dash = `${' '.repeat(g.dash)}-${' '.repeat(g.gap - 1)}`;
  const inner = ' '.repeat(g.dash + g.gap);
  switch (g.style) {
    case 'absent':
      return [];
    case 'null':
      return ['signatures:'];
    case 'empty-flow':
      return ['signatures: []  # none yet'];
    case 'flow':
      return [`signatures: [${g.signed.map(flowEntry).join(', ')}]`];
    case 'flow-multiline':
      return ['signatures: [', ...g.signed.map((s) => `    ${flowEntry(s)},`), '  ]'];
    case 'block-of-flow':
      return ['signatures:', ...g.signed.map((s) => `${dash}${flowEntry(s)}`)];
    case 'block':
      return [
        'signatures:',
        ...g.signed.flatMap((s, i) => {
          const [first, ...rest] = blockEntryLines(s);
          return [
            ...(i === 0 ? [`${inner}# signed first`] : []),
            `${dash}${first}`,
            ...rest.map((l) => inner + l),
          ];
        }),
      ];
  }
}

function charterText(g: Generated): string {
  const entityLines = g.entities.flatMap((e) => [
    `  - id: ${e.id}`,
    `    name: Entity ${e.id}`,
    `    role: ${e.role}`,
    '    type: commune',
    `    country: ${e.role === 'south' ? 'BF' : 'FR'}`,
  ]);
  const referentLines = g.entities
    .filter((e) => e.role !== 'associate')
    .flatMap((e) => [`  - name: Referent ${e.id}`, `    entity: ${e.id}`, '    function: Adjoint']);
  const decisionLines = g.decisions
    ? [
        'decisions:',
        ...g.entities.flatMap((e) => [
          `  - entity: ${e.id}`,
          '    body: Conseil municipal',
          `    reference: D-${e.id}`,
          '    date: 2000-01-01',
        ]),
        '',
      ]
    : [];
  const signatures = signaturesLines(g);
  const renewal = ['# Renewal', 'renewal:', '  period_years: 5'];
  const lines = [
    '---',
    'charte: 1',
    `id: generated-charter`,
    'title: "Charte: générée"',
    'kind: solidarity_charter',
    'language: fr',
    'version: 1',
    '',
    '# The entities',
    'entities:',
    ...entityLines,
    'referents:',
    ...referentLines,
    'commitments:',
    '  - id: C1',
    `    title: Engagement`,
    `    by: [${g.entities[0]!.id}]`,
    '    pillars: [environment, economy, social]',
    'resources:',
    `  - entity: ${g.entities[0]!.id}`,
    '    type: human',
    '    description: Un chargé de mission',
    'sustainability:',
    '  environment: Eau',
    '  economy: Karité',
    '  social: Écoles',
    '',
    ...decisionLines,
    ...(g.signaturesLast
      ? [...renewal, '', ...signatures]
      : [...signatures, ...(signatures.length ? [''] : []), ...renewal]),
    '---',
  ];
  return (g.bom ? '\ufeff' : '') + lines.join(g.eol) + g.eol + BODY.replace(/\n/g, g.eol);
}

/** The front matter value, read independently of the code under test (js-yaml, core schema). */
function frontMatter(text: string): Record<string, unknown> {
  const clean = text.replace(/^\ufeff/, '');
  const end = clean.indexOf('\n---', 3);
  return jsYaml.load(clean.slice(3, end), { schema: jsYaml.CORE_SCHEMA }) as Record<string, unknown>;
}

function bodyOf(text: string): string {
  const clean = text.replace(/^\ufeff/, '');
  return clean.slice(clean.indexOf('\n---', 3) + 4);
}

/** What the old text lost: the middle left once the common prefix and suffix are removed. */
function removedSpan(before: string, after: string): { removed: string; inserted: string } {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  return {
    removed: before.slice(prefix, before.length - suffix),
    inserted: after.slice(prefix, after.length - suffix),
  };
}

function hasOnlyEol(text: string, eol: '\n' | '\r\n'): boolean {
  const lone = eol === '\r\n' ? /(?<!\r)\n/ : /\r\n/;
  return !lone.test(text);
}

describe('sign: properties over generated charters', () => {
  const dir = tempDir();

  it('adds exactly one entry and keeps every other byte', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(generatedArb, async (g) => {
        const path = join(dir, `charter-${run++}.md`);
        const before = charterText(g);
        writeFileSync(path, before);
        const validBefore = !(
          await validateFile(path, { cwd: dir, lang: 'en', asOf: AS_OF })
        ).diagnostics.some((d) => d.severity === 'error');
        const oldData = frontMatter(before);

        const result = await signCharter(path, {
          cwd: dir,
          lang: 'en',
          asOf: AS_OF,
          entity: g.signer,
          ...g.values,
        });
        const after = readFileSync(path, 'utf8');
        const entry = { entity: g.signer, ...g.values };

        // (1) The data is the old data plus exactly the new entry.
        const signatures = (oldData.signatures as unknown[] | null | undefined) ?? [];
        expect(frontMatter(after)).toEqual({ ...oldData, signatures: [...signatures, entry] });
        expect(result.signature).toEqual(entry);
        expect(bodyOf(after)).toBe(bodyOf(before));

        // (2) Nothing outside the inserted span changed: only the empty-list token ` []` may go.
        const withoutToken =
          g.style === 'empty-flow' ? before.replace('signatures: []', 'signatures:') : before;
        const { removed, inserted } = removedSpan(withoutToken, after);
        expect(removed).toBe('');
        expect(inserted.length).toBeGreaterThan(0);
        expect(after.startsWith('\ufeff')).toBe(g.bom);
        expect(hasOnlyEol(after, g.eol)).toBe(true);

        // (3) Still valid where the input was (and a `signatures:` left empty is fixed by signing).
        const validAfter = !(
          await validateFile(path, { cwd: dir, lang: 'en', asOf: AS_OF })
        ).diagnostics.some((d) => d.severity === 'error');
        if (validBefore || g.style === 'null') expect(validAfter).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('renew --start clears signatures and decisions, bumps the version, keeps every other byte', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(generatedArb, async (g) => {
        const path = join(dir, `start-${run++}.md`);
        // Every required signer signed: start needs a signed version.
        const signedAll = {
          ...g,
          style:
            g.style === 'absent' || g.style === 'null' || g.style === 'empty-flow'
              ? ('block' as const)
              : g.style,
          signed: g.entities.map((e) => ({
            entity: e.id,
            signatory: 'S',
            capacity: 'C',
            date: g.values.date,
          })),
        };
        const before = charterText(signedAll);
        writeFileSync(path, before);
        const oldData = frontMatter(before);
        const result = await startNextVersion(path, { cwd: dir, lang: 'en', asOf: AS_OF });
        const after = readFileSync(path, 'utf8');
        const expected: Record<string, unknown> = { ...oldData, version: 2, signatures: [] };
        if (g.decisions) expected.decisions = [];
        expect(frontMatter(after)).toEqual(expected);
        expect(result).toMatchObject({ id: 'generated-charter', version: 2 });
        expect(bodyOf(after)).toBe(bodyOf(before));
        expect(after.startsWith('\ufeff')).toBe(g.bom);
        expect(hasOnlyEol(after, g.eol)).toBe(true);
        // Every line of the result was a line of the input, but for the edited keys.
        const oldLines = new Set(before.split(g.eol));
        const newLines = after.split(g.eol).filter((l) => !oldLines.has(l));
        for (const line of newLines)
          expect(line).toMatch(/^(version: 2|decisions: \[\]|signatures: \[\].*)$/);
      }),
      { numRuns: 50 },
    );
  });
});
