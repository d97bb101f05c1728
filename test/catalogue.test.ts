import { describe, expect, it } from 'vitest';
import { messages } from '../src/i18n/catalogue.js';
import { LANGS } from '../src/i18n/index.js';
import { plural } from '../src/i18n/plural.js';

/** Every key path of a catalogue, with the kind of its value (string or arity of the function). */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [`${prefix}:string`];
  if (typeof value === 'function') return [`${prefix}:fn${(value as (...a: unknown[]) => unknown).length}`];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k));
  }
  return [`${prefix}:${typeof value}`];
}

describe('message catalogue', () => {
  it('every language has every key of the French catalogue, with the same parameters', () => {
    const reference = shape(messages('fr')).sort();
    expect(reference.length).toBeGreaterThan(0);
    for (const lang of LANGS) expect(shape(messages(lang)).sort()).toEqual(reference);
  });

  it('French messages write the typographic apostrophe, never the straight one', () => {
    // Every text of the catalogue, functions called with sample arguments (a word each).
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') {
        const fn = value as (...args: unknown[]) => unknown;
        const result = fn(...Array.from({ length: fn.length }, () => 'x'));
        if (typeof result === 'string') texts.push(result);
      } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(messages('fr'));
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((text) => /\p{L}'\p{L}/u.test(text))).toEqual([]);
  });

  it('plurals follow the platform rules, not an appended s', () => {
    expect(messages('fr').common.charters(0)).toBe('0 charte');
    expect(messages('fr').common.charters(1)).toBe('1 charte');
    expect(messages('fr').common.charters(3)).toBe('3 chartes');
    expect(messages('en').common.charters(0)).toBe('0 charters');
    expect(messages('en').common.charters(1)).toBe('1 charter');
    expect(plural('fr', 1500, { one: '# jour', other: '# jours' })).toBe('1\u202f500 jours');
  });
});

describe('the diagnostics reporter speaks the run language', async () => {
  const { formatText } = await import('../src/report/index.js');
  const diagnostics = Array.from({ length: 4 }, (_, i) => ({
    severity: 'warning' as const,
    rule: 'placeholder',
    message: 'm',
    line: i + 1,
    column: 1,
  }));
  it('French severities, plurals and a count per repeated rule', () => {
    const text = formatText([{ path: 'a.md', diagnostics }], 'fr', false);
    expect(text).toContain('a.md:1:1  avertissement  m  (placeholder)');
    expect(text).not.toMatch(/\bwarning\b/);
    expect(text).toContain('1 charte vérifiée : 0 erreur, 4 avertissements\npar règle : placeholder × 4\n');
  });
  it('English', () => {
    const text = formatText([{ path: 'a.md', diagnostics: diagnostics.slice(0, 1) }], 'en', false);
    expect(text).toBe('a.md:1:1  warning  m  (placeholder)\n1 charter checked: 0 errors, 1 warning\n');
  });
});
