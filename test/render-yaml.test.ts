import fc from 'fast-check';
import { CORE_SCHEMA, load as loadJsYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { YamlValueError, yamlValue } from '../src/render/yaml-value.js';

/** Both parsers the loader uses: the fast path (js-yaml, core schema) and the `yaml` package. */
function readBoth(text: string): [unknown, unknown] {
  return [loadJsYaml(text, { schema: CORE_SCHEMA }), parse(text, { version: '1.2', schema: 'core' })];
}

/** A front matter fragment as a template writes it: values after keys at three depths. */
function fragment(value: unknown): string {
  return [
    `top: ${yamlValue(value)}`,
    `top_block: ${yamlValue(value, 0)}`,
    'list:',
    `  - name: ${yamlValue(value)}`,
    `    description: ${yamlValue(value, 4)}`,
    'nested:',
    `  text: ${yamlValue(value, 2)}`,
    '',
  ].join('\n');
}

const expected = (value: unknown) => ({
  top: value,
  top_block: value,
  list: [{ name: value, description: value }],
  nested: { text: value },
});

const tricky = [
  'yes',
  'no',
  'on',
  'off',
  'true',
  'null',
  '~',
  '',
  ' ',
  '123',
  '007',
  '1e3',
  '0x1F',
  '.inf',
  '1:20',
  '2024-02-30',
  '2025-06-14',
  '---',
  '...',
  '--- x',
  'a: b',
  'a:b',
  '#comment',
  'a #b',
  '- item',
  '? key',
  '[a, b]',
  '{a: 1}',
  '"quoted"',
  "'single'",
  ' leading space',
  'trailing space ',
  'line one\nline two',
  'line one\n\n  indented second paragraph',
  '\n leading newline',
  'trailing newline\n',
  '\t tab',
  'Ouédraogo – Kassandé « Jumelage » œuvre',
  '&anchor',
  '*alias',
  '!tag',
  '%directive',
  '@at',
  '`backtick',
  '|',
  '>',
  'a\u0000b\u0007c',
  '\u2028\u2029\u0085',
  '\ufeffbom',
  'non-printable \ufffe \uffff',
  'x'.repeat(300),
  `${'mot '.repeat(60)}\n${'word '.repeat(40)}`,
];

describe('yamlValue', () => {
  it.each(tricky.map((s) => [JSON.stringify(s).slice(0, 40), s]))('round-trips %s', (_name, value) => {
    const text = fragment(value);
    for (const read of readBoth(text)) expect(read).toEqual(expected(value));
  });

  it('round-trips any string through both parsers (property)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(...tricky),
      fc.constantFrom(
        ': ',
        ' #',
        '\n',
        '\n\n',
        '---',
        '"',
        "'",
        '\\',
        ' ',
        '\t',
        'é',
        '« »',
        '- ',
        '? ',
        '|',
        '>',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const value = pieces.join('');
        const text = fragment(value);
        const [fast, slow] = readBoth(text);
        expect(fast).toEqual(expected(value));
        expect(slow).toEqual(expected(value));
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips numbers, booleans, null, and flow collections of them', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.boolean(),
          fc.constant(null),
          fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), { maxLength: 5 }),
          fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 10 }), {
            maxKeys: 4,
          }),
        ),
        (value) => {
          const text = `v: ${yamlValue(value)}\n`;
          expect(text.split('\n')).toHaveLength(2);
          for (const read of readBoth(text)) expect(read).toEqual({ v: Object.is(value, -0) ? 0 : value });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps the project style: plain text and dates unquoted, digits as text quoted, YAML 1.1 booleans quoted', () => {
    expect(yamlValue('Commune rurale de Kassandé')).toBe('Commune rurale de Kassandé');
    expect(yamlValue('2027-06-30')).toBe('2027-06-30');
    expect(yamlValue('19')).toBe('"19"');
    expect(yamlValue(['19', '95'])).toBe('["19", "95"]');
    expect(yamlValue(['villeneuve', 'kassande'])).toBe('[villeneuve, kassande]');
    expect(yamlValue('yes')).toBe('"yes"');
    expect(yamlValue('on')).toBe('"on"');
    expect(yamlValue('1:20')).toBe('"1:20"');
  });

  it('writes long prose as a folded block under its key, on one line without an indent', () => {
    const prose =
      'Les forages sont équipés de pompes solaires ; chaque chantier prévoit la plantation d’arbres et la protection des points d’eau.';
    const block = yamlValue(prose, 2);
    expect(block.startsWith('>-\n    ')).toBe(true);
    expect(block.split('\n').every((line, i) => i === 0 || line === '' || line.startsWith('    '))).toBe(
      true,
    );
    expect(yamlValue(prose)).not.toContain('\n');
    expect(yamlValue('a\nb')).toBe('"a\\nb"');
  });

  it('refuses undefined and non-finite numbers with a message for the template author', () => {
    expect(() => yamlValue(undefined)).toThrow(YamlValueError);
    expect(() => yamlValue(undefined)).toThrow(/defined/);
    expect(() => yamlValue(Number.NaN)).toThrow(YamlValueError);
  });
});
