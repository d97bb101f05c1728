/**
 * `charte publish --format datapackage`: the descriptor validated with Ajv against the official
 * Data Package v2 profile (vendored in test/fixtures/standards/datapackage/2.0/), each inline
 * Table Schema against the v2 Table Schema profile, and each CSV read against its Table Schema
 * with the frictionless `tableschema` package, foreign keys included.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { default as addFormatsModule } from 'ajv-formats';
import tableschema from 'tableschema';
import { describe, expect, it } from 'vitest';
import { writePortfolio } from './fixtures/opendata/portfolio.js';
import { runCli } from './helpers/cli.js';
import { commitAll, initRepo } from './helpers/git.js';
import { tempDir } from './helpers/tmp.js';

const profile = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`./fixtures/standards/datapackage/2.0/${name}.json`, import.meta.url), 'utf8'),
  );

function validator(name: string) {
  // The profiles carry documentation keywords (propertyOrder, context…) Ajv does not know.
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is CommonJS: its function is the module's default export.
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;
  addFormats(ajv);
  // A documentation hint of the profiles (a multi-line text box), not a constraint.
  ajv.addFormat('textarea', true);
  return ajv.compile(profile(name));
}

interface Resource {
  name: string;
  path: string;
  schema: { fields: Array<{ name: string }>; foreignKeys?: Array<{ reference: { resource: string } }> };
}

describe('charte publish --format datapackage', () => {
  it('writes a valid Data Package v2 whose CSV files fit their Table Schemas', async () => {
    const dir = tempDir();
    writePortfolio(dir);
    const result = await runCli(['publish', '--format', 'datapackage', '-o', 'open-data'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = join(dir, 'open-data');
    expect(readdirSync(out).sort()).toEqual([
      'charters.csv',
      'commitments.csv',
      'datapackage.json',
      'decisions.csv',
      'entities.csv',
      'resources.csv',
      'signatures.csv',
    ]);
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    const validPackage = validator('datapackage');
    expect(validPackage(descriptor), JSON.stringify(validPackage.errors)).toBe(true);
    const validSchema = validator('tableschema');
    const resources = descriptor.resources as Resource[];
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(descriptor.created).toBe('2026-03-01T12:00:00+00:00');

    // Rows keyed by resource, for the foreign keys.
    const keyed: Record<string, unknown[]> = {};
    for (const resource of resources) {
      const raw = await tableschema.Table.load(join(out, resource.path));
      keyed[resource.name] = await raw.read({ keyed: true, cast: false });
    }
    for (const resource of resources) {
      expect(validSchema(resource.schema), `${resource.name}: ${JSON.stringify(validSchema.errors)}`).toBe(
        true,
      );
      // tableschema implements Table Schema v1: the v2 `$schema` key is the only part it does not know.
      const { $schema: _, ...v1 } = resource.schema as Record<string, unknown>;
      const schema = await tableschema.Schema.load(v1);
      expect(schema.valid, `${resource.name}: ${schema.errors}`).toBe(true);
      const table = await tableschema.Table.load(join(out, resource.path), { schema });
      const rows = await table.read({ cast: true });
      // tableschema replaces a key by the row it references, so foreign keys that share a column
      // (charter_id) are checked one at a time.
      for (const foreignKey of resource.schema.foreignKeys ?? []) {
        const single = await tableschema.Schema.load({ ...v1, foreignKeys: [foreignKey] });
        const withKey = await tableschema.Table.load(join(out, resource.path), { schema: single });
        const relations = { [foreignKey.reference.resource]: keyed[foreignKey.reference.resource] };
        await withKey.read({ cast: true, relations });
      }
      expect(table.headers).toEqual(resource.schema.fields.map((f) => f.name));
      expect(rows.length, resource.name).toBeGreaterThan(0);
    }
    const charters = keyed.charters as Array<Record<string, string>>;
    expect(Object.fromEntries(charters.map((c) => [c.id, c.standing]))).toEqual({
      draft: 'draft',
      'partially-signed': 'partially_signed',
      'in-force': 'in_force',
      'due-soon': 'due_soon',
      overdue: 'overdue',
      suspended: 'suspended',
      terminated: 'terminated',
    });
    const resourcesCsv = readFileSync(join(out, 'resources.csv'), 'utf8');
    expect(resourcesCsv).toContain(',6000,EUR,yearly');
    expect(resourcesCsv).not.toMatch(/6 000|6,000/);
  });

  it('packages the examples as they are (no field is required beyond the model)', async () => {
    const dir = tempDir();
    initRepo(dir);
    for (const name of ['villeneuve-kassande', 'saint-aubin-akwadum']) {
      writeFileSync(
        join(dir, `${name}.md`),
        readFileSync(new URL(`../examples/${name}.md`, import.meta.url)),
      );
    }
    commitAll(dir, 'examples', '2026-07-01');
    const result = await runCli(['publish', '--format', 'datapackage'], { cwd: dir });
    expect(result.code).toBe(0);
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage', 'datapackage.json'), 'utf8'));
    const validPackage = validator('datapackage');
    expect(validPackage(descriptor), JSON.stringify(validPackage.errors)).toBe(true);
    for (const resource of descriptor.resources as Resource[]) {
      const { $schema: _, ...v1 } = resource.schema as Record<string, unknown>;
      const table = await tableschema.Table.load(join(dir, 'datapackage', resource.path), {
        schema: await tableschema.Schema.load(v1),
      });
      await table.read({ cast: true });
    }
  });

  it('catches a CSV that breaks its schema (the harness is not blind)', async () => {
    const dir = tempDir();
    writePortfolio(dir);
    await runCli(['publish', '--format', 'datapackage'], { cwd: dir });
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage', 'datapackage.json'), 'utf8'));
    const resource = (descriptor.resources as Resource[]).find((r) => r.name === 'charters')!;
    const { $schema: _, ...v1 } = resource.schema as Record<string, unknown>;
    const schema = await tableschema.Schema.load(v1);
    const broken = join(dir, 'broken.csv');
    const csv = readFileSync(join(dir, 'datapackage', 'charters.csv'), 'utf8').replace(
      '2025-02-08',
      '08/02/2025',
    );
    writeFileSync(broken, csv);
    const table = await tableschema.Table.load(broken, { schema });
    await expect(table.read({ cast: true })).rejects.toThrow();
  });

  it('replaces an existing package only with --force, all at once', async () => {
    const dir = tempDir();
    writePortfolio(dir);
    expect((await runCli(['publish', '--format', 'datapackage'], { cwd: dir })).code).toBe(0);
    const first = readFileSync(join(dir, 'datapackage', 'charters.csv'));
    expect((await runCli(['publish', '--format', 'datapackage'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['publish', '--format', 'datapackage', '--force'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'datapackage', 'charters.csv'))).toEqual(first);
    expect(readdirSync(dir).filter((n) => n.startsWith('.datapackage'))).toEqual([]);
  });
});
