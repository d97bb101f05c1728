import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlobReader } from '../src/history/cat-file.js';
import { groupVersions, HistoryReader } from '../src/history/index.js';
import { fieldsSignedOn, lifecycleFields } from '../src/history/lifecycle-fields.js';
import { diffLines, splitLines, unifiedDiff } from '../src/history/line-diff.js';
import { type LogCommit, LogParser, logArgs } from '../src/history/log-stream.js';
import { blockValue, sameLifecycleBlocks, VersionStateReader } from '../src/history/version-state.js';
import { splitFrontMatter } from '../src/load/frontmatter.js';
import { parseYamlFast } from '../src/load/yaml.js';
import { charterText, NORTH, SOUTH, signedBy } from './fixtures/history/charter.js';
import { commitAll, git, gitEnv, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

/** The lifecycle state a full parse of the whole front matter gives (the reference). */
function referenceState(text: string) {
  const split = splitFrontMatter(text.replace(/^\uFEFF/, ''), 'en');
  if ('rule' in split) return { unreadable: true };
  const parsed = parseYamlFast(split.matter);
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object') return { unreadable: true };
  const fields = lifecycleFields(parsed.value as Record<string, unknown>);
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
  it('for generated charters (LF, CRLF, BOM, comments, quoting, tags)', () => {
    fc.assert(
      fc.property(charterVariant, (text) => {
        expect(readerState(new VersionStateReader(), text)).toEqual(referenceState(text));
      }),
      { numRuns: 100 },
    );
  });

  it('for a reader that has cached other versions already', () => {
    const reader = new VersionStateReader();
    fc.assert(
      fc.property(charterVariant, (text) => {
        expect(readerState(reader, text)).toEqual(referenceState(text));
      }),
      { numRuns: 100 },
    );
  });

  it('falls back to the full parse for layouts the cutter does not know', () => {
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
      expect(readerState(reader, text)).toEqual(referenceState(text));
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

  it('list blocks read without the YAML parser give what the parser gives', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.tuple(fc.constantFrom('entity', 'date', 'signatory', 'place'), scalar), {
            minLength: 1,
            maxLength: 4,
          }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        fc.constantFrom('', '  '),
        (items, indent) => {
          const lines = ['signatures:'];
          for (const fields of items) {
            fields.forEach(([key, value], i) => {
              lines.push(`${indent}${i === 0 ? '- ' : '  '}${key}: ${value}`);
            });
          }
          const block = `${lines.join('\n')}\n`;
          const reference = parseYamlFast(block);
          const fast = blockValue('signatures', Buffer.from(block, 'utf8').toString('latin1'));
          if (reference.ok) {
            const value = (reference.value as Record<string, unknown>).signatures;
            if (fast.ok) expect(fast.value).toEqual(value);
          } else expect(fast.ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('one-line blocks read without the YAML parser give what the parser gives', () => {
    fc.assert(
      fc.property(scalar, (value) => {
        const block = `title: ${value}\n`;
        const reference = parseYamlFast(block);
        const fast = blockValue('title', Buffer.from(block, 'utf8').toString('latin1'));
        if (reference.ok)
          expect(fast).toEqual({ ok: true, value: (reference.value as { title: unknown }).title });
        else expect(fast.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('sameLifecycleBlocks never hides a change of the lifecycle fields', () => {
    const matterOf = (text: string) => {
      const bytes = Buffer.from(text, 'utf8');
      return bytes.subarray(0, bytes.indexOf('\n---', 3) + 4);
    };
    fc.assert(
      fc.property(charterVariant, charterVariant, (a, b) => {
        if (sameLifecycleBlocks(matterOf(a), matterOf(b))) {
          const x = referenceState(a);
          const y = referenceState(b);
          expect(y.unreadable ? y : { ...y, fields: { ...y.fields, title: undefined } }).toEqual(
            x.unreadable ? x : { ...x, fields: { ...x.fields, title: undefined } },
          );
        }
      }),
      { numRuns: 150 },
    );
    // And it does see through changes outside the lifecycle blocks.
    const base = charterText({ id: 'x', signatures: signedBy('2024-01-01', '2024-01-02') });
    const raised = base.replace('amount: 8000', 'amount: 9000');
    expect(sameLifecycleBlocks(matterOf(base), matterOf(raised))).toBe(true);
    const resigned = base.replace('date: 2024-01-02', 'date: 2024-01-03');
    expect(sameLifecycleBlocks(matterOf(base), matterOf(resigned))).toBe(false);
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
