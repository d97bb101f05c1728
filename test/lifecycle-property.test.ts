/**
 * Byte preservation of every new editing command (amend, its withdrawal, sign of an avenant,
 * decide, suspend, resume, terminate, commitment) over generated charters: LF/CRLF, BOM, comments, quoting styles,
 * sequence and mapping indentation, blank lines or none between keys, block or flow lists, keys
 * absent, empty or present. Each run checks that
 * (1) the data read back (js-yaml, independent of the code under test) is the old data plus
 *     exactly the intended change, and the body is unchanged;
 * (2) every line of the old file is still there, in order (only the empty-list token of a key the
 *     command fills, or the value the command replaces, may go), with the file's line ending and BOM;
 * (3) the result validates.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { openAmendment, withdrawAmendment } from '../src/lifecycle/amend.js';
import { setCommitmentStatus } from '../src/lifecycle/commitment.js';
import { recordDecision } from '../src/lifecycle/decide.js';
import { signCharter } from '../src/lifecycle/sign.js';
import { resumeCharter, suspendCharter, terminateCharter } from '../src/lifecycle/standing.js';
import { validateFile } from '../src/validate/index.js';
import { commitAll, initRepo } from './helpers/git.js';
import { tempDir } from './helpers/tmp.js';

const AS_OF = '2030-01-01';
const RUNS = 60;

const TRICKY = [
  'yes',
  'No',
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
  'Délibération n° 2024-14/CR-KSD',
  '[x]',
  '{y}',
  '&anchor',
  '*alias',
  '!tag',
  '%pct',
  '|pipe',
  '> fold',
  '---',
  'Ouagadougou, Burkina Faso',
];
const CHARS = [...'abcXYZéÉèçàœÔ "\'#:-,[]{}&*!|>%@`?~0123456789/\\'];
const textArb = fc
  .oneof(
    fc.constantFrom(...TRICKY),
    fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 20 }),
  )
  .filter((s) => /\S/.test(s) && s.trim() === s);

type Quote = 'plain' | 'single' | 'double';
type ListStyle = 'absent' | 'empty-flow' | 'block';

interface Layout {
  eol: '\n' | '\r\n';
  bom: boolean;
  dash: number;
  mapIndent: number;
  blankLines: boolean;
  comments: boolean;
  quote: Quote;
  amendments: ListStyle;
  suspended: 'absent' | 'resumed' | 'current';
  commitmentComment: boolean;
  commitmentStatus: boolean;
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
  bom: fc.boolean(),
  dash: fc.integer({ min: 0, max: 3 }),
  mapIndent: fc.constantFrom(2, 4),
  blankLines: fc.boolean(),
  comments: fc.boolean(),
  quote: fc.constantFrom<Quote>('plain', 'single', 'double'),
  amendments: fc.constantFrom<ListStyle>('absent', 'empty-flow', 'block'),
  suspended: fc.constantFrom<'absent' | 'resumed' | 'current'>('absent', 'resumed', 'current'),
  commitmentComment: fc.boolean(),
  commitmentStatus: fc.boolean(),
});

function q(value: string, quote: Quote): string {
  if (quote === 'single') return `'${value}'`;
  if (quote === 'double') return `"${value}"`;
  return value;
}

/** A charter signed by north and south in 2024, in the generated layout. */
function charterText(l: Layout): string {
  const item = (lines: string[]) => {
    const dash = `${' '.repeat(l.dash)}- `;
    const inner = ' '.repeat(l.dash + 2);
    return lines.map((line, i) => (i === 0 ? dash : inner) + line);
  };
  const map = (lines: string[]) => lines.map((line) => ' '.repeat(l.mapIndent) + line);
  const blank = l.blankLines ? [''] : [];
  const comment = (text: string) => (l.comments ? [`# ${text}`] : []);
  const amendments: string[] =
    l.amendments === 'absent'
      ? []
      : l.amendments === 'empty-flow'
        ? ['amendments: []', ...blank]
        : [
            'amendments:',
            ...item([
              'number: 1',
              `purpose: ${q('Premier avenant', l.quote)}`,
              'opened_on: 2025-01-10',
              'signatures:',
            ]),
            ...['nord', 'sud'].flatMap((id, i) =>
              [`- entity: ${id}`, '  signatory: S', '  capacity: C', `  date: 2025-02-1${i}`].map(
                (line) => ' '.repeat(l.dash + 2) + line,
              ),
            ),
            ...blank,
          ];
  const suspended =
    l.suspended === 'absent'
      ? []
      : [
          'suspended:',
          ...map(['since: 2026-01-01', `reason: ${q('Saison des pluies', l.quote)}`]),
          ...(l.suspended === 'resumed' ? map(['resumed_on: 2026-03-01']) : []),
          ...blank,
        ];
  const lines = [
    '---',
    ...comment('A generated charter'),
    'charte: 1',
    `id: ${q('generated', l.quote)}`,
    `title: ${q('Charte générée', l.quote)}`,
    'kind: solidarity_charter',
    'language: fr',
    'version: 1',
    ...blank,
    ...comment('The entities'),
    'entities:',
    ...item(['id: nord', 'name: Nord', 'role: north', 'type: commune', 'country: FR']),
    ...item([
      'id: sud',
      `name: ${q('Commune du Sud', l.quote)}`,
      'role: south',
      'type: commune',
      'country: BF',
    ]),
    ...item(['id: assoc', 'name: Association', 'role: associate', 'type: association', 'country: FR']),
    ...blank,
    'referents:',
    ...item(['name: R1', 'entity: nord', 'function: Adjoint']),
    ...item(['{name: R2, entity: sud, function: Maire}']).map((line) => line),
    ...blank,
    'commitments:',
    ...item([
      'id: C1',
      `title: ${q('Forages', l.quote)}${l.commitmentComment ? '   # see the annex' : ''}`,
      'by: [nord, sud]',
      'pillars: [environment, economy, social]',
      ...(l.commitmentStatus ? ['status: planned', 'status_on: 2025-01-01'] : []),
    ]),
    ...(l.commitmentComment ? [`${' '.repeat(l.dash + 2)}# end of C1`] : []),
    ...item(['id: C2', 'title: Écoles', 'by: [sud]', 'pillars: [social]']),
    ...blank,
    'resources:',
    ...item(['entity: nord', 'type: human', 'description: Un chargé de mission']),
    ...blank,
    'sustainability:',
    ...map(['environment: Eau', 'economy: Karité', 'social: Écoles']),
    ...blank,
    'signatures:',
    ...item(['entity: nord', 'signatory: A', 'capacity: Maire', 'date: 2024-05-01']),
    ...item(['entity: sud', 'signatory: B', 'capacity: Maire', 'date: 2024-06-01']),
    ...blank,
    ...amendments,
    ...suspended,
    ...comment('Renewal'),
    'renewal:',
    ...map(['period_years: 5']),
    '---',
    '',
    '# Charte',
    '',
    'Texte libre : « rien ici » ne change.',
    '',
  ];
  return (l.bom ? '\ufeff' : '') + lines.join(l.eol);
}

function frontMatter(text: string): Record<string, unknown> {
  const clean = text.replace(/^\ufeff/, '');
  const end = clean.indexOf('\n---', 3);
  return jsYaml.load(clean.slice(3, end), { schema: jsYaml.CORE_SCHEMA }) as Record<string, unknown>;
}

function bodyOf(text: string): string {
  const clean = text.replace(/^\ufeff/, '');
  return clean.slice(clean.indexOf('\n---', 3) + 4);
}

/** The old lines that are missing from the new text, in order (a subsequence check). */
function droppedLines(before: string, after: string, eol: string): string[] {
  const newLines = after.split(eol);
  const dropped: string[] = [];
  let at = 0;
  for (const line of before.split(eol)) {
    const found = newLines.indexOf(line, at);
    if (found === -1) dropped.push(line);
    else at = found + 1;
  }
  return dropped;
}

function hasOnlyEol(text: string, eol: '\n' | '\r\n'): boolean {
  const lone = eol === '\r\n' ? /(?<!\r)\n/ : /\r\n/;
  return !lone.test(text);
}

type Data = Record<string, unknown> & {
  amendments?: Array<Record<string, unknown>> | null;
  entities: Array<Record<string, unknown>>;
  commitments: Array<Record<string, unknown>>;
  decisions?: unknown[];
  suspended?: Record<string, unknown>;
};

interface Case {
  name: string;
  applies(l: Layout): boolean;
  run(path: string, dir: string, text: string): Promise<unknown>;
  expected(old: Data): Data;
  /** Old lines the command may replace. */
  replaces?: RegExp;
}

const caseArb = fc.record({
  purpose: textArb,
  reason: textArb,
  note: textArb,
  reference: textArb,
  body: textArb,
});

function cases(v: {
  purpose: string;
  reason: string;
  note: string;
  reference: string;
  body: string;
}): Case[] {
  const base = { cwd: '', lang: 'en' as const, asOf: AS_OF };
  return [
    {
      name: 'amend --join an associate',
      applies: (l) => l.suspended !== 'current',
      run: (path, cwd) =>
        openAmendment(path, { ...base, cwd, purpose: v.purpose, join: ['assoc'], date: '2029-01-01' }),
      expected: (old) => ({
        ...old,
        entities: old.entities.map((e) => (e.id === 'assoc' ? { ...e, required_signer: true } : e)),
        amendments: [
          ...(old.amendments ?? []),
          {
            number: (old.amendments ?? []).length + 1,
            purpose: v.purpose,
            opened_on: '2029-01-01',
            joining: ['assoc'],
          },
        ],
      }),
      replaces: /^amendments:/,
    },
    {
      name: 'amend --join-entity',
      applies: (l) => l.suspended !== 'current',
      run: (path, cwd) =>
        openAmendment(path, {
          ...base,
          cwd,
          purpose: v.purpose,
          joinEntities: [
            {
              id: 'neuve',
              name: v.body,
              role: 'associate',
              type: 'ngo',
              country: 'SN',
              required_signer: true,
            },
          ],
          date: '2029-01-01',
        }),
      expected: (old) => ({
        ...old,
        entities: [
          ...old.entities,
          { id: 'neuve', name: v.body, role: 'associate', type: 'ngo', country: 'SN', required_signer: true },
        ],
        amendments: [
          ...(old.amendments ?? []),
          {
            number: (old.amendments ?? []).length + 1,
            purpose: v.purpose,
            opened_on: '2029-01-01',
            joining: ['neuve'],
          },
        ],
      }),
      replaces: /^amendments:/,
    },
    {
      name: 'amend --join-entity, then --withdraw in a repository: the entity goes',
      applies: (l) => l.suspended !== 'current',
      async run(path, _cwd, text) {
        // The text in force is read from git: the charter, signed, committed in a repository.
        const repo = tempDir();
        initRepo(repo);
        const file = join(repo, 'c.md');
        writeFileSync(file, text);
        commitAll(repo, 'v1', '2025-03-01');
        await openAmendment(file, {
          ...base,
          cwd: repo,
          purpose: v.purpose,
          joinEntities: [
            {
              id: 'neuve',
              name: v.body,
              role: 'associate',
              type: 'ngo',
              country: 'SN',
              required_signer: true,
            },
          ],
          date: '2029-01-01',
        });
        await withdrawAmendment(file, { ...base, cwd: repo, reason: v.reason, date: '2029-02-01' });
        writeFileSync(path, readFileSync(file));
      },
      expected: (old) => ({
        ...old,
        amendments: [
          ...(old.amendments ?? []),
          {
            number: (old.amendments ?? []).length + 1,
            purpose: v.purpose,
            opened_on: '2029-01-01',
            joining: ['neuve'],
            withdrawn: { date: '2029-02-01', reason: v.reason },
          },
        ],
      }),
      replaces: /^amendments:/,
    },
    {
      name: 'decide',
      applies: () => true,
      run: (path, cwd) =>
        recordDecision(path, {
          ...base,
          cwd,
          entity: 'sud',
          body: v.body,
          reference: v.reference,
          date: '2024-05-15',
        }),
      expected: (old) => ({
        ...old,
        decisions: [
          ...(old.decisions ?? []),
          { entity: 'sud', body: v.body, reference: v.reference, date: '2024-05-15' },
        ],
      }),
    },
    {
      name: 'suspend',
      applies: (l) => l.suspended !== 'current',
      run: (path, cwd) => suspendCharter(path, { ...base, cwd, date: '2029-03-01', reason: v.reason }),
      expected: (old) => ({ ...old, suspended: { since: '2029-03-01', reason: v.reason } }),
      replaces: /^(suspended:| +(since|reason|resumed_on):)/,
    },
    {
      name: 'resume',
      applies: (l) => l.suspended === 'current',
      run: (path, cwd) => resumeCharter(path, { ...base, cwd, date: '2029-03-01' }),
      expected: (old) => ({ ...old, suspended: { ...old.suspended, resumed_on: '2029-03-01' } }),
    },
    {
      name: 'terminate',
      applies: () => true,
      run: (path, cwd) =>
        terminateCharter(path, { ...base, cwd, date: '2029-04-01', reason: v.reason, decision: v.reference }),
      expected: (old) => ({
        ...old,
        terminated: { date: '2029-04-01', reason: v.reason, decision: v.reference },
      }),
    },
    {
      name: 'commitment',
      applies: () => true,
      run: (path, cwd) =>
        setCommitmentStatus(path, {
          ...base,
          cwd,
          commitment: 'C1',
          status: 'in_progress',
          note: v.note,
          date: '2029-05-01',
        }),
      expected: (old) => ({
        ...old,
        commitments: old.commitments.map((c) =>
          c.id === 'C1' ? { ...c, status: 'in_progress', status_on: '2029-05-01', status_note: v.note } : c,
        ),
      }),
      replaces: /^ +(status|status_on): /,
    },
    {
      name: 'amend --withdraw the open avenant (a joining associate)',
      applies: (l) => l.suspended !== 'current',
      async run(path, cwd) {
        await openAmendment(path, { ...base, cwd, purpose: v.purpose, join: ['assoc'], date: '2029-01-01' });
        return withdrawAmendment(path, {
          ...base,
          cwd,
          reason: v.reason,
          decision: v.reference,
          date: '2029-02-01',
        });
      },
      // Its joining associate is put back as it was: the key amend added goes.
      expected: (old) => ({
        ...old,
        amendments: [
          ...(old.amendments ?? []),
          {
            number: (old.amendments ?? []).length + 1,
            purpose: v.purpose,
            opened_on: '2029-01-01',
            joining: ['assoc'],
            withdrawn: { date: '2029-02-01', reason: v.reason, decision: v.reference },
          },
        ],
      }),
      replaces: /^amendments:/,
    },
    {
      name: 'sign the open avenant',
      applies: (l) => l.suspended !== 'current',
      async run(path, cwd) {
        await openAmendment(path, { ...base, cwd, purpose: v.purpose, date: '2029-01-01' });
        return signCharter(path, {
          ...base,
          cwd,
          entity: 'sud',
          signatory: v.body,
          capacity: v.reason,
          date: '2029-06-01',
          place: v.note,
        });
      },
      expected: (old) => ({
        ...old,
        amendments: [
          ...(old.amendments ?? []),
          {
            number: (old.amendments ?? []).length + 1,
            purpose: v.purpose,
            opened_on: '2029-01-01',
            signatures: [
              { entity: 'sud', signatory: v.body, capacity: v.reason, date: '2029-06-01', place: v.note },
            ],
          },
        ],
      }),
      replaces: /^amendments:/,
    },
  ];
}

describe('lifecycle commands: byte preservation over generated charters', () => {
  const dir = tempDir();
  const names = cases({ purpose: 'p', reason: 'r', note: 'n', reference: 'x', body: 'b' }).map((c) => c.name);

  for (const [index, name] of names.entries()) {
    it(`${name}: the intended change and nothing else`, async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(layoutArb, caseArb, async (layout, values) => {
          const command = cases(values)[index]!;
          fc.pre(command.applies(layout));
          const path = join(dir, `${index}-${run++}.md`);
          const before = charterText(layout);
          writeFileSync(path, before);
          const validBefore = await validateFile(path, { cwd: dir, lang: 'en', asOf: AS_OF });
          expect(validBefore.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          const old = frontMatter(before) as Data;

          await command.run(path, dir, before);
          const after = readFileSync(path, 'utf8');

          // (1) The data is the old data plus exactly the intended change; the body is unchanged.
          const expected = command.expected(old);
          expect(frontMatter(after)).toEqual(expected);
          expect(bodyOf(after)).toBe(bodyOf(before));
          // (2) Every old line is still there, in order, but for the ones the command replaces.
          const clean = (t: string) => t.replace(/^\ufeff/, '');
          const dropped = droppedLines(clean(before), clean(after), layout.eol);
          for (const line of dropped) expect(line).toMatch(command.replaces ?? /^$.^/);
          expect(after.startsWith('\ufeff')).toBe(layout.bom);
          expect(hasOnlyEol(after, layout.eol)).toBe(true);
          // (3) Still valid.
          const validAfter = await validateFile(path, { cwd: dir, lang: 'en', asOf: AS_OF });
          expect(validAfter.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    }, 120_000);
  }
});
