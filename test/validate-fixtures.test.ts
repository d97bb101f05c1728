/**
 * Every example validates clean, and every fixture `test/fixtures/validate/invalid-<rule>[--variant].md`
 * gives the diagnostic it is named for. The messages of all fixtures, in both languages, are
 * snapshot-tested: a change to a sentence shows up in review.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../src/validate/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixturesDir = join(root, 'test/fixtures/validate');
const asOf = '2026-11-27';
const fixtures = readdirSync(fixturesDir)
  .filter((f) => f.startsWith('invalid-') && f.endsWith('.md'))
  .sort();
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md'));

function ruleOf(fixture: string): string {
  return fixture.slice('invalid-'.length, -'.md'.length).split('--')[0]!;
}

describe('examples', () => {
  it.each(examples)('%s validates with no error and no warning', async (name) => {
    const file = await validateFile(join(root, 'examples', name), { cwd: root, lang: 'en', asOf });
    expect(file.diagnostics).toEqual([]);
  });
});

describe('fixtures', () => {
  it('covers many rules', () => {
    expect(new Set(fixtures.map(ruleOf)).size).toBeGreaterThanOrEqual(40);
  });

  it.each(fixtures)('%s gives the diagnostic it is named for', async (name) => {
    const rule = ruleOf(name);
    const file = await validateFile(join(fixturesDir, name), { cwd: root, lang: 'en', asOf });
    const rules = file.diagnostics.map((d) => d.rule);
    expect(rules).toContain(rule);
    for (const d of file.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.message.length).toBeGreaterThan(10);
    }
  });

  it('messages in French and English (snapshot)', async () => {
    const all: Record<string, string[]> = {};
    for (const name of fixtures) {
      for (const lang of ['fr', 'en'] as const) {
        const file = await validateFile(join(fixturesDir, name), { cwd: root, lang, asOf });
        all[`${name} [${lang}]`] = file
          .sortedDiagnostics()
          .map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`);
      }
    }
    expect(all).toMatchSnapshot();
  });
});
