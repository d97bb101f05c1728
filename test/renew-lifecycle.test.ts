/**
 * Issue 9 ("the indicator comes from the last fully signed text", cases 1 and 6) and issue 13
 * (items 4, 6, 16), each reproduced on a real git repository with back-dated commits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charterText, decidedOn, NORTH, SOUTH, signedBy } from './fixtures/history/charter.js';
import { runCli } from './helpers/cli.js';
import { commitAll, git, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

interface Json {
  charters: Array<
    Record<string, unknown> & { standing: Record<string, unknown>; work: Record<string, unknown> | null }
  >;
  warnings: Array<{ severity: string; code: string; path: string; message: string }>;
}
const json = (stdout: string) => JSON.parse(stdout) as Json;

const FRIENDS = {
  id: 'friends',
  name: 'Friends of Southvale',
  role: 'associate' as const,
  type: 'association',
};

/** Inserts YAML lines just before the closing fence of a charter written by charterText. */
function withBlock(text: string, lines: readonly string[]): string {
  const close = text.indexOf('\n---\n', 3);
  return `${text.slice(0, close + 1)}${lines.join('\n')}\n${text.slice(close + 1)}`;
}

/** A v1 signed on 2015-06-20 (decisions before), committed that day. */
function signedIn2015(dir: string, path = 'charte.md'): void {
  writeTree(dir, {
    [path]: charterText({
      id: 'ouaga',
      title: 'Charte Northfield – Southvale',
      decisions: decidedOn('2015-05-01', '2015-05-02'),
      signatures: signedBy('2015-06-10', '2015-06-20'),
    }),
  });
  commitAll(dir, 'v1 signed', '2015-06-20');
}

describe('issue 9, case 1: starting a renewal does not hide an overdue charter', () => {
  it('v1 signed 2015-06-20, renew --start 2020-01-15, v2 unsigned: overdue on 2020-08-01 in every format, exit 1', async () => {
    const dir = tempDir();
    initRepo(dir);
    signedIn2015(dir);
    const start = await runCli(['renew', '--start', 'charte.md', '--as-of', '2020-01-15'], { cwd: dir });
    expect(start.code).toBe(0);
    commitAll(dir, 'start v2', '2020-01-15');
    const run = (args: string[]) => runCli(['renew', '--as-of', '2020-08-01', ...args], { cwd: dir });

    const report = await run(['--format', 'json', '--fail-on', 'due_soon']);
    expect(report.code).toBe(1);
    expect(json(report.stdout).charters[0]).toMatchObject({
      version: 2,
      state: 'overdue',
      signedOn: '2015-06-20',
      dueOn: '2020-06-20',
      standing: {
        standing: 'overdue',
        version: 1,
        signedOn: '2015-06-20',
        dueOn: '2020-06-20',
        daysLeft: null,
        daysLate: 42,
        suspended: null,
        terminated: null,
      },
      work: {
        kind: 'renewal',
        version: 2,
        amendment: null,
        signed: [],
        awaited: ['northfield', 'southvale'],
        decisionsPresent: [],
        decisionsMissing: ['northfield', 'southvale'],
        joining: [],
      },
      history: [],
    });
    expect((await run(['--format', 'json'])).code).toBe(1);
    expect((await run(['--format', 'json', '--fail-on', 'never'])).code).toBe(0);

    const text = await run(['--lang', 'fr']);
    expect(text.code).toBe(1);
    expect(text.stdout).toBe(
      [
        'charte.md  (ouaga, v2)',
        '  renouvellement en retard · v1 signée le 20 juin 2015 · échéance le 20 juin 2020 · en retard de 42 jours',
        '  en cours : renouvellement, v2 · attendue de Town of Northfield, Southvale District · délibération manquante : Town of Northfield, Southvale District',
        '1 charte au 1er août 2020 : 1 en retard, 1 signature ou avenant en cours',
        '',
      ].join('\n'),
    );

    const markdown = await run(['--format', 'markdown', '--lang', 'fr']);
    expect(markdown.stdout).toContain(
      '| Charte Northfield – Southvale (`ouaga`, v1) | Town of Northfield (entité du Nord) ; Southvale District (entité du Sud) | renouvellement en retard | 20 juin 2015 | 20 juin 2020 | en retard de 42 jours | en cours : renouvellement, v2 · attendue de Town of Northfield, Southvale District · délibération manquante : Town of Northfield, Southvale District |',
    );
    expect(markdown.stdout).toContain(
      '1 charte au 1er août 2020 : 1 en retard, 1 signature ou avenant en cours',
    );
    expect(markdown.stdout).not.toMatch(/overdue|renewal|\| -\d/);

    const ics = (await run(['--format', 'ics'])).stdout.replace(/\r\n /g, '').split('\r\n');
    const overdue = ics.slice(ics.indexOf('UID:ouaga-v1-overdue@charte'));
    expect(overdue).toContain('DTSTART;VALUE=DATE:20200801');
    expect(overdue.find((l) => l.startsWith('SUMMARY:'))).toBe(
      'SUMMARY:OVERDUE: charter Charte Northfield – Southvale (v1)\\, 42 days late',
    );
    // Not silent about the draft successor, and an alarm on the day.
    expect(overdue.find((l) => l.startsWith('DESCRIPTION:'))).toContain('in progress: renewal\\, v2');
    expect(overdue).toContain('TRIGGER:PT9H');
    expect(ics).toContain('UID:ouaga-v1-due@charte');
  });

  it('a new partner added to a signed file keeps an overdue charter overdue (exit 1), the change is work in progress', async () => {
    const dir = tempDir();
    initRepo(dir);
    signedIn2015(dir);
    // required_signer is not in the fixture's entity spec: written into the text directly.
    const text = charterText({
      id: 'ouaga',
      title: 'Charte Northfield – Southvale',
      entities: [NORTH, SOUTH, { ...FRIENDS, country: 'FR' }],
      decisions: decidedOn('2015-05-01', '2015-05-02'),
      signatures: signedBy('2015-06-10', '2015-06-20'),
    }).replace('    role: associate\n', '    role: associate\n    required_signer: true\n');
    writeTree(dir, { 'charte.md': text });
    commitAll(dir, 'Friends of Southvale join', '2020-03-01');
    const report = await runCli(['renew', '--as-of', '2020-08-01', '--format', 'json'], { cwd: dir });
    expect(report.code).toBe(1);
    expect(json(report.stdout).charters[0]).toMatchObject({
      state: 'overdue',
      amendedSinceSigning: true,
      standing: { standing: 'overdue', version: 1, signedOn: '2015-06-20', daysLate: 42 },
      work: {
        kind: 'unsigned_change',
        version: 1,
        signed: ['northfield', 'southvale'],
        awaited: ['friends'],
        joining: ['friends'],
      },
    });
    // In force before the due date: still the signed v1, not a quiet "partially signed".
    const before = await runCli(['renew', '--as-of', '2019-01-01', '--format', 'json'], { cwd: dir });
    expect(json(before.stdout).charters[0]).toMatchObject({
      state: 'in_force',
      standing: { standing: 'in_force' },
    });
    const en = await runCli(['renew', '--as-of', '2020-08-01'], { cwd: dir });
    expect(en.stdout).toContain('in progress: signed v1 was changed without an amendment');
    expect(en.stdout).toContain('awaited from Friends of Southvale');
  });
});

describe('issue 9, case 6: suspended and terminated charters', () => {
  function repo(): string {
    const dir = tempDir();
    initRepo(dir);
    const base = (id: string) =>
      charterText({ id, title: `Charte ${id}`, signatures: signedBy('2015-06-10', '2015-06-20') });
    writeTree(dir, {
      'a-terminated.md': withBlock(base('ended'), [
        'terminated:',
        '  date: 2019-03-31',
        '  reason: "Dissolution du comité de jumelage"',
      ]),
      'b-suspended.md': withBlock(base('paused'), [
        'suspended:',
        '  since: 2018-09-01',
        '  reason: "Situation sécuritaire"',
      ]),
      'c-resumed.md': withBlock(base('resumed'), [
        'suspended:',
        '  since: 2016-01-01',
        '  reason: "Élections"',
        '  resumed_on: 2016-06-01',
      ]),
    });
    commitAll(dir, 'three charters', '2019-04-01');
    return dir;
  }

  it('show their date and reason, get no lateness, no negative day count and no due event', async () => {
    const dir = repo();
    const report = await runCli(['renew', '--as-of', '2024-01-01', '--format', 'json'], { cwd: dir });
    const [ended, paused, resumed] = json(report.stdout).charters;
    expect(ended).toMatchObject({
      state: 'terminated',
      daysLeft: null,
      standing: {
        standing: 'terminated',
        daysLeft: null,
        daysLate: null,
        terminated: { date: '2019-03-31', reason: 'Dissolution du comité de jumelage' },
      },
    });
    expect(paused).toMatchObject({
      state: 'suspended',
      daysLeft: null,
      standing: {
        standing: 'suspended',
        daysLate: null,
        suspended: { since: '2018-09-01', reason: 'Situation sécuritaire', resumedOn: null },
      },
    });
    // A resumed charter is judged on its dates again.
    expect(resumed).toMatchObject({
      state: 'overdue',
      standing: { standing: 'overdue', suspended: { resumedOn: '2016-06-01' } },
    });
    // Only the resumed one is late.
    expect(
      (await runCli(['renew', 'a-terminated.md', 'b-suspended.md', '--as-of', '2024-01-01'], { cwd: dir }))
        .code,
    ).toBe(0);

    const fr = await runCli(['renew', '--as-of', '2024-01-01', '--lang', 'fr'], { cwd: dir });
    expect(fr.stdout).toContain('résiliée le 31 mars 2019 (motif : Dissolution du comité de jumelage)');
    expect(fr.stdout).toContain('suspendue depuis le 1er septembre 2018 (motif : Situation sécuritaire)');
    expect(fr.stdout).not.toMatch(/-\d+ jours|en retard de \d+ jours.*résiliée/);
    // Sorted by urgency: the overdue charter first, the terminated one last.
    expect(fr.stdout.split('\n').filter((l) => l.endsWith(')') && !l.startsWith(' '))).toEqual([
      'c-resumed.md  (resumed, v1)',
      'b-suspended.md  (paused, v1)',
      'a-terminated.md  (ended, v1)',
    ]);
    expect(fr.stdout).toContain('3 chartes au 1er janvier 2024 : 1 en retard, 1 suspendue, 1 résiliée');

    const markdown = await runCli(
      ['renew', '--as-of', '2024-01-01', '--format', 'markdown', '--lang', 'fr'],
      {
        cwd: dir,
      },
    );
    const row = (id: string) => markdown.stdout.split('\n').find((l) => l.startsWith(`| Charte ${id} (`))!;
    expect(row('ended')).toContain(
      '| résiliée le 31 mars 2019 (motif : Dissolution du comité de jumelage) | 20 juin 2015 | — | — |',
    );
    expect(row('paused')).toContain(
      '| suspendue depuis le 1er septembre 2018 (motif : Situation sécuritaire) | 20 juin 2015 | — | — |',
    );
    expect(markdown.stdout).not.toMatch(/\| -\d/);

    const ics = (await runCli(['renew', '--as-of', '2024-01-01', '--format', 'ics'], { cwd: dir })).stdout;
    expect(ics).not.toContain('UID:ended-');
    expect(ics).not.toContain('UID:paused-');
    expect(ics).toContain('UID:resumed-v1-due@charte');
  });
});

describe('avenants: the five-year clock does not move', () => {
  function amendment(signatures: Array<[string, string]>): string[] {
    const lines = [
      'amendments:',
      '  - number: 1',
      '    purpose: "Friends of Southvale join; commitment C3"',
      '    opened_on: 2017-03-01',
      '    joining: [friends]',
      '    decisions:',
      '      - entity: northfield',
      '        body: "Council"',
      '        reference: "DCM-2017-12"',
      '        date: 2017-03-20',
    ];
    if (signatures.length > 0) {
      lines.push('    signatures:');
      for (const [entity, date] of signatures) {
        lines.push(
          `      - entity: ${entity}`,
          '        signatory: "Someone"',
          '        capacity: "Mayor"',
          `        date: ${date}`,
        );
      }
    }
    return lines;
  }

  function charterWith(signatures: Array<[string, string]>): string {
    return withBlock(
      charterText({
        id: 'ouaga',
        title: 'Charte Northfield – Southvale',
        entities: [NORTH, SOUTH, { ...FRIENDS, country: 'FR' }],
        decisions: decidedOn('2015-05-01', '2015-05-02'),
        signatures: signedBy('2015-06-10', '2015-06-20'),
      }),
      amendment(signatures),
    );
  }

  it('an open avenant is work in progress; once complete it is listed, tagged, and the due date is unchanged', async () => {
    const dir = tempDir();
    initRepo(dir);
    signedIn2015(dir);
    writeTree(dir, { 'charte.md': charterWith([['northfield', '2017-04-02']]) });
    commitAll(dir, 'open avenant 1; northfield signs it', '2017-04-02');
    const open = await runCli(['renew', '--as-of', '2017-05-01', '--format', 'json'], { cwd: dir });
    expect(open.code).toBe(0);
    expect(json(open.stdout).charters[0]).toMatchObject({
      state: 'in_force',
      standing: { standing: 'in_force', version: 1, amendment: null, dueOn: '2020-06-20' },
      work: {
        kind: 'amendment',
        version: 1,
        amendment: 1,
        purpose: 'Friends of Southvale join; commitment C3',
        signed: ['northfield'],
        awaited: ['southvale', 'friends'],
        decisionsPresent: ['northfield'],
        decisionsMissing: ['southvale', 'friends'],
        joining: ['friends'],
      },
      amendments: [],
    });

    writeTree(dir, {
      'charte.md': charterWith([
        ['northfield', '2017-04-02'],
        ['southvale', '2017-05-10'],
        ['friends', '2017-05-12'],
      ]),
    });
    const completing = commitAll(dir, 'avenant 1 signed by all', '2017-05-12');
    git(dir, ['tag', '-a', 'charte/ouaga/v1-a1', '-m', 'avenant 1', completing], '2017-05-12');
    const done = await runCli(['renew', '--as-of', '2018-01-01', '--format', 'json'], { cwd: dir });
    expect(json(done.stdout).charters[0]).toMatchObject({
      standing: {
        standing: 'in_force',
        version: 1,
        amendment: 1,
        signedOn: '2015-06-20',
        dueOn: '2020-06-20',
      },
      work: null,
      amendments: [
        {
          number: 1,
          purpose: 'Friends of Southvale join; commitment C3',
          signedOn: '2017-05-12',
          commit: completing,
        },
      ],
      amendedSinceSigning: false,
    });
    expect(json(done.stdout).warnings).toEqual([]);
    const text = await runCli(['renew', '--as-of', '2018-01-01', '--lang', 'fr'], { cwd: dir });
    expect(text.stdout).toContain(
      '  avenant n° 1 signé le 12 mai 2017 (Friends of Southvale join; commitment C3)',
    );

    const log = await runCli(['log', 'charte.md', '--format', 'json'], { cwd: dir });
    const v1 = JSON.parse(log.stdout).versions[0];
    expect(v1.amendments).toEqual([
      {
        number: 1,
        purpose: 'Friends of Southvale join; commitment C3',
        signedOn: '2017-05-12',
        signingCommit: completing,
        signingUnknown: false,
        tag: { name: 'charte/ouaga/v1-a1', commit: completing, matches: true },
        withdrawnOn: null,
        withdrawalReason: null,
      },
    ]);
    expect(v1.commits.map((c: { kind: string; amendment?: number }) => [c.kind, c.amendment])).toEqual([
      ['signed', undefined],
      ['amendment-opened', 1],
      ['amendment-signed', 1],
    ]);
    const logText = await runCli(['log', 'charte.md', '--lang', 'fr'], { cwd: dir });
    expect(logText.stdout).toContain(
      `avenant n° 1 (Friends of Southvale join; commitment C3) : signé le 12 mai 2017 dans le commit ${completing.slice(0, 7)} [charte/ouaga/v1-a1]`,
    );
    expect(logText.stdout).toContain('avenant signé n° 1');
  });
});

describe('issue 13, item 4: the history reads each version as the loader does', () => {
  it('a quoted multi-line title holding `signatures:` does not make an unsigned charter in force', async () => {
    const dir = tempDir();
    initRepo(dir);
    const crafted = charterText({ id: 'quoted' }).replace(
      /\ntitle: .*\n/,
      '\ntitle: "Charter\nsignatures:\n  - entity: northfield\n    date: 2020-01-01\n  - entity: southvale\n    date: 2020-01-02\n"\n',
    );
    writeTree(dir, { 'q.md': crafted });
    commitAll(dir, 'crafted', '2020-02-01');
    // A later commit changes the body only: the history's version is what decides.
    writeTree(dir, { 'q.md': `${crafted}\nMore text.\n` });
    commitAll(dir, 'more text', '2020-03-01');
    const validate = await runCli(['validate', 'q.md', '--format', 'json', '--as-of', '2020-04-01'], {
      cwd: dir,
    });
    expect(validate.stdout).not.toContain('yaml-syntax');
    const report = await runCli(['renew', '--as-of', '2020-04-01', '--format', 'json'], { cwd: dir });
    expect(json(report.stdout).charters[0]).toMatchObject({
      state: 'draft',
      signedOn: null,
      standing: { standing: 'never_signed' },
      work: { kind: 'first_signature', awaited: ['northfield', 'southvale'] },
    });
    const log = JSON.parse((await runCli(['log', 'q.md', '--format', 'json'], { cwd: dir })).stdout);
    expect(log.versions[0].signedOn).toBeNull();
  });

  it('lone CR line breaks never hide signatures silently: the loader and history refuse them, and say so', async () => {
    const dir = tempDir();
    initRepo(dir);
    const signed = charterText({ id: 'cr', signatures: signedBy('2024-01-01', '2024-01-02') });
    writeTree(dir, { 'cr.md': signed });
    commitAll(dir, 'signed', '2024-01-03');
    const start = signed.indexOf('\nsignatures:\n') + 1;
    const end = signed.indexOf('\n---\n', start);
    const crafted = `${signed.slice(0, start)}${signed.slice(start, end).replace(/\n/g, '\r')}${signed.slice(end)}`;
    writeTree(dir, { 'cr.md': crafted });
    const crCommit = commitAll(dir, 'saved with old Mac line breaks', '2024-02-01');
    const report = await runCli(['renew', '--as-of', '2025-01-01', '--format', 'json'], { cwd: dir });
    const parsed = json(report.stdout);
    // The version with lone CRs is refused as the loader refuses it, and the refusal is reported.
    const unreadable = parsed.warnings.find((w) => w.code === 'unreadable-version');
    expect(unreadable?.message).toContain(crCommit.slice(0, 7));
    expect(report.code).toBe(1);
    // validate names the cause at its line.
    const validate = await runCli(['validate', 'cr.md', '--lang', 'en'], { cwd: dir });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/cr\.md:\d+:\d+ {2}error {2}.*\(line-endings\)/);
  });

  it('a version the loader refuses is not counted, and renew says so with the loader’s diagnostic', async () => {
    const dir = tempDir();
    initRepo(dir);
    writeTree(dir, { 'b.md': '---\ncharte: 1\nid: [broken\nsignatures: []\n---\n' });
    const broken = commitAll(dir, 'broken', '2023-01-01');
    writeTree(dir, { 'b.md': charterText({ id: 'b', signatures: signedBy('2024-01-01', '2024-01-02') }) });
    commitAll(dir, 'fixed and signed', '2024-01-03');
    const report = await runCli(['renew', '--as-of', '2025-01-01', '--format', 'json'], { cwd: dir });
    const warning = json(report.stdout).warnings.find((w) => w.code === 'unreadable-version');
    expect(warning?.message).toContain(
      `b.md: 1 version recorded in git is unreadable and is not counted (the first at commit ${broken.slice(0, 7)} (2023-01-01): 4:1: YAML syntax error`,
    );
    expect(json(report.stdout).charters[0]).toMatchObject({ state: 'in_force' });
  });
});

describe('issue 13, item 6: signature dates', () => {
  it('invalid, pre-1900 and future signature dates are reported by renew, naming the file and the date', async () => {
    const dir = tempDir();
    initRepo(dir);
    writeTree(dir, {
      'bad.md': charterText({
        id: 'bad',
        signatures: [
          { entity: 'northfield', date: '2023-02-30' },
          { entity: 'southvale', date: '0024-01-02' },
        ],
      }),
      'future.md': charterText({ id: 'future', signatures: signedBy('2024-01-01', '2031-01-02') }),
    });
    commitAll(dir, 'dates', '2024-01-03');
    const report = await runCli(['renew', '--as-of', '2025-01-01', '--format', 'json'], { cwd: dir });
    const warnings = json(report.stdout).warnings;
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'invalid-signature-date',
        path: 'bad.md',
        message: expect.stringContaining(
          'bad.md: signatures[0].date is "2023-02-30", which is not a calendar date',
        ),
      }),
      expect.objectContaining({
        code: 'invalid-signature-date',
        path: 'bad.md',
        message: expect.stringContaining('bad.md: signatures[1].date is "0024-01-02", a year before 1900'),
      }),
      expect.objectContaining({
        code: 'future-signature-date',
        path: 'future.md',
        message:
          'future.md: signatures[1].date is 2031-01-02, after the day of the check (2025-01-01); check the date of this signature',
      }),
    ]);
    // The pre-1900 date is never computed 1,900 years off: the charter is simply not signed.
    expect(json(report.stdout).charters[0]).toMatchObject({ path: 'bad.md', state: 'draft', signedOn: null });
  });

  it('validate refuses a year before 1900 at file:line:col with a clear message', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'old.md': charterText({ id: 'old', signatures: [{ entity: 'northfield', date: '0099-05-01' }] }),
    });
    const result = await runCli(['validate', 'old.md', '--as-of', '2025-01-01'], { cwd: dir });
    expect(result.code).toBe(1);
    const line =
      readFileSync(join(dir, 'old.md'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('0099-05-01')) + 1;
    expect(result.stdout + result.stderr).toMatch(new RegExp(`old\\.md:${line}:\\d+`));
    expect(result.stdout + result.stderr).toContain('1900');
  });
});

describe('issue 13, item 16: shallow clones, control characters and HTML', () => {
  it('log in a shallow clone does not say "elsewhere!" for a tag on the commit shown', async () => {
    const dir = tempDir();
    initRepo(dir);
    signedIn2015(dir);
    git(dir, ['tag', '-a', 'charte/ouaga/v1', '-m', 'v1', 'HEAD'], '2015-06-20');
    writeTree(dir, { 'charte.md': `${readFileSync(join(dir, 'charte.md'), 'utf8')}\nMore.\n` });
    commitAll(dir, 'more', '2016-01-01');
    const clone = join(tempDir(), 'clone');
    git(dir, ['clone', '-q', '--depth', '2', '--no-single-branch', `file://${dir}`, clone]);
    git(clone, ['fetch', '-q', '--depth', '2', 'origin', 'refs/tags/*:refs/tags/*']);
    const text = await runCli(['log', 'charte.md'], { cwd: clone });
    expect(text.stdout).toContain('[charte/ouaga/v1]');
    expect(text.stdout).not.toContain('elsewhere');
    const log = JSON.parse((await runCli(['log', 'charte.md', '--format', 'json'], { cwd: clone })).stdout);
    expect(log.versions[0].tag.matches).toBe(true);
  });

  it('control characters and raw HTML in data are escaped in text, markdown and log', async () => {
    const dir = tempDir();
    initRepo(dir);
    writeTree(dir, {
      'x.md': charterText({
        id: 'x',
        title: 'Evil \u001b[2J\u001b]0;owned\u0007 <script>alert(1)</script> [link](javascript:x)',
        entities: [{ ...NORTH, name: 'North <b>bold</b>\rOverwritten' }, SOUTH],
        signatures: signedBy('2015-01-01', '2015-01-02'),
      }),
    });
    commitAll(dir, 'subject with \u001b[31mred\u001b[0m', '2015-01-03');
    const markdown = (await runCli(['renew', '--as-of', '2025-01-01', '--format', 'markdown'], { cwd: dir }))
      .stdout;
    expect(markdown).not.toContain('\u001b');
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('<b>');
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).toContain('\\[link\\](javascript:x)');
    // A carriage return inside a cell is a line break: a space in a table row.
    expect(markdown).toContain('North &lt;b&gt;bold&lt;/b&gt; Overwritten');
    const text = (await runCli(['renew', '--as-of', '2025-01-01'], { cwd: dir })).stdout;
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    const log = (await runCli(['log', 'x.md'], { cwd: dir })).stdout;
    expect(log).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(log).toContain('subject with \\x1B[31mred\\x1B[0m');
  });
});
