/**
 * `charte publish --format scdl-deliberations`, validated against the official SCDL Délibérations
 * 2.1.5 Table Schema (vendored in test/fixtures/standards/scdl-deliberations/) with the frictionless
 * `tableschema` package, plus the schema's `custom_checks`, which Validata (the official SCDL
 * validator) runs and a Table Schema validator does not: they are reimplemented below after
 * validata-core's checks of the same names (validata_core custom checks french_siret_value,
 * year_interval_value, cohesive_columns_value, compare_columns_value, sum_columns_value,
 * nomenclature_actes_value; https://gitlab.com/validata-table/validata-core).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import tableschema from 'tableschema';
import { describe, expect, it } from 'vitest';
import { luhnValid, siretValid } from '../src/validate/opendata/identifiers.js';
import { baseCharter, portfolio, writeCharter, writePortfolio } from './fixtures/opendata/portfolio.js';
import { runCli } from './helpers/cli.js';
import { commitAll, initRepo } from './helpers/git.js';
import { tempDir } from './helpers/tmp.js';

const SCHEMA_PATH = new URL('./fixtures/standards/scdl-deliberations/schema.json', import.meta.url);
const officialSchema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as {
  version: string;
  custom_checks: Array<{ name: string; params: Record<string, unknown> }>;
};

type Row = Record<string, string>;

interface CheckParams {
  column: string;
  column2: string;
  op: string;
  othercolumns: string[];
  columns: string[];
  'allow-year-only'?: string;
}

/** Reads a CSV with the official schema: types, required fields, patterns, header names. */
async function readWithOfficialSchema(path: string): Promise<Row[]> {
  const schema = await tableschema.Schema.load(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  expect(schema.valid).toBe(true);
  const table = await tableschema.Table.load(path, { schema });
  // read() casts every cell against its field and throws on the first one that does not fit.
  await table.read({ cast: true });
  const raw = await tableschema.Table.load(path);
  const rows = (await raw.read({ keyed: true, cast: false })) as Row[];
  expect(raw.headers).toEqual(schema.fieldNames);
  return rows;
}

const filled = (v: string | undefined) => v !== undefined && v !== '';
const ACTES_LEVEL_1 = [
  'commande publique',
  'urbanisme',
  'domaine et patrimoine',
  'fonction publique',
  'institutions et vie politique',
  'libertes publiques et pouvoirs de police',
  'finances locales',
  'domaines de competences par themes',
  'autres domaines de competences',
];
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** The custom checks of the official schema, as Validata applies them; returns the problems found. */
function customChecks(rows: readonly Row[]): string[] {
  const problems: string[] = [];
  rows.forEach((row, i) => {
    for (const check of officialSchema.custom_checks) {
      const p = check.params as unknown as CheckParams;
      const at = `row ${i + 2} ${check.name}`;
      switch (check.name) {
        case 'french-siret-value': {
          const v = row[p.column]!;
          // validata-core: 14 digits, Luhn key, La Poste's establishments (SIREN 356000000) by digit sum.
          if (filled(v) && !siretValid(v)) problems.push(`${at}: ${v}`);
          break;
        }
        case 'year-interval-value': {
          const v = row[p.column];
          if (!filled(v)) break;
          const m = /^(\d{4})(?:\/(\d{4}))?$/.exec(v!);
          if (
            !m ||
            (m[2] === undefined && p['allow-year-only'] !== 'yes') ||
            (m[2] !== undefined && Number(m[2]) <= Number(m[1]))
          ) {
            problems.push(`${at}: ${v}`);
          }
          break;
        }
        case 'cohesive-columns-value': {
          const columns = [p.column, ...p.othercolumns];
          const set = columns.filter((c) => filled(row[c])).length;
          if (set !== 0 && set !== columns.length) problems.push(`${at}: ${columns.join(',')}`);
          break;
        }
        case 'compare-columns-value': {
          const a = row[p.column];
          const b = row[p.column2];
          if (!filled(a) || !filled(b)) break;
          const bothNumbers = /^\d+$/.test(a!) && /^\d+$/.test(b!);
          const ok = bothNumbers ? Number(a) >= Number(b) : a! >= b!;
          if (p.op !== '>=') throw new Error(`operator ${p.op} not reimplemented`);
          if (!ok) problems.push(`${at}: ${p.column}=${a} < ${p.column2}=${b}`);
          break;
        }
        case 'sum-columns-value': {
          const columns = p.columns;
          if (![p.column, ...columns].every((c) => filled(row[c]))) break;
          const sum = columns.reduce((acc, c) => acc + Number(row[c]), 0);
          if (sum !== Number(row[p.column])) problems.push(`${at}: ${sum} != ${row[p.column]}`);
          break;
        }
        case 'nomenclature-actes-value': {
          const v = row[p.column]!;
          if (!v.includes('/') || !ACTES_LEVEL_1.includes(fold(v.split('/')[0]!)))
            problems.push(`${at}: ${v}`);
          break;
        }
        default:
          throw new Error(`custom check ${check.name} not reimplemented`);
      }
    }
  });
  return problems;
}

describe('the vendored official schema', () => {
  it('is SCDL Délibérations 2.1.5 with the custom checks this file reimplements', () => {
    expect(officialSchema.version).toBe('2.1.5');
    expect(new Set(officialSchema.custom_checks.map((c) => c.name))).toEqual(
      new Set([
        'french-siret-value',
        'year-interval-value',
        'cohesive-columns-value',
        'compare-columns-value',
        'sum-columns-value',
        'nomenclature-actes-value',
      ]),
    );
  });

  it('rejects a bad file (the harness catches what it should)', async () => {
    const dir = tempDir();
    const header =
      'COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET,BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION,DELIB_URL';
    const badPattern = join(dir, 'bad-pattern.csv');
    writeFileSync(badPattern, `${header}\r\nVille,2186019460001,D1,2024-01-01,8.4,x/y,Objet,,,,,,,,,,\r\n`);
    await expect(readWithOfficialSchema(badPattern)).rejects.toThrow();
    const badDate = join(dir, 'bad-date.csv');
    writeFileSync(badDate, `${header}\r\nVille,21860194600013,D1,26/09/2024,8.4,x/y,Objet,,,,,,,,,,\r\n`);
    await expect(readWithOfficialSchema(badDate)).rejects.toThrow();
    const badChecks = join(dir, 'bad-checks.csv');
    writeFileSync(
      badChecks,
      `${header}\r\nVille,21860194600014,D1,2024-01-01,8.4,cuisine/y,Objet,2024,,,2023-12-01,10,9,5,1,1,\r\n`,
    );
    const rows = await readWithOfficialSchema(badChecks);
    const problems = customChecks(rows).map((p) => p.split(' ')[2]!.replace(':', ''));
    expect(new Set(problems)).toEqual(
      new Set([
        'french-siret-value',
        'cohesive-columns-value',
        'compare-columns-value',
        'sum-columns-value',
        'nomenclature-actes-value',
      ]),
    );
  });
});

describe('charte publish --format scdl-deliberations', () => {
  it('writes one valid row per decision of a French body, on the portfolio in every standing', async () => {
    const dir = tempDir();
    writePortfolio(dir);
    const result = await runCli(['publish', '--format', 'scdl-deliberations', '-o', 'out.csv'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const path = join(dir, 'out.csv');
    const rows = await readWithOfficialSchema(path);
    expect(customChecks(rows)).toEqual([]);
    // 7 charters with one decision of Villeneuve each, plus the avenant's decision; Kassandé (BF) is not SCDL's.
    expect(rows.map((r) => r.DELIB_ID).sort()).toEqual(
      [
        'DCM-2020-002',
        'DCM-2021-044',
        'DCM-2022-031',
        'DCM-2024-021',
        'DCM-2025-010',
        'DCM-2025-099',
        'DCM-2025-120',
        'DCM-2026-003',
      ].sort(),
    );
    const avenant = rows.find((r) => r.DELIB_ID === 'DCM-2025-099')!;
    expect(avenant).toMatchObject({
      COLL_SIRET: '21860194600013',
      DELIB_MATIERE_CODE: '7.5',
      DELIB_MATIERE_NOM: 'finances locales/subventions',
      PREF_DATE: '2025-10-06',
      VOTE_EFFECTIF: '29',
      VOTE_REEL: '29',
      VOTE_POUR: '29',
    });
    expect(avenant.DELIB_OBJET).toContain('avenant n° 1');
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(bytes.toString('utf8')).toContain('\r\n');
  });

  it('validates the examples once they carry a SIRET and ACTES codes', async () => {
    const dir = tempDir();
    initRepo(dir);
    for (const name of ['villeneuve-kassande', 'saint-aubin-akwadum']) {
      const text = readFileSync(new URL(`../examples/${name}.md`, import.meta.url), 'utf8');
      // The fields the examples lack for SCDL, added the way a data officer would.
      const completed = text
        .replace(
          /(\n {4}country: FR\n {4}decision_body: (?:Conseil municipal|Municipal council)\n)/,
          '$1    identifiers:\n      siret: "21860194600013"\n',
        )
        .replace(/(\n {4}reference: DCM-[0-9-]+\n {4}date: [0-9-]+\n)/, '$1    subject_code: "9.1"\n');
      writeFileSync(join(dir, `${name}.md`), completed);
    }
    commitAll(dir, 'examples', '2026-07-01');
    const result = await runCli(['publish', '--format', 'scdl-deliberations'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = await readWithOfficialSchema(join(dir, 'deliberations.csv'));
    expect(rows).toHaveLength(2);
    expect(customChecks(rows)).toEqual([]);
  });

  it('names each missing field with file:line and writes nothing, unless --partial', async () => {
    const dir = tempDir();
    const charters = portfolio();
    const incomplete = baseCharter();
    incomplete.id = 'sans-siret';
    delete (incomplete.entities[0] as { identifiers?: unknown }).identifiers;
    charters['sans-siret'] = incomplete;
    writePortfolio(dir, charters);
    const refused = await runCli(['publish', '--format', 'scdl-deliberations', '--lang', 'fr'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^sans-siret\.md:\d+:\d+ {2}erreur {2}champ manquant `entities\[0\]\.identifiers\.siret` : SCDL Délibérations 2\.1\.5 l’exige \(COLL_SIRET\)/m,
    );
    expect(refused.stderr).toMatch(
      /sans-siret\.md:\d+:\d+ {2}erreur {2}champ manquant `decisions\[0\]\.subject_code`/,
    );
    expect(refused.stderr).toContain('rien n’a été publié : 1 charte sans tous les champs requis');
    expect(existsSync(join(dir, 'deliberations.csv'))).toBe(false);
    const line = Number(
      /sans-siret\.md:(\d+):\d+ {2}erreur {2}champ manquant `entities\[0\]/.exec(refused.stderr)![1],
    );
    expect(readFileSync(join(dir, 'sans-siret.md'), 'utf8').split('\n')[line - 1]).toMatch(
      /- id: villeneuve/,
    );

    const partial = await runCli(['publish', '--format', 'scdl-deliberations', '--partial'], { cwd: dir });
    expect(partial.code).toBe(0);
    expect(partial.stderr).toContain('left out (--partial): 1 charter');
    const rows = await readWithOfficialSchema(join(dir, 'deliberations.csv'));
    expect(rows).toHaveLength(8);
  });

  it('gives the same bytes for the same commit, and refuses to overwrite without --force', async () => {
    const dir = tempDir();
    writePortfolio(dir);
    await runCli(['publish', '--format', 'scdl-deliberations', '-o', 'a.csv'], { cwd: dir });
    await runCli(['publish', '--format', 'scdl-deliberations', '-o', 'b.csv'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.csv'))).toEqual(readFileSync(join(dir, 'b.csv')));
    const again = await runCli(['publish', '--format', 'scdl-deliberations', '-o', 'a.csv'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('add --force');
    const nested = await runCli(['publish', '--format', 'scdl-deliberations', '-o', 'open-data/2026/d.csv'], {
      cwd: dir,
    });
    expect(nested.code).toBe(0);
    expect(readFileSync(join(dir, 'open-data/2026/d.csv'))).toEqual(readFileSync(join(dir, 'a.csv')));
    const stdout = await runCli(['publish', '--format', 'scdl-deliberations', '-o', '-'], { cwd: dir });
    expect(stdout.stdout).toBe(readFileSync(join(dir, 'a.csv'), 'utf8'));
  });

  it('checks its own key arithmetic against the Luhn definition', () => {
    expect(luhnValid('21860194600013')).toBe(true);
    expect(luhnValid('21860194600014')).toBe(false);
  });
});

describe('fixtures', () => {
  it('writes charters the way the portfolio does', () => {
    const dir = tempDir();
    const path = writeCharter(dir, 'x', baseCharter());
    expect(readFileSync(path, 'utf8')).toMatch(/^---\ncharte: 1\n/);
  });
});
