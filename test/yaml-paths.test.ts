/**
 * The fast and the positioned YAML paths agree: for any data written as YAML (block or flow
 * style, any strings), js-yaml 4 and the `yaml` package read the same value, and the positioned
 * document finds each value where it was written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { flowDepthExceeded, PositionedYaml, parseYamlFast } from '../src/load/yaml.js';

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
