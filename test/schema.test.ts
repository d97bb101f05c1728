/** The schema: in sync with the generated types, bilingual everywhere, printed by `charte schema`. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types.
import { generateValidator } from '../scripts/build-validator.mjs';
// @ts-expect-error: a plain ES module script without types.
import { generateCharterTypes } from '../scripts/gen-types.mjs';
import { FRONT_MATTER_KEYS } from '../src/model/charter.js';
import { readSchema, type SchemaNode } from '../src/validate/schema.js';
import { runCli } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function* properties(node: SchemaNode, path: string): Generator<[string, SchemaNode]> {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    yield [`${path}/${name}`, child];
    yield* properties(child, `${path}/${name}`);
  }
}

describe('schema', () => {
  const schema = readSchema();

  it('is JSON Schema 2020-12 with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\//);
  });

  it('gives every field a French and English label and title', () => {
    const all = [...properties(schema, '')];
    for (const def of Object.values(schema.$defs as Record<string, SchemaNode>))
      all.push(...properties(def, '#def'));
    expect(all.length).toBeGreaterThan(80);
    for (const [path, node] of all) {
      expect({ path, label: node['x-label'] }).toEqual({
        path,
        label: { fr: expect.any(String), en: expect.any(String) },
      });
      expect({ path, title: node.title }).toEqual({ path, title: expect.stringContaining(' / ') });
    }
  });

  it('matches the model reference (docs/model.md) top-level key for top-level key', () => {
    const model = readFileSync(`${root}/docs/model.md`, 'utf8');
    const keys = [...model.matchAll(/^\| `([a-z0-9_]+)(?:\[\])?` \|/gm)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(20);
    expect(new Set(keys)).toEqual(new Set(Object.keys(schema.properties ?? {})));
  });

  it('is in sync with src/model/charter.generated.ts (run `npm run gen:types` after editing it)', async () => {
    const generated = readFileSync(`${root}/src/model/charter.generated.ts`, 'utf8');
    expect(await generateCharterTypes()).toBe(generated);
  });

  it('is in sync with the precompiled validator (run `npm run gen:validator` after editing it)', () => {
    const generated = readFileSync(`${root}/src/validate/charter-validator.generated.ts`, 'utf8');
    expect(generateValidator()).toBe(generated);
  });

  it('FRONT_MATTER_KEYS follows the schema, key for key', () => {
    expect([...FRONT_MATTER_KEYS]).toEqual(Object.keys(schema.properties ?? {}));
  });

  it('`charte schema` prints it', async () => {
    const result = await runCli(['schema'], { cwd: root });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(schema);
  });
});
