/**
 * `charte publish --format iati`, validated against the official IATI 2.03 activity schema
 * (vendored in test/fixtures/standards/iati/2.03/schema/) with xmllint-wasm (libxml2 compiled to
 * WebAssembly: no network, no system tool), and its code values checked against the official
 * codelists (test/fixtures/standards/iati/2.03/codelists/). The harness is first proven on IATI's
 * own should-pass and should-fail test files (IATI-Schemas, tests/activity-tests/).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { baseCharter, portfolio, writeCharter, writePortfolio } from './fixtures/opendata/portfolio.js';
import { runCli, runCliProcess } from './helpers/cli.js';
import { commitAll, initRepo } from './helpers/git.js';
import { tempDir } from './helpers/tmp.js';

const STANDARD = new URL('./fixtures/standards/iati/2.03/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, STANDARD), 'utf8');

async function xsdErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'activities.xml', contents: xml }],
    schema: [{ fileName: 'iati-activities-schema.xsd', contents: read('schema/iati-activities-schema.xsd') }],
    preload: [
      { fileName: 'iati-common.xsd', contents: read('schema/iati-common.xsd') },
      { fileName: 'xml.xsd', contents: read('schema/xml.xsd') },
    ],
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/** The codes of an official codelist (withdrawn ones excluded). */
function codelist(name: string): Set<string> {
  const xml = read(`codelists/${name}.xml`);
  const codes = new Set<string>();
  for (const m of xml.matchAll(/<codelist-item([^>]*)>\s*<code>([^<]+)<\/code>/g)) {
    if (!/status="withdrawn"/.test(m[1]!)) codes.add(m[2]!.trim());
  }
  expect(codes.size).toBeGreaterThan(0);
  return codes;
}

/** Every `attr` value of every `<element …>` in the document. */
function attributes(xml: string, element: string, attr: string): string[] {
  const values: string[] = [];
  for (const m of xml.matchAll(new RegExp(`<${element}\\s([^>]*)>`, 'g'))) {
    const a = new RegExp(`(?:^|\\s)${attr}="([^"]*)"`).exec(m[1]!);
    if (a) values.push(a[1]!);
  }
  return values;
}

function expectAllIn(values: readonly string[], list: string): void {
  const codes = codelist(list);
  for (const v of values) expect(codes.has(v), `${v} in ${list}`).toBe(true);
}

/** Checks every coded value of an iati-activities document against the official codelists. */
function checkCodelists(xml: string): void {
  expectAllIn(attributes(xml, 'activity-status', 'code'), 'ActivityStatus');
  expectAllIn(attributes(xml, 'activity-date', 'type'), 'ActivityDateType');
  expectAllIn(attributes(xml, 'participating-org', 'role'), 'OrganisationRole');
  expectAllIn(
    [...attributes(xml, 'participating-org', 'type'), ...attributes(xml, 'reporting-org', 'type')],
    'OrganisationType',
  );
  expectAllIn(attributes(xml, 'recipient-country', 'code'), 'Country');
  expectAllIn(attributes(xml, 'sector', 'vocabulary'), 'SectorVocabulary');
  expectAllIn(attributes(xml, 'sector', 'code'), 'Sector');
  expectAllIn(attributes(xml, 'tag', 'vocabulary'), 'TagVocabulary');
  expectAllIn(attributes(xml, 'tag', 'code'), 'UNSDG-Goals');
  expectAllIn(attributes(xml, 'budget', 'type'), 'BudgetType');
  expectAllIn(attributes(xml, 'budget', 'status'), 'BudgetStatus');
  expectAllIn(attributes(xml, 'value', 'currency'), 'Currency');
  expectAllIn(attributes(xml, 'description', 'type'), 'DescriptionType');
  expectAllIn(attributes(xml, 'document-link', 'format'), 'FileFormat');
  expectAllIn(attributes(xml, 'category', 'code'), 'DocumentCategory');
  expectAllIn(
    [...attributes(xml, 'language', 'code'), ...attributes(xml, 'iati-activity', 'xml:lang')],
    'Language',
  );
  // The registration agency of every organisation reference is in the org-id.guide list.
  const agencies = codelist('OrganisationRegistrationAgency');
  for (const ref of [
    ...attributes(xml, 'reporting-org', 'ref'),
    ...attributes(xml, 'participating-org', 'ref'),
  ]) {
    expect(agencies.has(/^([A-Z]{2}-[A-Za-z0-9]+)-/.exec(ref)?.[1] ?? ''), ref).toBe(true);
  }
}

function activities(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<iati-activity[\s\S]*?<\/iati-activity>/g)) {
    const id = /<iati-identifier>([^<]+)<\/iati-identifier>/.exec(m[0])![1]!;
    out.set(id, m[0]);
  }
  return out;
}

describe('the XSD harness', () => {
  const dir = new URL('tests/', STANDARD);
  it.each(readdirSync(new URL('should-pass/', dir)))('accepts IATI’s should-pass %s', async (name) => {
    expect(await xsdErrors(readFileSync(new URL(`should-pass/${name}`, dir), 'utf8'))).toEqual([]);
  });
  it.each(readdirSync(new URL('should-fail/', dir)))('rejects IATI’s should-fail %s', async (name) => {
    expect(
      (await xsdErrors(readFileSync(new URL(`should-fail/${name}`, dir), 'utf8'))).length,
    ).toBeGreaterThan(0);
  });
});

describe('charte publish --format iati', () => {
  it('writes a valid iati-activities document for the portfolio in every standing', async () => {
    const dir = tempDir();
    writePortfolio(dir);
    const result = await runCli(
      [
        'publish',
        '--format',
        'iati',
        '--document-base-url',
        'https://www.villeneuve-sur-brenne.example/chartes/',
      ],
      { cwd: dir },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const xml = readFileSync(join(dir, 'iati-activities.xml'), 'utf8');
    expect(await xsdErrors(xml)).toEqual([]);
    checkCodelists(xml);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<iati-activities version="2.03" generated-datetime="2026-03-01T12:00:00\+00:00">/,
    );

    const byId = activities(xml);
    const status = (id: string) =>
      /<activity-status code="(\d)"/.exec(byId.get(`FR-RCS-218601946-${id}`)!)![1];
    expect({
      draft: status('draft'),
      partially: status('partially-signed'),
      inForce: status('in-force'),
      dueSoon: status('due-soon'),
      overdue: status('overdue'),
      suspended: status('suspended'),
      terminated: status('terminated'),
    }).toEqual({
      draft: '1',
      partially: '1',
      inForce: '2',
      dueSoon: '2',
      overdue: '3',
      suspended: '6',
      terminated: '4',
    });

    const inForce = byId.get('FR-RCS-218601946-in-force')!;
    expect(inForce).toContain('<activity-date type="2" iso-date="2025-02-08"/>');
    expect(inForce).toContain('<activity-date type="3" iso-date="2030-02-08"/>');
    expect(inForce).toContain('<recipient-country code="BF" percentage="100"/>');
    expect(inForce).toContain('<sector vocabulary="1" code="15112" percentage="100"/>');
    expect(attributes(inForce, 'tag', 'code')).toEqual(['4', '5', '6', '8', '13']);
    // 6 000 EUR a year over five years, and Kassandé's 1 500 000 XOF over the whole period.
    expect(inForce.match(/<value currency="EUR" value-date="[0-9-]+">6000<\/value>/g)).toHaveLength(5);
    expect(inForce).toContain('<period-start iso-date="2029-02-08"/>');
    expect(inForce).toContain('<period-end iso-date="2030-02-07"/>');
    expect(inForce).toMatch(/<value currency="XOF" value-date="2025-02-08">1500000<\/value>/);
    expect(inForce).toContain('url="https://www.villeneuve-sur-brenne.example/chartes/in-force.pdf"');
    expect(inForce).toContain('xml:lang="fr"');
    expect(attributes(inForce, 'participating-org', 'role').sort()).toEqual(['1', '1', '2', '4', '4']);
    const terminated = byId.get('FR-RCS-218601946-terminated')!;
    expect(terminated).toContain('<activity-date type="4" iso-date="2025-11-15"/>');
    const draft = byId.get('FR-RCS-218601946-draft')!;
    expect(draft).toContain('<activity-date type="1" iso-date="2026-01-10"/>');
    expect(draft).not.toContain('<budget');
  });

  it('names the reporting organisation’s identifier and the missing dates, and writes nothing', async () => {
    const dir = tempDir();
    const charters = portfolio();
    const noId = baseCharter();
    noId.id = 'no-iati-id';
    delete (noId.entities[0]!.identifiers as Record<string, unknown>).iati_org_id;
    const noDates = baseCharter();
    noDates.id = 'no-dates';
    delete noDates.decisions;
    delete noDates.signatures;
    charters['no-iati-id'] = noId;
    charters['no-dates'] = noDates;
    writePortfolio(dir, charters);
    const refused = await runCli(['publish', '--format', 'iati'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^no-iati-id\.md:\d+:\d+ {2}error {2}missing field `entities\[0\]\.identifiers\.iati_org_id`: IATI 2\.03 requires it \(reporting-org\/@ref\)/m,
    );
    expect(refused.stderr).toMatch(
      /^no-dates\.md:\d+:\d+ {2}error {2}missing field `signatures`: IATI 2\.03 requires it \(activity-date\)/m,
    );
    expect(refused.stderr).toContain('nothing was published: 2 charters lack required fields');
    expect(readdirSync(dir).filter((n) => n.endsWith('.xml'))).toEqual([]);

    const partial = await runCli(['publish', '--format', 'iati', '--partial'], { cwd: dir });
    expect(partial.code).toBe(0);
    const xml = readFileSync(join(dir, 'iati-activities.xml'), 'utf8');
    expect(activities(xml).size).toBe(7);
    expect(await xsdErrors(xml)).toEqual([]);
  });

  it('writes valid activities for the examples once their north entity has an IATI identifier', async () => {
    const dir = tempDir();
    initRepo(dir);
    for (const name of ['villeneuve-kassande', 'saint-aubin-akwadum']) {
      const text = readFileSync(new URL(`../examples/${name}.md`, import.meta.url), 'utf8');
      const completed = text.replace(
        /(\n {4}role: north\n(?: {4}.*\n)*? {4}country: FR\n)/,
        '$1    identifiers:\n      iati_org_id: FR-RCS-218601946\n',
      );
      expect(completed).not.toBe(text);
      writeFileSync(join(dir, `${name}.md`), completed);
    }
    commitAll(dir, 'examples', '2026-07-01');
    const result = await runCli(['publish', '--format', 'iati', '-o', '-'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(activities(result.stdout).size).toBe(2);
    expect(await xsdErrors(result.stdout)).toEqual([]);
    checkCodelists(result.stdout);
    expect(result.stdout).toContain('xml:lang="en"');
  });

  it('computes the standing for --as-of instead of the commit date', async () => {
    const dir = tempDir();
    writePortfolio(dir);
    const result = await runCli(['publish', '--format', 'iati', '-o', '-', '--as-of', '2030-06-01'], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    const inForce = activities(result.stdout).get('FR-RCS-218601946-in-force')!;
    expect(inForce).toContain('<activity-status code="3"/>');
  });

  it('publishes the standing of the last fully signed version: a renewal started does not hide it (renew’s answer)', async () => {
    const dir = tempDir();
    initRepo(dir);
    // v1 signed by both on 2019-03-01, then the renewal started on 2024-06-01 (v2, unsigned).
    const v1 = baseCharter();
    v1.id = 'renewing';
    v1.decisions = [
      { entity: 'villeneuve', body: 'Conseil municipal', reference: 'DCM-2019-007', date: '2019-02-01' },
    ];
    v1.signatures = [
      { entity: 'villeneuve', signatory: 'Hélène Laurent', capacity: 'Maire', date: '2019-03-01' },
      { entity: 'kassande', signatory: 'Boukary Zongo', capacity: 'Maire', date: '2019-03-01' },
    ];
    writeCharter(dir, 'renewing', v1);
    commitAll(dir, 'v1 signed', '2019-03-02');
    const v2 = { ...v1, version: 2 };
    delete v2.signatures;
    delete v2.decisions;
    writeCharter(dir, 'renewing', v2);
    commitAll(dir, 'renewal started', '2024-06-01');

    const iati = await runCli(['publish', '--format', 'iati', '-o', '-'], { cwd: dir });
    expect(iati.stderr).toBe('');
    expect(iati.code).toBe(0);
    expect(await xsdErrors(iati.stdout)).toEqual([]);
    const activity = activities(iati.stdout).get('FR-RCS-218601946-renewing')!;
    // As of the last commit (2024-06-01), v1 (due 2024-03-01) is overdue: not a draft ("pipeline").
    expect(activity).toContain('<activity-status code="3"/>');
    expect(activity).toContain('<activity-date type="2" iso-date="2019-03-01"/>');

    const out = join(dir, 'package');
    const pack = await runCli(['publish', '--format', 'datapackage', '-o', out], { cwd: dir });
    expect(pack.code).toBe(0);
    const charters = readFileSync(join(out, 'charters.csv'), 'utf8');
    expect(charters).toMatch(/renewing,.*,overdue,2019-03-01,2024-03-01,/);
  });

  it('writes the same bytes in every time zone (dates come from the commit, never the clock)', () => {
    const dir = tempDir();
    writePortfolio(dir);
    const east = runCliProcess(['publish', '--format', 'iati', '-o', '-'], {
      cwd: dir,
      env: { TZ: 'Pacific/Kiritimati' },
    });
    const west = runCliProcess(['publish', '--format', 'iati', '-o', '-'], {
      cwd: dir,
      env: { TZ: 'Pacific/Pago_Pago' },
    });
    expect(east.code).toBe(0);
    expect(east.stdout).toBe(west.stdout);
    expect(east.stdout).toContain('last-updated-datetime="2026-03-01T12:00:00+00:00"');
  });
});
