/**
 * `charte report` on the fixture portfolio (test/fixtures/report/portfolio.ts): 32 charters with
 * a back-dated git history covering every standing, avenants, a late renewal, a lapsed charter
 * with its renewal in progress, a suspended and a terminated charter. Golden outputs (Markdown,
 * CSV, JSON, the L.1115-6 worksheet) are file snapshots; the worksheet's figures are also checked
 * here by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../src/i18n/catalogue.js';
import { yearlyAmounts } from '../src/portfolio/build.js';
import { CHARTER_COLUMNS, WORKSHEET_COLUMNS } from '../src/portfolio/format-csv.js';
import { AS_OF, buildPortfolioRepo } from './fixtures/report/portfolio.js';
import { runCli } from './helpers/cli.js';
import { commitAll, initRepo } from './helpers/git.js';
import { tempDir } from './helpers/tmp.js';

let dir: string;

beforeAll(() => {
  dir = tempDir('charte-report-');
  buildPortfolioRepo(dir);
}, 120_000);

const report = (args: string[], lang = 'fr') =>
  runCli(['report', '--as-of', AS_OF, '--lang', lang, ...args], { cwd: dir });

interface JsonCharter {
  id: string;
  standing: {
    standing: string;
    version: number | null;
    amendment: number | null;
    daysLate: number | null;
    signedOn: string | null;
    dueOn: string | null;
    suspended: unknown;
    terminated: unknown;
  };
  work: { kind: string; awaited: string[]; decisionsMissing: string[]; joining: string[] } | null;
  versions: Array<{ version: number; signedOn: string; renewedLate: boolean }>;
  actions: Array<{ code: string; entity: string | null }>;
}

async function json(args: string[] = []) {
  const result = await report(['--format', 'json', ...args]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as {
    report: number;
    indicator: { compliant: number; counted: number; total: number };
    counts: Record<string, number>;
    charters: JsonCharter[];
    worksheet: Array<Record<string, unknown>>;
    commitments: {
      overdue: Array<{ charter: string; id: string; days: number }>;
      upcoming: Array<{ charter: string; id: string }>;
    };
    decisionsOfYear: Array<{ charter: string; date: string }>;
  };
}

describe('charte report on a portfolio of 32 charters', () => {
  it('gives every standing, the work in progress and the actions, most urgent first', async () => {
    const p = await json();
    expect(p.charters).toHaveLength(32);
    const byId = new Map(p.charters.map((c) => [c.id, c]));
    const c = (n: number) => byId.get(`charte-${String(n).padStart(2, '0')}`)!;
    expect(
      Object.keys(p.counts)
        .filter((k) => p.counts[k]! > 0)
        .sort(),
    ).toEqual(['due_soon', 'in_force', 'never_signed', 'overdue', 'suspended', 'terminated']);
    expect(c(1).standing).toMatchObject({
      standing: 'in_force',
      version: 1,
      signedOn: '2024-11-05',
      dueOn: '2029-11-05',
    });
    expect(c(2).standing).toMatchObject({ standing: 'due_soon', dueOn: '2027-03-15' });
    expect(c(2).actions).toEqual([
      { code: 'prepare_renewal', entity: null, entityName: null, before: '2027-03-15' },
    ]);
    // Overdue since 2025-06-20: 529 days on 2026-12-01, and no renewal opened.
    expect(c(3).standing).toMatchObject({ standing: 'overdue', daysLate: 529 });
    expect(c(3).actions.map((a) => a.code)).toEqual(['start_renewal']);
    // Lapsed: v1 of 2015 is overdue although v2 is being signed.
    expect(c(4).standing).toMatchObject({
      standing: 'overdue',
      version: 1,
      signedOn: '2015-06-20',
      dueOn: '2020-06-20',
    });
    expect(c(4).work).toMatchObject({ kind: 'renewal', awaited: ['akwadum'], decisionsMissing: ['akwadum'] });
    expect(c(4).actions.map((a) => `${a.code}:${a.entity}`)).toEqual(['decision:akwadum', 'sign:akwadum']);
    // Renewed late: v2 signed after v1's due date.
    expect(c(5).versions.map((v) => [v.version, v.renewedLate])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(c(5).standing.standing).toBe('in_force');
    expect(c(6).standing.standing).toBe('never_signed');
    expect(c(6).work?.kind).toBe('first_signature');
    expect(c(7).work).toMatchObject({ kind: 'first_signature', awaited: ['kassande'] });
    expect(c(8).standing).toMatchObject({ standing: 'suspended', daysLate: null });
    expect(c(8).standing.suspended).toEqual({
      since: '2025-04-01',
      reason: 'Crise sécuritaire dans la région',
      resumedOn: null,
    });
    expect(c(9).standing).toMatchObject({ standing: 'terminated', daysLate: null });
    expect(c(9).work).toBeNull();
    // An avenant open: the association joins, the south and the association are awaited.
    expect(c(10).work).toMatchObject({
      kind: 'amendment',
      awaited: ['jacmel', 'comite'],
      joining: ['comite'],
    });
    expect(c(11).standing).toMatchObject({ standing: 'in_force', amendment: 1 });
    expect(c(11).work).toBeNull();
    // Tacit renewal: the due date moves on.
    expect(c(12).standing).toMatchObject({ standing: 'in_force', dueOn: '2029-04-01' });
    // Suspended, then resumed: in force again.
    expect(c(13).standing.standing).toBe('in_force');
    // Urgency: overdue (latest first), never signed, due soon, … suspended, terminated.
    const order = p.charters.map((x) => x.standing.standing);
    expect(order[0]).toBe('overdue');
    expect(order.at(-1)).toBe('terminated');
    expect(order.at(-2)).toBe('suspended');
    const lates = p.charters
      .filter((x) => x.standing.standing === 'overdue')
      .map((x) => x.standing.daysLate!);
    expect(lates).toEqual([...lates].sort((a, b) => b - a));
    // The indicator: suspended and terminated charters are outside it.
    expect(p.indicator.total).toBe(32);
    expect(p.indicator.counted).toBe(30);
    expect(p.indicator.compliant).toBe(p.counts.in_force! + p.counts.due_soon!);
  });

  it('lists commitments overdue and upcoming, and the decisions of the year', async () => {
    const p = await json();
    const overdue = p.commitments.overdue.map((l) => `${l.charter}/${l.id}`);
    expect(overdue).toContain('charte-01/C2');
    expect(overdue).toContain('charte-03/C2');
    // Done commitments and those of a terminated charter are not chased.
    expect(overdue).not.toContain('charte-01/C4');
    expect(overdue).not.toContain('charte-09/C2');
    expect(p.commitments.overdue.find((l) => l.charter === 'charte-01')!.days).toBe(154);
    expect(p.commitments.upcoming.map((l) => `${l.charter}/${l.id}`)).toContain('charte-01/C3');
    expect(p.decisionsOfYear.every((d) => d.date.startsWith('2026'))).toBe(true);
    expect(p.decisionsOfYear.map((d) => d.charter)).toEqual(
      expect.arrayContaining(['charte-07', 'charte-10']),
    );
  });

  it('computes the L.1115-6 worksheet as checked by hand', async () => {
    const result = await report(['--format', 'oda', '--year', '2026']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(WORKSHEET_COLUMNS.join(','));
    // 2026, by hand:
    // - charte-01 (signed 2024-11-05): 6 000 € yearly + a human resource valued 1 500 € yearly;
    // - charte-02 (signed 2022-03-15): 10 000 € in total over 5 years = 2 000 € in 2026;
    // - charte-15 (signed 2023-04-16): 1 000 × (15 mod 7 + 1) = 2 000 € yearly;
    // - charte-08 is suspended since 2025-04-01: nothing in 2026; charte-03 and charte-04 are
    //   overdue, their period ended; charte-09 was terminated in 2024; charte-06 was never signed.
    expect(lines.slice(1)).toEqual([
      '2026,montfleury,Commune de Montfleury,MG,Madagascar,Commune d’Ambositra,charte-02,EUR,2000,0,2000',
      '2026,saint-aubin,Commune de Saint-Aubin-les-Prés,SN,Sénégal,Commune de Ndiaganiao,charte-01,EUR,6000,1500,7500',
      '2026,villeneuve,Commune de Villeneuve-sur-Brenne,SN,Sénégal,Commune de Ndiaganiao,charte-15,EUR,2000,0,2000',
    ]);
    // 2023: a one-off amount in the year of the signature, a material one in kind, the suspended
    // charter before its suspension.
    const y2023 = (await report(['--format', 'oda', '--year', '2023'])).stdout;
    expect(y2023).toContain(',charte-05,EUR,2500,0,2500');
    expect(y2023).toContain(',charte-10,EUR,0,1200,1200');
    expect(y2023).toContain(',charte-08,EUR,8000,0,8000');
  });

  it('maps yearly, total and one-off amounts to years', () => {
    expect(
      yearlyAmounts({ amount: 100, period: 'yearly' }, '2024-11-05', 5, null).map((x) => x.year),
    ).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(
      yearlyAmounts({ amount: 100, period: 'total' }, '2024-11-05', 3, null).map((x) => x.amount),
    ).toEqual([33.33, 33.33, 33.34]);
    expect(yearlyAmounts({ amount: 100 }, '2024-11-05', 5, null)).toEqual([{ year: 2024, amount: 100 }]);
    expect(yearlyAmounts({ amount: 100, period: 'yearly' }, '2019-05-05', 5, '2021-02-01')).toHaveLength(2);
    expect(
      yearlyAmounts({ amount: 100, period: 'yearly' }, '2023-01-01', 5, null, {
        since: '2024-06-01',
        resumedOn: '2026-01-01',
      }).map((x) => x.year),
    ).toEqual([2023, 2024, 2026, 2027]);
  });

  it('filters by state, country, entity, pilot and tag', async () => {
    const ids = async (args: string[]) => (await json(args)).charters.map((c) => c.id);
    const overdue = await ids(['--state', 'overdue']);
    expect(overdue.length).toBeGreaterThan(3);
    expect(
      (await json(['--state', 'overdue'])).charters.every((c) => c.standing.standing === 'overdue'),
    ).toBe(true);
    const both = await ids(['--state', 'suspended,terminated']);
    expect(both.sort()).toEqual(['charte-08', 'charte-09']);
    const senegal = await json(['--country', 'SN']);
    expect(senegal.charters.length).toBeGreaterThan(0);
    expect(await ids(['--entity', 'kassande'])).toContain('charte-07');
    expect(await ids(['--entity', 'KASSANDÉ'])).toEqual(await ids(['--entity', 'kassande']));
    const pilot = await ids(['--pilot', 'jeunesse']);
    expect(pilot.length).toBeGreaterThan(0);
    expect(pilot.every((id) => Number(id.slice(-2)) % 3 === 2)).toBe(true);
    const odd7 = await ids(['--tag', 'odd:7']);
    expect(odd7).toEqual(await ids(['--tag', 'sdg:7']));
    expect(odd7.every((id) => Number(id.slice(-2)) % 3 === 1)).toBe(true);
    expect((await ids(['--tag', 'a21:95'])).every((id) => Number(id.slice(-2)) % 2 === 0)).toBe(true);
    const bad = await report(['--state', 'late']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--state late');
    expect((await report(['--year', '26'])).code).toBe(2);
  });

  it('writes plural forms with the platform rules', () => {
    const fr = messages('fr').report;
    const en = messages('en').report;
    expect(fr.summaryCounts.overdue(1)).toBe('1 charte en retard');
    expect(fr.summaryCounts.overdue(3)).toBe('3 chartes en retard');
    expect(fr.late(0)).toBe('en retard de 0 jour');
    expect(en.summaryCounts.overdue(1)).toBe('1 charter overdue');
    expect(en.late(1)).toBe('1 day late');
    expect(en.late(2)).toBe('2 days late');
    expect(fr.late(1529)).toBe('en retard de 1\u202f529 jours');
  });

  it('golden outputs: Markdown (fr, en), CSV, JSON and the worksheet', async () => {
    const md = await report(['--format', 'markdown']);
    expect(md.code).toBe(0);
    // No raw code and no negative day count in the minutes.
    expect(md.stdout).not.toMatch(/\b(overdue|due_soon|never_signed|in_force|start_renewal)\b/);
    expect(md.stdout).not.toMatch(/-\d+ jours/);
    expect(md.stdout).toMatch(/en retard de 529 jours/);
    expect(md.stdout).toContain('relancer la signature d’Akwadum District Assembly');
    await expect(md.stdout).toMatchFileSnapshot('fixtures/report/golden/portfolio.fr.md');
    const en = await report(['--format', 'markdown'], 'en');
    expect(en.stdout).toContain('529 days late');
    await expect(en.stdout).toMatchFileSnapshot('fixtures/report/golden/portfolio.en.md');
    const csv = await report(['--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe(CHARTER_COLUMNS.join(','));
    expect(csv.stdout.trimEnd().split('\r\n')).toHaveLength(33);
    await expect(csv.stdout).toMatchFileSnapshot('fixtures/report/golden/charters.csv');
    const js = await report(['--format', 'json']);
    await expect(js.stdout).toMatchFileSnapshot('fixtures/report/golden/portfolio.json');
    const oda = await report(['--format', 'oda']);
    await expect(oda.stdout).toMatchFileSnapshot('fixtures/report/golden/oda.csv');
  });

  it('the Table Schemas describe the CSV columns, in order', () => {
    const charters = JSON.parse(readFileSync('schemas/report-charters.tableschema.json', 'utf8')) as {
      fields: Array<{ name: string; description: string }>;
    };
    expect(charters.fields.map((f) => f.name)).toEqual([...CHARTER_COLUMNS]);
    expect(charters.fields.every((f) => f.description.length > 10)).toBe(true);
    const oda = JSON.parse(readFileSync('schemas/report-oda.tableschema.json', 'utf8')) as {
      fields: Array<{ name: string }>;
    };
    expect(oda.fields.map((f) => f.name)).toEqual([...WORKSHEET_COLUMNS]);
  });

  it('text: a summary line, colours only on a terminal', async () => {
    const plain = await report([]);
    expect(plain.code).toBe(0);
    expect(plain.stdout.split('\n')[1]).toMatch(/^\d+ sur 30 partenariats ont une signature en vigueur/);
    expect(plain.stdout).not.toContain('\u001b[');
    const tty = await runCli(['report', '--as-of', AS_OF, '--lang', 'en'], {
      cwd: dir,
      stdoutIsTTY: true,
      env: { LANG: 'en_US.UTF-8', NO_COLOR: undefined, TERM: 'xterm' },
    });
    expect(tty.stdout).toContain('\u001b[');
    expect(tty.stdout).toContain('charters overdue');
  });
});

describe('charte report keeps untrusted text as text', () => {
  it('escapes titles and names in the HTML and its SVG, and in Markdown', async () => {
    const repo = tempDir('charte-report-escape-');
    const text = readFileSync('examples/villeneuve-kassande.md', 'utf8')
      .replace(
        /^title: .*$/m,
        'title: "Charte </svg><script>alert(1)</script> & <img src=x onerror=alert(2)> | **gras**"',
      )
      .replace('name: Commune rurale de Kassandé', 'name: "Kassandé <b onmouseover=x>"');
    writeFileSync(join(repo, 'charte.md'), text);
    initRepo(repo);
    commitAll(repo, 'charte', '2025-03-01');
    const out = join(repo, 'r.html');
    const html = await runCli(['report', '--as-of', AS_OF, '--format', 'html', '-o', out], { cwd: repo });
    expect(html.code, html.stderr).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toMatch(/<b onmouseover/i);
    expect(page).toContain('&#x3C;/svg>&#x3C;script>');
    const md = await runCli(['report', '--as-of', AS_OF, '--format', 'markdown'], { cwd: repo });
    expect(md.stdout).toContain('\\<script\\>');
    expect(md.stdout).toContain('\\| \\*\\*gras\\*\\*');
  });
});
