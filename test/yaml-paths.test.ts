/**
 * The fast and the positioned YAML paths agree: for any data written as YAML (block or flow
 * style, any strings), and for every unquoted scalar of the YAML 1.2 core and YAML 1.1 shapes
 * (numbers in every base and sign, underscores, sexagesimal, infinities, null and boolean words,
 * dates and timestamps), js-yaml 4 and the `yaml` package read the same value; whatever the
 * program writes (an edit's entry, a template's value) reads back as the same string on both
 * paths and in YAML 1.1; and the positioned document finds each value where it was written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { blockMapLines, flowMap, scalarText } from '../src/edit/scalar.js';
import { flowDepthExceeded, PositionedYaml, parseYamlFast } from '../src/load/yaml.js';
import { mustQuote } from '../src/load/yaml-quote.js';
import { yamlValue } from '../src/render/yaml-value.js';
import { runCli } from './helpers/cli.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const digits = (alphabet: string, max = 6) =>
  fc.array(fc.constantFrom(...alphabet.split('')), { minLength: 1, maxLength: max }).map((d) => d.join(''));
const withUnderscores = (alphabet: string) =>
  fc
    .array(fc.oneof(digits(alphabet, 3), fc.constant('_')), { minLength: 1, maxLength: 4 })
    .map((d) => d.join(''));
const sign = fc.constantFrom('', '+', '-');
const anyCase = (word: string) =>
  fc.constantFrom(
    word,
    word.toUpperCase(),
    word[0]!.toUpperCase() + word.slice(1),
    word.slice(0, -1) + word.slice(-1).toUpperCase(),
  );

/** Unquoted scalars of every YAML 1.2 core and YAML 1.1 shape, valid or nearly so. */
const shapedScalar = fc.oneof(
  fc.tuple(sign, digits('0123456789')).map(([s, d]) => s + d),
  fc.tuple(sign, withUnderscores('0123456789')).map(([s, d]) => s + d),
  fc.tuple(sign, fc.constantFrom('0b', '0B'), withUnderscores('01')).map(([s, p, d]) => s + p + d),
  fc.tuple(sign, fc.constantFrom('0o', '0O', '0'), withUnderscores('01234567')).map(([s, p, d]) => s + p + d),
  fc
    .tuple(sign, fc.constantFrom('0x', '0X'), withUnderscores('0123456789abcdefABCDEF'))
    .map(([s, p, d]) => s + p + d),
  fc
    .tuple(
      sign,
      digits('0123456789', 3),
      fc.constantFrom('.', ''),
      digits('0123456789', 3),
      fc.constantFrom('', 'e', 'E', 'e-', 'e+'),
      digits('0123456789', 2),
    )
    .map(([s, a, dot, b, e, x]) => s + a + dot + b + (e ? e + x : '')),
  fc.tuple(sign, digits('0123456789', 3)).map(([s, d]) => `${s}.${d}`),
  fc.tuple(sign, digits('0123456789', 3)).map(([s, d]) => `${s}${d}.`),
  fc
    .tuple(sign, digits('0123456789', 2), digits('012345', 1), digits('0123456789', 1))
    .map(([s, a, b, c]) => `${s}${a}:${b}${c}`),
  fc
    .tuple(sign, fc.constantFrom('.inf', '.Inf', '.INF', '.nan', '.NaN', '.NAN', '.iNf'))
    .map(([s, w]) => s + w),
  fc.constantFrom('~', 'null', 'Null', 'NULL', 'nUll', '=', '<<'),
  fc.constantFrom('true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n').chain(anyCase),
  fc.constantFrom(
    '2025-06-14',
    '2025-6-4',
    '2001-12-14t21:59:43.10-05:00',
    '2001-12-14 21:59:43.10 -5',
    '2002-12-14',
    '2023-02-29',
  ),
);

const key = fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/);
const scalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    'yes',
    'no',
    'on',
    'off',
    '2025-06-14',
    '0o17',
    '1e3',
    '~',
    'null',
    'true',
    '# x',
    '- y',
    ': z',
    '---',
  ),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
})).map;

describe('YAML paths', () => {
  it('fast and positioned parses read the same data', () => {
    fc.assert(
      fc.property(value, fc.boolean(), (data, flow) => {
        const text = stringify(data, { collectionStyle: flow ? 'flow' : 'block', lineWidth: 0 });
        const fast = parseYamlFast(text);
        const slow = new PositionedYaml(text, 0, 'en').toValue('en');
        expect(slow.ok).toBe(true);
        // The fast path may decline (e.g. a quoted " *" looks like an alias to its cheap test);
        // when it answers, it answers the same.
        if (fast.ok && slow.ok) expect(fast.value).toEqual(slow.value);
      }),
      { numRuns: 150 },
    );
  });

  it('every unquoted YAML 1.2 core and 1.1 scalar means the same on both paths', () => {
    fc.assert(
      fc.property(shapedScalar, fc.boolean(), (text, flow) => {
        const doc = flow ? `k: [${text}]\n` : `k: ${text}\n`;
        const fast = parseYamlFast(doc);
        const slow = new PositionedYaml(doc, 0, 'en').toValue('en');
        expect(fast.ok, doc).toBe(slow.ok);
        if (fast.ok && slow.ok) expect(fast.value, doc).toEqual(slow.value);
      }),
      { numRuns: 2000 },
    );
  });

  it('the issue’s cases: 0b101, -0b1, +0x1F are text and +.5 a number on both paths', () => {
    const text =
      'a: 0b101\nb: -0b1\nc: +0x1F\nd: +.5\ne: 0o17\nf: 1_000\ng: .inf\nh: ~\ni: 1e3\nj: 0x1F\nk: -0\n';
    const expected = {
      a: '0b101',
      b: '-0b1',
      c: '+0x1F',
      d: 0.5,
      e: 15,
      f: '1_000',
      g: Infinity,
      h: null,
      i: 1000,
      j: 31,
      k: -0,
    };
    expect(parseYamlFast(text)).toEqual({ ok: true, value: expected });
    expect(new PositionedYaml(text, 0, 'en').toValue('en')).toEqual({ ok: true, value: expected });
  });

  it('what the program writes reads back as the same string, on both paths and in YAML 1.1', () => {
    const reads = (line: string, value: string) => {
      const fast = parseYamlFast(line);
      const slow = new PositionedYaml(line, 0, 'en').toValue('en');
      // The fast path may decline (`{ ok: false }`: something that looks like an alias, such as
      // ` *` inside quotes, sends the file to the positions path); the loader's answer is then
      // the positions path's. Either way it must be the string written.
      expect(fast.ok ? fast : slow, line).toEqual({ ok: true, value: { k: value } });
      expect(slow, line).toEqual({ ok: true, value: { k: value } });
      const yaml11 = parse(line, { version: '1.1' }) as { k: unknown };
      // A calendar date is text in YAML 1.2, the only version charters are read in.
      if (!(yaml11.k instanceof Date)) expect(yaml11.k, line).toBe(value);
    };
    const oneLine = fc.oneof(
      shapedScalar,
      fc.string({ maxLength: 20 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    );
    fc.assert(
      fc.property(oneLine, (value) => {
        // Templates write anything; edits write one-line values without control characters.
        reads(`k: ${yamlValue(value)}\n`, value);
        if (!/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value)) {
          reads(`k: ${scalarText(value)}\n`, value);
          reads(`${blockMapLines({ k: value }).join('\n')}\n`, value);
          const flow = flowMap({ k: value }, false);
          const flowFast = parseYamlFast(`m: ${flow}\n`);
          const flowRead = flowFast.ok ? flowFast : new PositionedYaml(`m: ${flow}\n`, 0, 'en').toValue('en');
          expect(flowRead, flow).toEqual({ ok: true, value: { m: { k: value } } });
          // One rule: a value both writers leave plain is one the rule lets stay plain.
          if (scalarText(value) === value) expect(mustQuote(value), value).toBe(false);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('sign --place 0b101 writes a place both paths read as text', async () => {
    const charter = (await import('node:fs')).readFileSync(
      new URL('../examples/saint-aubin-akwadum.md', import.meta.url),
      'utf8',
    );
    const dir = writeTree(tempDir(), { 'c.md': charter });
    const args = ['sign', 'c.md', '--entity', 'akwadum', '--signatory', 'K B', '--capacity', 'Chief'];
    const result = await runCli(
      [...args, '--date', '2026-06-20', '--place', '0b101', '--as-of', '2026-07-01'],
      {
        cwd: dir,
      },
    );
    expect(result.stderr).not.toContain('disagree');
    expect(result.code).toBe(0);
    const written = (await import('node:fs')).readFileSync(`${dir}/c.md`, 'utf8');
    expect(written).toContain('place: "0b101"');
    const validate = await runCli(['validate', 'c.md', '--as-of', '2026-07-01', '--format', 'json'], {
      cwd: dir,
    });
    expect(JSON.parse(validate.stdout).errors).toBe(0);
  });

  it('YAML 1.1 spellings stay strings: yes, no, on, off, dates, octal', () => {
    const fast = parseYamlFast('a: yes\nb: no\nc: 2025-06-14\nd: 012\ne: 0o12\n');
    expect(fast).toEqual({ ok: true, value: { a: 'yes', b: 'no', c: '2025-06-14', d: 12, e: 10 } });
  });

  it('sends aliases, directives and deep flow nesting to the positioned path', () => {
    expect(parseYamlFast('a: &x [1]\nb: *x\n').ok).toBe(false);
    expect(parseYamlFast('%YAML 1.1\na: 1\n').ok).toBe(false);
    expect(parseYamlFast(`a: ${'['.repeat(70)}${']'.repeat(70)}\n`).ok).toBe(false);
    expect(flowDepthExceeded(`a: "${'['.repeat(70)}"\n`)).toBeUndefined();
  });

  it('locates values, keys, and the mapping of a missing key', () => {
    const text = 'charte: 1\nentities:\n  - id: a\n    country: bf\n';
    const doc = new PositionedYaml(text, 0, 'en');
    expect(doc.locate('/entities/0/country')).toBe(text.indexOf('bf'));
    expect(doc.locate('/entities/0/country', { key: true })).toBe(text.indexOf('country'));
    expect(doc.locate('/entities/0/name')).toBe(text.indexOf('id: a'));
    expect(doc.locate('/title')).toBe(0);
  });
});
