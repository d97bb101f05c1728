import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInit } from '../src/init/index.js';
import { templatesDir } from '../src/paths.js';
import { scanHeadings } from '../src/validate/body.js';
import { validateFile } from '../src/validate/index.js';
import { tempDir } from './helpers/tmp.js';

const outline = (
  JSON.parse(readFileSync(join(templatesDir, 'solidarity', 'manifest.json'), 'utf8')) as {
    outline: Record<string, string[]>;
  }
).outline;

// Texts a user may type: quotes, colons, `#`, newlines, `---`, leading spaces, yes/no, digits,
// accents, Markdown and HTML, each non-blank (the model requires text).
const tricky = fc.constantFrom(
  'Commune de Villeneuve: "Brenne" #1',
  '---',
  '  leading spaces',
  'yes',
  'no',
  '0042',
  '2025-06-14',
  'Ouédraogo – « Kassandé »',
  'line one\nline two\n\n## Signatures',
  '*emphasis* _under_ `code` <script>alert(1)</script>',
  '| a | b |',
  '# heading',
  '- list',
  '[link](http://x.example)',
  '\\ backslash',
  '…',
);
const text = fc
  .oneof(tricky, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }))
  .filter((s) => /\S/.test(s));

describe('any answer text round-trips through init into a charter that validates', () => {
  it('names, titles, descriptions, texts (property)', async () => {
    const dir = tempDir();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          title: text,
          north: text,
          south: text,
          referent: text,
          fn: text,
          commitment: text,
          resource: text,
          environment: text,
          decisionBody: text,
          language: fc.constantFrom('fr', 'en'),
        }),
        async (a) => {
          runs++;
          const answers = {
            id: 'charte-test',
            title: a.title,
            language: a.language,
            entities: [
              {
                id: 'nord',
                name: a.north,
                role: 'north',
                type: 'commune',
                country: 'FR',
                decision_body: a.decisionBody,
              },
              { id: 'sud', name: a.south, role: 'south', type: 'commune', country: 'BF' },
            ],
            referents: [
              { name: a.referent, entity: 'nord', function: a.fn },
              { name: `${a.referent} (2)`, entity: 'sud', function: a.fn },
            ],
            commitments: [
              {
                id: 'C1',
                title: a.commitment,
                by: ['nord', 'sud'],
                referent: a.referent,
                pillars: ['environment', 'economy', 'social'],
              },
            ],
            resources: [
              { entity: 'sud', type: 'financial', description: a.resource, amount: 1500, currency: 'XOF' },
            ],
            sustainability: { environment: a.environment, economy: a.environment, social: a.environment },
          };
          writeFileSync(join(dir, 'answers.json'), JSON.stringify(answers));
          const result = await runInit({
            cwd: dir,
            env: {},
            lang: 'en',
            answers: 'answers.json',
            force: true,
            asOf: '2026-01-15',
          });
          const checked = await validateFile(result.path, { cwd: dir, lang: 'en', asOf: '2026-01-15' });
          expect(checked.diagnostics).toEqual([]);
          const written = readFileSync(result.path, 'utf8');
          const end = written.indexOf('\n---\n');
          const data = parse(written.slice(4, end), { version: '1.2', schema: 'core' }) as Record<
            string,
            unknown
          >;
          for (const [key, value] of Object.entries(answers)) expect(data[key]).toEqual(value);
          // No answer adds or hides a section: the headings are the title and the outline.
          const body = written.slice(end + 5);
          expect(scanHeadings(body)).toHaveLength(1 + outline[a.language]!.length);
        },
      ),
      { numRuns: 40 },
    );
    expect(runs).toBe(40);
  });
});
