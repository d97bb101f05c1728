import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlobReader } from '../src/history/cat-file.js';
import { groupVersions, HistoryReader } from '../src/history/index.js';
import { fieldsSignedOn, LIFECYCLE_KEYS, lifecycleFields } from '../src/history/lifecycle-fields.js';
import { diffLines, splitLines, unifiedDiff } from '../src/history/line-diff.js';
import { type LogCommit, LogParser, logArgs } from '../src/history/log-stream.js';
import { VersionStateReader } from '../src/history/version-state.js';
import { loadCharterFile } from '../src/load/charter-file.js';
import { charterText, NORTH, SOUTH, signedBy } from './fixtures/history/charter.js';
import { commitAll, git, gitEnv, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

/** The lifecycle state of the loader's reading of a text (what `validate` reads): the reference. */
async function referenceState(text: string) {
  const file = await loadCharterFile('/ref.md', { cwd: '/', lang: 'en', bytes: Buffer.from(text, 'utf8') });
  if (file.fatal || file.data === undefined) return { unreadable: true };
  const fields = lifecycleFields(file.data);
  return { unreadable: false, fields, signedOn: fieldsSignedOn(fields) };
}

function readerState(reader: VersionStateReader, text: string) {
  const state = reader.ofBytes(Buffer.from(text, 'utf8'));
  return state.unreadable
    ? { unreadable: true }
    : { unreadable: false, fields: state.fields, signedOn: state.signedOn };
}

const date = fc
  .tuple(
    fc.integer({ min: 2000, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Charter texts with the lifecycle fields varied, then reformatted in ways YAML allows. */
const charterVariant = fc
  .record({
    version: fc.integer({ min: 1, max: 4 }),
    signatures: fc.subarray([NORTH.id, SOUTH.id, 'friends']),
    dates: fc.tuple(date, date, date),
    amount: fc.integer({ min: 0, max: 100000 }),
    title: fc.constantFrom('Charter', 'Charte « été »', 'A: colon', "L'union", 'x # not a comment'),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    comment: fc.boolean(),
    flowVersion: fc.boolean(),
    quotedId: fc.boolean(),
  })
  .map((v) => {
    let text = charterText({
      id: 'variant',
      title: v.title,
      version: v.version,
      signatures: v.signatures.map((entity, i) => ({ entity, date: v.dates[i]! })),
      resources: [{ entity: NORTH.id, type: 'financial', description: 'Grant', amount: v.amount }],
    });
    if (v.comment) text = text.replace('\nentities:\n', '\n# the entities\nentities: # two towns\n');
    if (v.flowVersion) text = text.replace(/\nversion: (\d+)\n/, '\nversion: !!int "$1"\n');
    if (v.quotedId) text = text.replace('\nid: variant\n', "\nid: 'variant'\n");
    if (v.crlf) text = text.replace(/\n/g, '\r\n');
    return v.bom ? `\uFEFF${text}` : text;
  });

describe('version states read cheaply equal a full parse', () => {
  it('for generated charters (LF, CRLF, BOM, comments, quoting, tags)', async () => {
    await fc.assert(
      fc.asyncProperty(charterVariant, async (text) => {
        expect(readerState(new VersionStateReader(), text)).toEqual(await referenceState(text));
      }),
      { numRuns: 100 },
    );
  });

  it('for a reader that has cached other versions already', async () => {
    const reader = new VersionStateReader();
    await fc.assert(
      fc.asyncProperty(charterVariant, async (text) => {
        expect(readerState(reader, text)).toEqual(await referenceState(text));
      }),
      { numRuns: 100 },
    );
  });

  it('reads odd layouts (flow mapping, aliases, fences, CRLF) as the loader does', async () => {
    const flow = '---\n{charte: 1, id: f, version: 2, entities: [], signatures: []}\n---\n';
    const aliased = `${charterText({ id: 'a', signatures: signedBy('2024-01-01', '2024-01-02') })}`.replace(
      'capacity: "Mayor"',
      'capacity: &cap "Mayor"',
    );
    const reader = new VersionStateReader();
    const odd = [
      '---js\ncharte: 1\n---\n',
      '--- yaml\ncharte: 1\nid: y\nversion: 1\nentities: []\n---\n',
      '---\ncharte: 1\nid: z\n--- trailing\n',
      '---\r\ncharte: 1\r\nid: z\r\nversion: 3\r\nentities: []\r\n---\r\n',
    ];
    for (const text of [flow, aliased, '---\nno: [closing\n', 'no front matter\n', ...odd]) {
      expect(readerState(reader, text)).toEqual(await referenceState(text));
    }
    expect(reader.parsedWhole).toBeGreaterThan(0);
  });

  const scalar = fc.oneof(
    fc.constantFrom(
      'null',
      'True',
      '~',
      '1e5',
      '0x1f',
      '012',
      '2024-02-29',
      'a: b',
      'a:b',
      'x #y',
      'x#y',
      "it's",
      '"quoted"',
      "'single'",
      '"esc\\"aped"',
      'Hélène Laurent',
      'Maire de Kassandé',
      '[a, b]',
      '{a: 1}',
      '- dash',
      '*alias',
      '&anchor v',
      '!tag v',
      '%pct',
      '@at',
      '`tick',
      '|',
      '>',
      'ends:',
      'a  b',
      '42',
      '-3',
    ),
    fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\n\r\t]/.test(s) && s.trim() === s),
  );

  it('signatures and titles with any scalar read as the loader reads them', async () => {
    await fc.assert(
      fc.asyncProperty(scalar, scalar, async (title, signatory) => {
        const text = charterText({ id: 'scalar', signatures: signedBy('2024-01-01', '2024-01-02') })
          .replace(/\ntitle: .*\n/, `\ntitle: ${title}\n`)
          .replace(/signatory: .*\n/, `signatory: ${signatory}\n`);
        expect(readerState(new VersionStateReader(), text)).toEqual(await referenceState(text));
      }),
      { numRuns: 150 },
    );
  });

  it('text in a quoted multi-line string that looks like `signatures:` is text (issue 13, item 4)', async () => {
    const unsigned = charterText({ id: 'quoted' });
    // A double-quoted title running over several lines, its continuation at column 0.
    const crafted = unsigned.replace(
      /\ntitle: .*\n/,
      '\ntitle: "Charter\nsignatures:\n  - entity: northfield\n    date: 2020-01-01\n  - entity: southvale\n    date: 2020-01-02\n"\n',
    );
    const reference = await referenceState(crafted);
    expect(reference).toMatchObject({ unreadable: false, signedOn: undefined });
    const state = new VersionStateReader().ofText(crafted);
    expect(state.unreadable).toBe(false);
    expect(state.signedOn).toBeUndefined();
    expect(state.fields!.signatures).toEqual([]);
    expect(state.fields!.title).toContain('signatures:');
  });

  it('a lone CR is refused, as by the loader: never signatures hidden nor invented', async () => {
    const signed = charterText({ id: 'cr', signatures: signedBy('2024-01-01', '2024-01-02') });
    // The signatures block with lone CR line breaks (old Mac line endings) inside an LF file.
    const start = signed.indexOf('\nsignatures:\n') + 1;
    const end = signed.indexOf('\n---\n', start);
    const crBlock = signed.slice(start, end).replace(/\n/g, '\r');
    const crafted = `${signed.slice(0, start)}${crBlock}${signed.slice(end)}`;
    const reference = await referenceState(crafted);
    const state = readerState(new VersionStateReader(), crafted);
    expect(state).toEqual(reference);
    // The loader refuses lone CR line endings (rule `line-endings`): the version is unreadable, not signed.
    expect(state).toMatchObject({ unreadable: true });
    expect(state.signedOn).toBeUndefined();
  });

  it('a version the loader refuses is refused with the loader’s diagnostic', () => {
    const state = new VersionStateReader().ofText('---\ncharte: 1\nid: [unclosed\n---\n');
    expect(state.unreadable).toBe(true);
    expect(state.problem).toMatch(/^3:\d+: /);
    const invalid = new VersionStateReader().ofBytes(
      Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]),
    );
    expect(invalid.unreadable).toBe(true);
    expect(invalid.problem).toContain('UTF-8');
  });

  it('caches by front matter text: a body edit costs no parse', () => {
    const reader = new VersionStateReader();
    const text = charterText({ id: 'cache' });
    const a = reader.ofText(text);
    const b = reader.ofText(`${text}\nOne more paragraph.\n`);
    expect(b).toBe(a);
    expect(reader.parsedWhole + reader.parsedByBlocks).toBe(1);
  });

  it('reads blocks alone only when that is the whole parse: a broken block anywhere refuses the version', async () => {
    const reader = new VersionStateReader();
    const signed = charterText({ id: 'blocks', signatures: signedBy('2024-01-01', '2024-01-02') });
    expect(reader.ofText(signed).signedOn).toBe('2024-01-02');
    expect(reader.parsedByBlocks).toBe(1);
    const variants = [
      // A block the lifecycle does not read, broken: the loader refuses the file.
      signed.replace('referents:\n', 'referents: [unclosed\n'),
      // Duplicate key, a tag, an alias, a directive-like line, a document end marker, a quoted key.
      signed.replace('\nkind: solidarity_charter\n', '\nkind: solidarity_charter\nkind: other\n'),
      signed.replace('\nlanguage: en\n', '\nlanguage: !!str en\n'),
      signed.replace('\nlanguage: en\n', '\nlanguage: &l en\nextensions: {lang: *l}\n'),
      signed.replace('\nlanguage: en\n', '\nlanguage: en\n...\n'),
      signed.replace('\nlanguage: en\n', '\n"language": en\n'),
      signed.replace('\nlanguage: en\n', '\n__proto__: {version: 9}\nlanguage: en\n'),
      // A plain scalar continued at column 0, and a block scalar.
      signed.replace('\nkind: solidarity_charter\n', '\nkind: solidarity\ncharter\n'),
      signed.replace('\nlanguage: en\n', '\nlanguage: |\n  en\n'),
    ];
    for (const text of variants) expect(readerState(reader, text)).toEqual(await referenceState(text));
  });
});

describe('block sequences read entry by entry equal the whole parse', () => {
  const signed = charterText({ id: 'entries', signatures: signedBy('2024-01-01', '2024-01-02') });
  // Lines that look like a new entry of the signatures block (`  - entity: …` at its indentation).
  const entryLike = '  - entity: intruder\n    date: 2020-01-01';
  const insideEntry = fc.constantFrom(
    // A double-quoted and a single-quoted string running over an entry-like line.
    `    capacity: "Mayor\n${entryLike}\n      "`,
    `    capacity: 'Mayor\n${entryLike}\n      '`,
    // Block scalars whose text holds entry-like lines (literal, folded, with indicators).
    `    capacity: |\n${entryLike}`,
    `    capacity: >-\n      Mayor\n${entryLike}`,
    `    capacity: |2\n${entryLike}`,
    // A flow sequence running over an entry-like line.
    '    capacity: [Mayor,\n  - x]',
    // A plain scalar, a comment, an entry-like comment, a less indented line, a tab.
    '    capacity: Mayor\n  of the town',
    '    # a comment\n  # - entity: not an entry',
    '  - entity: third\n    date: 2024-03-01',
    '  -\n',
    '  - [a, b]',
    ' - entity: odd',
    '  -\tentity: tabbed',
    '    capacity: Mayor # - entity: x',
    '',
  );
  it('whatever an entry holds, the state is the loader’s', async () => {
    const reader = new VersionStateReader();
    await fc.assert(
      fc.asyncProperty(insideEntry, fc.boolean(), fc.boolean(), async (extra, crlf, first) => {
        // The extra lines go inside the first or the last signature entry.
        const at = first
          ? // Before the second entry: at the end of the first one.
            signed.indexOf(
              '\n  - entity:',
              signed.indexOf('\n  - entity:', signed.indexOf('\nsignatures:') + 1) + 1,
            )
          : signed.indexOf('\n---\n', 4);
        let text = extra === '' ? signed : `${signed.slice(0, at)}\n${extra}${signed.slice(at)}`;
        if (crlf) text = text.replace(/\n/g, '\r\n');
        expect(readerState(reader, text)).toEqual(await referenceState(text));
        expect(readerState(new VersionStateReader(), text)).toEqual(await referenceState(text));
      }),
      { numRuns: 120 },
    );
  });

  // An avenant block (entries whose last key is a nested sequence), with odd lines at the end of
  // the first avenant or of its first signature.
  const amended = (extra: string, where: 'avenant' | 'signature'): string => {
    const signature = (entity: string, day: string) =>
      `      - entity: ${entity}\n        date: 2024-02-0${day}\n`;
    const first =
      `  - number: 1\n    purpose: "Avenant 1"\n    joining: [friends]\n    signatures:\n` +
      `${signature(NORTH.id, '1')}${where === 'signature' ? extra : ''}${signature(SOUTH.id, '2')}` +
      `${signature('friends', '3')}${where === 'avenant' ? extra : ''}`;
    const second = `  - number: 2\n    purpose: "Avenant 2"\n    signatures:\n${signature(NORTH.id, '4')}`;
    const base = charterText({ id: 'avenants', signatures: signedBy('2024-01-01', '2024-01-02') });
    const close = base.indexOf('\n---\n', 4);
    return `${base.slice(0, close)}\namendments:\n${first}${second}${base.slice(close + 1)}`;
  };
  const oddLine = fc.constantFrom(
    '',
    '    decisions: []\n',
    '    purpose: again\n',
    '        place: "Ici\n      - entity: intruder\n        "\n',
    '        place: |\n      - entity: intruder\n',
    '    __proto__: {number: 9}\n',
    '      # - entity: comment\n',
    '      - - nested\n',
    '     - entity: odd\n',
  );
  it('avenants read nested entry by nested entry equal the loader', async () => {
    const reader = new VersionStateReader();
    await fc.assert(
      fc.asyncProperty(
        oddLine,
        fc.constantFrom('avenant' as const, 'signature' as const),
        async (extra, where) => {
          const text = amended(extra, where);
          expect(readerState(reader, text)).toEqual(await referenceState(text));
          expect(readerState(new VersionStateReader(), text)).toEqual(await referenceState(text));
        },
      ),
      { numRuns: 60 },
    );
    const plain = new VersionStateReader();
    const state = plain.ofText(amended('', 'avenant'));
    expect(state.completedAmendments).toEqual([1]);
    expect(plain.parsedWhole).toBe(0);
  });

  it('a new signature costs one entry parse, and the state matches the loader', async () => {
    const reader = new VersionStateReader();
    const one = charterText({ id: 'grow', signatures: signedBy('2024-01-01', '2024-01-02').slice(0, 1) });
    const two = charterText({ id: 'grow', signatures: signedBy('2024-01-01', '2024-01-02') });
    expect(readerState(reader, one)).toEqual(await referenceState(one));
    expect(readerState(reader, two)).toEqual(await referenceState(two));
    expect(reader.ofText(two).signedOn).toBe('2024-01-02');
    expect(reader.parsedWhole).toBe(0);
  });

  it('a front matter edit outside the lifecycle keys reuses the state; one inside does not', async () => {
    const reader = new VersionStateReader();
    const text = charterText({ id: 'same', signatures: signedBy('2024-01-01', '2024-01-02') });
    const a = reader.ofText(text);
    const b = reader.ofText(text.replace('\nlanguage: en\n', '\nlanguage: fr\n'));
    expect(b).toBe(a);
    const c = reader.ofText(text.replace('date: 2024-01-02', 'date: 2024-01-03'));
    expect(c).not.toBe(a);
    expect(c.signedOn).toBe('2024-01-03');
    expect(readerState(reader, text.replace('\nversion: ', '\nversion: -0\nold: ')).unreadable).toBe(
      (await referenceState(text.replace('\nversion: ', '\nversion: -0\nold: '))).unreadable,
    );
  });

  it('lifecycleFields reads no top-level key outside LIFECYCLE_KEYS', () => {
    const read = new Set<string>();
    const text = charterText({ id: 'keys', signatures: signedBy('2024-01-01', '2024-01-02') });
    const data = new VersionStateReader().frontMatterData(Buffer.from(text, 'utf8'))!;
    expect(data).toBeDefined();
    const spy = new Proxy(data, {
      get(target, key, receiver) {
        if (typeof key === 'string') read.add(key);
        return Reflect.get(target, key, receiver);
      },
      has(target, key) {
        if (typeof key === 'string') read.add(key);
        return Reflect.has(target, key);
      },
    });
    lifecycleFields(spy);
    for (const key of read) expect(LIFECYCLE_KEYS).toContain(key);
  });
});

describe('a file read version after version equals the loader at every version', () => {
  // The reader compares each version with the one read before it and reads again only the
  // lines between their common beginning and common end: random line edits, one after another,
  // must give the loader's answer at every step (the reader keeps its chain between texts).
  const signed = charterText({ id: 'chain', signatures: signedBy('2024-01-01', '2024-01-02') });
  const oddLine = fc.constantFrom(
    'kind: other',
    'version: 2',
    'version: 3',
    'extra: value',
    '  indented: line',
    '  - entity: intruder',
    '    date: 2020-01-01',
    '- item',
    '# a comment',
    '  # an indented comment',
    '\tkey: tabbed',
    '',
    'title: "runs on',
    '  and ends"',
    'signatures:',
    'signatures: []',
    '"quoted": key',
    '...',
    '---',
    'x:y',
    '__proto__: {version: 9}',
    'capacity: |',
    'lone\rcr: here',
    '  - entity: southvale',
    '    signatory: "Mayor"',
  );
  const edit = fc.record({
    kind: fc.constantFrom('insert', 'delete', 'replace', 'char', 'char', 'undo'),
    at: fc.nat(),
    line: oddLine,
    // One character of a line changed: `column` and the character put there.
    column: fc.nat(),
    char: fc.constantFrom('a', 'x', ' ', ':', '-', '#', '"', "'", '\t', '\r', '[', 'é', ''),
  });
  it('after any sequence of line edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), fc.boolean(), async (edits, crlf) => {
        const reader = new VersionStateReader();
        const close = signed.indexOf('\n---\n', 4);
        const head = signed.slice(0, 4);
        const tail = signed.slice(close);
        let lines = signed
          .slice(4, close + 1)
          .split('\n')
          .slice(0, -1);
        const original = lines;
        const check = async () => {
          let text = `${head}${lines.join('\n')}${tail}`;
          if (crlf) text = text.replace(/\n/g, '\r\n');
          expect(readerState(reader, text)).toEqual(await referenceState(text));
        };
        await check();
        for (const { kind, at, line, column, char } of edits) {
          const i = at % (lines.length + 1);
          if (kind === 'char' && i < lines.length) {
            const target = lines[i]!;
            const c = column % (target.length + 1);
            lines = lines.map((l, k) => (k === i ? `${target.slice(0, c)}${char}${target.slice(c + 1)}` : l));
          } else if (kind === 'insert') lines = [...lines.slice(0, i), line, ...lines.slice(i)];
          else if (kind === 'delete' && lines.length > 1) lines = lines.filter((_, k) => k !== i);
          else if (kind === 'replace' && i < lines.length) lines = lines.map((l, k) => (k === i ? line : l));
          else lines = original;
          await check();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('text before the first key is refused as by the loader, not skipped', async () => {
    for (const text of [
      '---\n  x: 1\ncharte: 1\nid: a\nversion: 1\n---\n',
      '---\n  - a\ncharte: 1\nid: a\n---\n',
      '---\n\tx\ncharte: 1\nid: a\n---\n',
      '---\n# only a comment\n  # and another\ncharte: 1\nid: a\n---\n',
    ]) {
      expect(readerState(new VersionStateReader(), text)).toEqual(await referenceState(text));
    }
  });

  it('versions of several files read through their own chains, interleaved, equal the loader', async () => {
    const reader = new VersionStateReader();
    const a = reader.chain('/a.md');
    const b = reader.chain('/b.md');
    const one = charterText({ id: 'one', signatures: signedBy('2024-01-01', '2024-01-02') });
    const two = charterText({ id: 'two' });
    const steps: Array<[typeof a, string]> = [
      [a, one],
      [b, two],
      [a, one.replace('amount: 8000', 'amount: 9000')],
      [b, two.replace('\nversion: 1\n', '\nversion: 2\n')],
      [a, one.replace('date: 2024-01-02', 'date: 2024-01-05')],
      [b, two.replace('\nkind: solidarity_charter\n', '\nkind: solidarity_charter\nkind: again\n')],
      [a, one],
    ];
    for (const [chain, text] of steps) {
      const state = reader.ofBytes(Buffer.from(text, 'utf8'), chain);
      const reference = await referenceState(text);
      expect(
        state.unreadable
          ? { unreadable: true }
          : { unreadable: false, fields: state.fields, signedOn: state.signedOn },
      ).toEqual(reference);
    }
  });
});

describe('the log pass', () => {
  it('parses git log output split anywhere, with odd paths, renames and merges', () => {
    const dir = tempDir();
    initRepo(dir);
    const odd = ['with space.md', 'ünïcode é.md', '-dash.md', 'a\ttab.md'];
    writeTree(dir, Object.fromEntries(odd.map((p) => [p, `# ${p}\n`])));
    commitAll(dir, 'odd names', '2024-01-01');
    git(dir, ['checkout', '-q', '-b', 'side']);
    writeTree(dir, { 'side.md': '# side\n' });
    commitAll(dir, 'side branch', '2024-01-02');
    git(dir, ['checkout', '-q', 'main']);
    git(dir, ['mv', '--', '-dash.md', 'renamed -dash.md']);
    commitAll(dir, 'rename: subject with : and é', '2024-01-03');
    git(dir, ['merge', '-q', '--no-edit', 'side'], '2024-01-04');
    const raw = execFileSync('git', logArgs([]), { cwd: dir, env: gitEnv() });
    const whole: LogCommit[] = [];
    const parser = new LogParser((c) => whole.push(c));
    parser.push(raw);
    parser.end();
    expect(whole.map((c) => c.subject)).toEqual([
      "Merge branch 'side'",
      'side branch',
      'rename: subject with : and é',
      'odd names',
    ]);
    expect(whole[0]!.changes).toEqual([]);
    expect(whole[2]!.changes).toEqual([
      expect.objectContaining({ status: 'R', fromPath: '-dash.md', path: 'renamed -dash.md' }),
    ]);
    expect(whole[3]!.changes.map((c) => c.path).sort()).toEqual([...odd].sort());
    expect(whole[3]!.authorDate).toBe('2024-01-01T12:00:00+00:00');
    for (const size of [1, 2, 7, 64]) {
      const pieces: LogCommit[] = [];
      const chunked = new LogParser((c) => pieces.push(c));
      for (let i = 0; i < raw.length; i += size) chunked.push(raw.subarray(i, i + size));
      chunked.end();
      expect(pieces).toEqual(whole);
    }
  });

  it('refuses a raw change line it cannot read, saying what it read', () => {
    const header = ['a'.repeat(40), 'Nom', 'nom@example.org', '2024-01-01T12:00:00+00:00', 'sujet'];
    const parse = (entry: string) => {
      const parser = new LogParser(() => {});
      parser.push(Buffer.from(`${header.join('\0')}\0\n${entry}\0charte.md\0`, 'utf8'));
      parser.end();
    };
    const blob = 'b'.repeat(40);
    expect(() => parse(`:100644 100644 ${blob} ${blob} M`)).not.toThrow();
    // A short blob name, a missing status, a missing field.
    for (const bad of [
      `:100644 100644 ${blob} abc M`,
      `:100644 100644 ${blob} ${blob} `,
      `:100644 ${blob} M`,
    ]) {
      expect(() => parse(bad)).toThrow(/unexpected git log output: ":100644/);
    }
  });

  it('reads many blobs through one cat-file process, in both protocols', async () => {
    const dir = tempDir();
    initRepo(dir);
    const files = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`f${i}.md`, `content ${i}\n`.repeat(i)]),
    );
    // Objects larger than a pipe chunk, so that chunk boundaries cut headers and contents.
    for (let i = 0; i < 6; i++) files[`big${i}.md`] = `${'x'.repeat(70_000 + i * 13_337)}\n`;
    files['huge.md'] = 'y'.repeat(300_000);
    writeTree(dir, files);
    const commit = commitAll(dir, 'files', '2024-01-01');
    for (const mode of ['command', 'plain'] as const) {
      const reader = new BlobReader(dir, { mode });
      const names = Object.keys(files);
      const contents = await Promise.all(names.map((n) => reader.read(`${commit}:${n}`)));
      expect(contents.map((c) => c?.toString('utf8'))).toEqual(names.map((n) => files[n]));
      expect(await reader.read(`${commit}:missing.md`)).toBeUndefined();
      expect(await reader.read('0'.repeat(40))).toBeUndefined();
      expect(await reader.read(`${commit}`)).toBeUndefined();
      expect(await reader.read('bad\nname')).toBeUndefined();
      await reader.close();
    }
  });

  it('follows a charter through renames and tells versions apart', async () => {
    const dir = tempDir();
    initRepo(dir);
    writeTree(dir, { 'old/a.md': charterText({ id: 'a' }) });
    commitAll(dir, 'draft', '2020-01-01');
    writeTree(dir, {
      'old/a.md': charterText({ id: 'a', signatures: signedBy('2020-02-01', '2020-02-02') }),
    });
    const signed = commitAll(dir, 'signed', '2020-02-03');
    git(dir, ['mv', 'old', 'new']);
    commitAll(dir, 'move the folder', '2021-01-01');
    writeTree(dir, { 'new/a.md': charterText({ id: 'a', version: 2 }) });
    commitAll(dir, 'start v2', '2025-01-01');
    const reader = await HistoryReader.read([{ path: `${dir}/new/a.md` }], { cwd: dir, lang: 'en' });
    await reader.close();
    const history = reader.histories.get(`${dir}/new/a.md`)!;
    expect(history.touches.map((t) => [t.path, t.kind])).toEqual([
      ['old/a.md', 'added'],
      ['old/a.md', 'modified'],
      ['new/a.md', 'renamed'],
      ['new/a.md', 'modified'],
    ]);
    expect(history.versions.map((v) => [v.version, v.signing?.commit.sha, v.signedOn])).toEqual([
      [1, signed, '2020-02-02'],
      [2, undefined, undefined],
    ]);
    expect(groupVersions(history.touches)).toEqual(
      history.versions.map((v) => ({ ...v, tag: undefined })).map(({ tag, ...rest }) => rest),
    );
    expect(reader.stats).toMatchObject({ commits: 4, blobs: 4 });
  });
});

describe('line diff', () => {
  const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 30 });

  it('the edit script rebuilds both texts, and the unified diff applies', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const edits = diffLines(a, b);
        expect(edits.filter((e) => e.op !== 'insert').map((e) => e.line)).toEqual(a);
        expect(edits.filter((e) => e.op !== 'delete').map((e) => e.line)).toEqual(b);
        const oldText = a.map((l) => `${l}\n`).join('');
        const newText = b.map((l) => `${l}\n`).join('');
        expect(applyUnified(oldText, unifiedDiff('a', 'b', oldText, newText))).toBe(newText);
      }),
      { numRuns: 150 },
    );
  });

  it('prints hunks as git does', () => {
    const before = `${Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n')}\n`;
    const after = before.replace('line 2\n', 'line two\n').replace('line 11\n', 'line 11\nline 11b\n');
    expect(unifiedDiff('a/x.md', 'b/x.md', before, after)).toBe(
      [
        '--- a/x.md',
        '+++ b/x.md',
        '@@ -1,5 +1,5 @@',
        ' line 1',
        '-line 2',
        '+line two',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -9,4 +9,5 @@',
        ' line 9',
        ' line 10',
        ' line 11',
        '+line 11b',
        ' line 12',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff('a', 'b', 'same\r\n', 'same\n')).toBe('');
  });
});

/** Applies a unified diff produced by unifiedDiff (test oracle). */
function applyUnified(oldText: string, patch: string): string {
  if (patch === '') return oldText;
  const old = splitLines(oldText);
  const out: string[] = [];
  let position = 0;
  const patchLines = patch.split('\n').slice(2, -1);
  for (const line of patchLines) {
    const hunk = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(line);
    if (hunk) {
      const start = Number(hunk[1]) - (hunk[2] === '0' ? 0 : 1);
      while (position < start) out.push(old[position++]!);
      continue;
    }
    if (line.startsWith(' ')) {
      out.push(old[position++]!);
    } else if (line.startsWith('-')) position++;
    else if (line.startsWith('+')) out.push(line.slice(1));
  }
  while (position < old.length) out.push(old[position++]!);
  return out.map((l) => `${l}\n`).join('');
}
