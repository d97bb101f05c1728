/**
 * The charter's life by command (docs/lifecycle.md): every transition and every refusal, on real
 * git repositories with back-dated commits, through the CLI in-process. Each refusal names the
 * command that moves forward, and no two commands send the user to each other.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { commitAll, GIT_TEST_ENV, git, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

/** Version 1, signed by villeneuve (2024-10-19) and kassande (2025-02-08); due 2030-02-08. */
const SIGNED = readFileSync(new URL('../examples/villeneuve-kassande.md', import.meta.url), 'utf8');
/** The same version before any signature. */
const DRAFT = SIGNED.replace(/^signatures:\n(?: {2}.*\n)+/m, 'signatures: []\n');
const ID = 'villeneuve-kassande';

function envAt(date: string): NodeJS.ProcessEnv {
  return {
    ...GIT_TEST_ENV,
    GIT_AUTHOR_DATE: `${date}T12:00:00+00:00`,
    GIT_COMMITTER_DATE: `${date}T12:00:00+00:00`,
  };
}

/** A repository holding `text` as vk.md, committed on 2025-02-08 (tagged v1 when `tag`). */
function repo(text: string, options: { tag?: boolean } = {}): string {
  const dir = writeTree(tempDir(), { 'vk.md': text, 'delib/dcm.pdf': 'PDF of the decision\n' });
  initRepo(dir);
  commitAll(dir, 'version 1', '2025-02-08');
  if (options.tag) git(dir, ['tag', '-a', '-m', 'v1', `charte/${ID}/v1`], '2025-02-08');
  return dir;
}

/** Runs the CLI in `dir` on the day `asOf` (also the commits' date), in English unless told. */
async function cli(dir: string, args: readonly string[], asOf: string, lang = 'en') {
  return runCli([...args, '--as-of', asOf, '--lang', lang], { cwd: dir, env: envAt(asOf) });
}

const SIGN = {
  villeneuve: ['sign', 'vk.md', '--entity', 'villeneuve', '--signatory', 'H. Laurent', '--capacity', 'Maire'],
  kassande: ['sign', 'vk.md', '--entity', 'kassande', '--signatory', 'B. Zongo', '--capacity', 'Maire'],
  eauVive: ['sign', 'vk.md', '--entity', 'eau-vive', '--signatory', 'A. Diallo', '--capacity', 'Présidente'],
};
const JOIN_EAU_VIVE = [
  'amend',
  'vk.md',
  '--purpose',
  "Adhésion de l'association Eau Vive",
  '--join-entity',
  'id=eau-vive,name="Eau Vive, Kassandé",type=association,country=FR',
];

const WITHDRAW = [
  'amend',
  'vk.md',
  '--withdraw',
  '--reason',
  "Le conseil d'administration d'Eau Vive a refusé",
];

async function ok(result: Promise<{ code: number; stdout: string; stderr: string }>) {
  const r = await result;
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

/** v1 signed and tagged, avenant 1 (Eau Vive joining) opened on 2026-03-01 and committed. */
async function amending(): Promise<string> {
  const dir = repo(SIGNED, { tag: true });
  await ok(cli(dir, [...JOIN_EAU_VIVE, '--date', '2026-03-01', '--commit'], '2026-03-01'));
  return dir;
}

describe('avenant: a partner joins mid-term', () => {
  it('amend → decide → sign ×3 → tag v1-a1; the clock does not move; renew --start absorbs it', async () => {
    const dir = await amending();
    const opened = readFileSync(join(dir, 'vk.md'), 'utf8');
    expect(opened).toContain(
      '  - id: eau-vive\n    name: Eau Vive, Kassandé\n    role: associate\n    type: association\n    country: FR\n    required_signer: true\n',
    );
    expect(opened).toContain(
      "amendments:\n  - number: 1\n    purpose: Adhésion de l'association Eau Vive\n    opened_on: 2026-03-01\n    joining:\n      - eau-vive\n",
    );
    expect(git(dir, ['log', '-1', '--format=%s'])).toBe(
      `charte(${ID}): ouverture de l’avenant n° 1 à la v1\n`,
    );

    const decided = await ok(
      cli(
        dir,
        [
          'decide',
          'vk.md',
          '--entity',
          'villeneuve',
          '--body',
          'Conseil municipal',
          '--reference',
          'DCM-2026-10',
          '--date',
          '2026-03-10',
          '--amendment',
          '1',
          '--file',
          'delib/dcm.pdf',
          '--commit',
        ],
        '2026-03-10',
      ),
    );
    expect(decided.stdout).toContain('recorded for amendment no. 1');
    expect(readFileSync(join(dir, 'vk.md'), 'utf8')).toMatch(
      / {4}decisions:\n {6}- entity: villeneuve\n.*\n.*\n.*\n {8}file:\n {10}path: delib\/dcm.pdf\n {10}sha256: [0-9a-f]{64}\n/,
    );

    const first = await ok(cli(dir, [...SIGN.villeneuve, '--date', '2026-03-20', '--commit'], '2026-03-20'));
    expect(first.stdout).toContain('`villeneuve` signs amendment no. 1 to version 1');
    expect(first.stdout).toContain('Signatures still expected: `kassande` and `eau-vive`.');
    await ok(cli(dir, [...SIGN.kassande, '--date', '2026-03-22', '--commit'], '2026-03-22'));
    const last = await ok(cli(dir, [...SIGN.eauVive, '--date', '2026-03-25', '--commit'], '2026-03-25'));
    expect(last.stdout).toContain(
      'amendment no. 1 concluded on 25 March 2026; the renewal date does not change (8 February 2030)',
    );
    expect(last.stdout).toContain(`Tagged charte/${ID}/v1-a1.`);
    expect(git(dir, ['cat-file', '-t', `charte/${ID}/v1-a1`])).toBe('tag\n');
    expect(git(dir, ['rev-parse', `charte/${ID}/v1-a1^{commit}`])).toBe(git(dir, ['rev-parse', 'HEAD']));
    expect(git(dir, ['tag', '-l', '--format=%(contents:subject)', `charte/${ID}/v1-a1`])).toBe(
      `charte(${ID}): avenant n° 1 à la v1 conclu le 25 mars 2026\n`,
    );
    expect((await cli(dir, ['validate', 'vk.md'], '2026-03-25')).code).toBe(0);

    // diff between the version's tag and the avenant's tag.
    const diff = await ok(
      runCli(
        ['diff', 'vk.md', '--from', `charte/${ID}/v1`, '--to', `charte/${ID}/v1-a1`, '--format', 'json'],
        {
          cwd: dir,
        },
      ),
    );
    const changes = JSON.stringify(JSON.parse(diff.stdout));
    expect(changes).toContain('eau-vive');
    expect(changes).toContain('amendments');

    // A new avenant may follow; the renewal clears the avenants and Eau Vive signs v2.
    const started = await ok(cli(dir, ['renew', '--start', 'vk.md', '--commit'], '2029-11-02'));
    expect(started.stdout).toContain('version 2 opened');
    const v2 = readFileSync(join(dir, 'vk.md'), 'utf8');
    expect(v2).toMatch(/^amendments: \[\]$/m);
    expect(v2).toMatch(/^version: 2$/m);
    await ok(cli(dir, [...SIGN.villeneuve, '--date', '2029-12-01'], '2029-12-02'));
    const v2sign = await ok(cli(dir, [...SIGN.kassande, '--date', '2029-12-02'], '2029-12-02'));
    expect(v2sign.stdout).toContain('Signatures still expected: `eau-vive`.');
  });

  it('case 2: a partner added by hand to a signed, tagged version has a way forward', async () => {
    const added = SIGNED.replace(
      'referents:\n',
      '  - id: bobo\n    name: Commune de Bobo\n    role: south\n    type: commune\n    country: BF\nreferents:\n  - name: Ali Traoré\n    entity: bobo\n    function: Maire\n',
    );
    const dir = repo(SIGNED, { tag: true });
    git(dir, ['pack-refs', '--all']); // the tag is read from packed-refs too
    writeFileSync(join(dir, 'vk.md'), added);
    const bySign = await cli(
      dir,
      [
        'sign',
        'vk.md',
        '--entity',
        'bobo',
        '--signatory',
        'A. Traoré',
        '--capacity',
        'Maire',
        '--date',
        '2026-05-01',
      ],
      '2026-05-02',
    );
    expect(bySign.code).toBe(1);
    expect(bySign.stderr).toContain('`charte amend vk.md --purpose "Accession of …" --join bobo`');
    const byStart = await cli(dir, ['renew', '--start', 'vk.md'], '2026-05-02');
    expect(byStart.code).toBe(1);
    expect(byStart.stderr).toContain('`charte amend vk.md');
    expect(byStart.stderr).not.toContain('`charte sign`');
    expect(readFileSync(join(dir, 'vk.md'), 'utf8')).toBe(added);
    // The way forward.
    const amended = await ok(
      cli(
        dir,
        ['amend', 'vk.md', '--purpose', 'Adhésion de Bobo', '--join', 'bobo', '--date', '2026-05-02'],
        '2026-05-02',
      ),
    );
    expect(amended.stdout).toContain('Signers of the amendment: `villeneuve`, `kassande` and `bobo`.');
    await ok(
      cli(
        dir,
        [
          'sign',
          'vk.md',
          '--entity',
          'bobo',
          '--signatory',
          'A. Traoré',
          '--capacity',
          'Maire',
          '--date',
          '2026-05-03',
        ],
        '2026-05-03',
      ),
    );
  });

  it('while an avenant is open, an entity that is not its signer is sent to its signers, not to amend', async () => {
    const dir = await amending();
    const result = await cli(
      dir,
      [
        'sign',
        'vk.md',
        '--entity',
        'comite-jumelage',
        '--signatory',
        'X',
        '--capacity',
        'Y',
        '--date',
        '2026-03-02',
      ],
      '2026-03-02',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '`villeneuve`, `kassande` and `eau-vive` sign it (`charte sign --entity <id>`)',
    );
    expect(suggested(result.stderr)).toEqual(['sign']);
  });

  it('a partner declines: amend --withdraw closes avenant 1, Eau Vive does not join, avenant 2 follows', async () => {
    const dir = await amending();
    await ok(cli(dir, [...SIGN.villeneuve, '--date', '2026-03-20', '--commit'], '2026-03-20'));
    const before = readFileSync(join(dir, 'vk.md'), 'utf8');
    // Not before the avenant's last signature, nor with the opening's flags; --reason alone is refused.
    const early = await cli(dir, [...WITHDRAW, '--date', '2026-03-19'], '2026-04-01');
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('precedes the last signature of amendment no. 1 (on 20 March 2026)');
    const mixed = await cli(dir, [...WITHDRAW, '--purpose', 'P'], '2026-04-01');
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('--purpose cannot be used with --withdraw');
    const stray = await cli(dir, ['amend', 'vk.md', '--purpose', 'P', '--reason', 'R'], '2026-04-01');
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('--reason only goes with --withdraw');
    expect(readFileSync(join(dir, 'vk.md'), 'utf8')).toBe(before);

    const withdrawn = await ok(
      cli(dir, [...WITHDRAW, '--decision', 'CA-2026-04', '--date', '2026-04-01', '--commit'], '2026-04-01'),
    );
    expect(withdrawn.stdout).toContain('amendment no. 1 to version 1 withdrawn');
    expect(withdrawn.stdout).toContain(
      '`eau-vive` does not join the charter through this amendment: it is no longer a required signer of later versions.',
    );
    expect(withdrawn.stdout).toContain(
      '`eau-vive`, declared for this amendment, is removed from `entities`.',
    );
    // Nothing else was edited for the avenant: the command does not say that edits stay.
    expect(withdrawn.stdout).not.toContain('stay:');
    const after = readFileSync(join(dir, 'vk.md'), 'utf8');
    // The signed text, byte for byte (Eau Vive's entry and the parties block gone), plus the
    // avenant's record: its signature and its withdrawal.
    expect(after).toBe(
      SIGNED.replace(
        '\nrenewal:\n',
        `\namendments:\n  - number: 1\n    purpose: Adhésion de l'association Eau Vive\n    opened_on: 2026-03-01\n    joining:\n      - eau-vive\n    signatures:\n      - entity: villeneuve\n        signatory: H. Laurent\n        capacity: Maire\n        date: 2026-03-20\n    withdrawn:\n      date: 2026-04-01\n      reason: Le conseil d'administration d'Eau Vive a refusé\n      decision: CA-2026-04\n\nrenewal:\n`,
      ),
    );
    expect(git(dir, ['log', '-1', '--format=%s'])).toBe(`charte(${ID}): retrait de l’avenant n° 1 à la v1\n`);
    expect(git(dir, ['tag', '-l', `charte/${ID}/v1-a1`])).toBe('');
    expect((await cli(dir, ['validate', 'vk.md'], '2026-04-01')).code).toBe(0);
    // The log tells it: the commit that withdrew it, and the avenant without effect.
    const log = await ok(runCli(['log', 'vk.md', '--lang', 'en'], { cwd: dir, env: envAt('2026-04-02') }));
    expect(log.stdout).toContain(
      "amendment no. 1 (Adhésion de l'association Eau Vive): withdrawn on 1 April 2026, without effect (“Le conseil d'administration d'Eau Vive a refusé”)",
    );
    expect(log.stdout).toMatch(/2026-04-01 {2}[0-9a-f]{7} {2}amendment withdrawn no\. 1 +charte\(/);

    // The indicator: in force, nothing in progress; the avenant is not counted as completed.
    const renew = JSON.parse((await cli(dir, ['renew', 'vk.md', '--format', 'json'], '2026-04-02')).stdout);
    const [entry] = renew.charters;
    expect(entry.standing.standing).toBe('in_force');
    expect(entry.work).toBeNull();
    expect(entry.amendments).toEqual([]);
    expect(entry.amendedSinceSigning).toBe(false);

    // Eau Vive may join later through a new avenant, numbered 2 (no number is reused).
    const next = await ok(
      cli(
        dir,
        [
          'amend',
          'vk.md',
          '--purpose',
          'Adhésion, deuxième demande',
          '--join-entity',
          'id=eau-vive,name="Eau Vive, Kassandé",type=association,country=FR',
          '--date',
          '2026-04-01',
        ],
        '2026-04-02',
      ),
    );
    expect(next.stdout).toContain('amendment no. 2 to version 1 opened');
    expect(next.stdout).toContain('Signers of the amendment: `villeneuve`, `kassande` and `eau-vive`.');
    const reopened = await cli(dir, [...WITHDRAW, '--date', '2026-04-01'], '2026-04-02');
    expect(reopened.code).toBe(0);
    // Without the second avenant, renewal requires north and south only.
    writeFileSync(join(dir, 'vk.md'), after);
    await ok(cli(dir, ['renew', '--start', 'vk.md'], '2029-11-02'));
    await ok(cli(dir, [...SIGN.villeneuve, '--date', '2029-12-01'], '2029-12-02'));
    const v2 = await cli(dir, [...SIGN.kassande, '--date', '2029-12-02'], '2029-12-02');
    expect(v2.code).toBe(0);
    expect(v2.stdout).toContain('All required signers have signed: version 2 signed on 2 December 2029');
    expect(v2.stdout).not.toContain('eau-vive');
  });

  it('a partner declared for the avenant but named elsewhere stays, and the command says what stays', async () => {
    const dir = await amending();
    const text = readFileSync(join(dir, 'vk.md'), 'utf8');
    writeFileSync(
      join(dir, 'vk.md'),
      text.replace(
        'referents:\n',
        'referents:\n  - name: Aminata Diallo\n    entity: eau-vive\n    function: Présidente\n',
      ),
    );
    commitAll(dir, 'référente d’Eau Vive', '2026-03-02');
    const withdrawn = await ok(cli(dir, [...WITHDRAW, '--date', '2026-04-01'], '2026-04-01'));
    expect(withdrawn.stdout).toContain('`eau-vive`, declared for this amendment, stays under `entities`');
    expect(withdrawn.stdout).toContain('The other changes made in the file for this amendment');
    const after = readFileSync(join(dir, 'vk.md'), 'utf8');
    expect(after).toContain('  - id: eau-vive\n');
    expect(after).not.toContain('required_signer: true');
    expect((await cli(dir, ['validate', 'vk.md'], '2026-04-01')).code).toBe(0);
  });

  it('validate: a withdrawal before the opening, or of an avenant signed by all, is an error', async () => {
    const dir = await amending();
    const text = readFileSync(join(dir, 'vk.md'), 'utf8').replace(
      '      - eau-vive\n',
      '      - eau-vive\n    withdrawn:\n      date: 2026-02-01\n      reason: R\n',
    );
    writeFileSync(join(dir, 'vk.md'), text);
    const early = await cli(dir, ['validate', 'vk.md'], '2026-04-01');
    expect(early.code).toBe(1);
    expect(early.stdout + early.stderr).toContain(
      'withdrawal of 2026-02-01 precedes the opening of the amendment (2026-03-01)',
    );
    expect(early.stdout + early.stderr).toContain(
      '`eau-vive` was to join the charter through amendment no. 1, which is withdrawn, and is still marked `required_signer: true`',
    );
    const signedByAll = text
      .replace('date: 2026-02-01', 'date: 2026-03-30')
      .replace(
        '    withdrawn:',
        '    signatures:\n      - entity: villeneuve\n        signatory: H\n        capacity: M\n        date: 2026-03-02\n      - entity: kassande\n        signatory: B\n        capacity: M\n        date: 2026-03-02\n      - entity: eau-vive\n        signatory: A\n        capacity: P\n        date: 2026-03-02\n    withdrawn:',
      );
    writeFileSync(join(dir, 'vk.md'), signedByAll);
    const signed = await cli(dir, ['validate', 'vk.md'], '2026-04-01');
    expect(signed.code).toBe(1);
    expect(signed.stdout + signed.stderr).toContain('amendment no. 1 is signed by all its signers');
  });

  it('--join of an associate already declared marks it required_signer, in place', async () => {
    const dir = repo(SIGNED);
    await ok(
      cli(dir, ['amend', 'vk.md', '--purpose', 'Le comité signe', '--join', 'comite-jumelage'], '2026-01-05'),
    );
    const text = readFileSync(join(dir, 'vk.md'), 'utf8');
    expect(text).toContain(
      '    type: twinning_committee\n    country: FR\n    required_signer: true\n\nreferents:',
    );
  });
});

describe('decisions, suspension, termination, commitments', () => {
  it('suspend → resume → suspend again → terminate, each committed', async () => {
    const dir = repo(SIGNED, { tag: true });
    const suspended = await ok(
      cli(
        dir,
        ['suspend', 'vk.md', '--date', '2026-09-01', '--reason', 'Situation sécuritaire', '--commit'],
        '2026-09-02',
      ),
    );
    expect(suspended.stdout).toContain('charter suspended since 1 September 2026 (Situation sécuritaire)');
    expect(readFileSync(join(dir, 'vk.md'), 'utf8')).toContain(
      '\nsuspended:\n  since: 2026-09-01\n  reason: Situation sécuritaire\n',
    );
    expect(git(dir, ['log', '-1', '--format=%s'])).toBe(`charte(${ID}): suspension le 1er septembre 2026\n`);
    const renew = await cli(dir, ['renew', 'vk.md', '--format', 'json'], '2026-10-01');
    expect(renew.stdout).toContain('suspended');

    await ok(cli(dir, ['resume', 'vk.md', '--date', '2027-02-15', '--commit'], '2027-02-15'));
    expect(readFileSync(join(dir, 'vk.md'), 'utf8')).toContain(
      '  reason: Situation sécuritaire\n  resumed_on: 2027-02-15\n',
    );
    await ok(cli(dir, ['suspend', 'vk.md', '--date', '2027-06-01', '--reason', 'Élections'], '2027-06-01'));
    const again = readFileSync(join(dir, 'vk.md'), 'utf8');
    expect(again).toContain('\nsuspended:\n  since: 2027-06-01\n  reason: Élections\n');
    expect(again).not.toContain('resumed_on');
    await ok(
      cli(
        dir,
        [
          'terminate',
          'vk.md',
          '--date',
          '2027-07-01',
          '--reason',
          'Fin du jumelage',
          '--decision',
          'DCM-2027-40',
        ],
        '2027-07-01',
      ),
    );
    expect(readFileSync(join(dir, 'vk.md'), 'utf8')).toContain(
      '\nterminated:\n  date: 2027-07-01\n  reason: Fin du jumelage\n  decision: DCM-2027-40\n',
    );
    expect((await cli(dir, ['validate', 'vk.md'], '2027-07-01')).code).toBe(0);
  });

  it('decide pins a file of the repository and validate notices when it changes', async () => {
    const dir = repo(SIGNED);
    const args = [
      'decide',
      'vk.md',
      '--entity',
      'kassande',
      '--body',
      'Conseil',
      '--reference',
      'K-1',
      '--date',
      '2026-01-10',
    ];
    const result = await ok(cli(dir, [...args, '--file', 'delib/dcm.pdf'], '2026-01-11'));
    expect(result.stdout).toContain('File delib/dcm.pdf pinned');
    writeFileSync(join(dir, 'delib/dcm.pdf'), 'another text\n');
    const validate = await cli(dir, ['validate', 'vk.md'], '2026-01-11');
    expect(validate.stdout).toMatch(
      /vk\.md:\d+:\d+ +warning +file delib\/dcm\.pdf changed since it was recorded/,
    );
    const outside = writeTree(tempDir(), { 'elsewhere.pdf': 'x' });
    const refused = await cli(
      dir,
      [...args, '--reference', 'K-2', '--file', join(outside, 'elsewhere.pdf')],
      '2026-01-11',
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("is outside the charter's repository");
    const duplicate = await cli(dir, args, '2026-01-11');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('decision K-1 of `kassande` is already recorded');
  });

  it('commitment sets status, status_on and status_note in place, then replaces them', async () => {
    const dir = repo(SIGNED);
    await ok(
      cli(
        dir,
        ['commitment', 'vk.md', 'C1', '--status', 'in_progress', '--note', 'Deux forages sur trois'],
        '2026-04-01',
      ),
    );
    const text = readFileSync(join(dir, 'vk.md'), 'utf8');
    expect(text).toContain(
      '    due: 2027-06-30\n    status: in_progress\n    status_on: 2026-04-01\n    status_note: Deux forages sur trois\n  - id: C2',
    );
    await ok(
      cli(
        dir,
        ['commitment', 'vk.md', 'C1', '--status', 'done', '--date', '2026-06-30', '--commit'],
        '2026-07-01',
      ),
    );
    expect(readFileSync(join(dir, 'vk.md'), 'utf8')).toBe(
      text
        .replace('status: in_progress', 'status: done')
        .replace('status_on: 2026-04-01', 'status_on: 2026-06-30'),
    );
    const unknown = await cli(dir, ['commitment', 'vk.md', 'C9', '--status', 'done'], '2026-07-01');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown commitment `C9`');
  });
});

/** The states of docs/lifecycle.md, each built in its own repository. */
const STATES: Record<string, () => Promise<string>> = {
  'brouillon (draft)': async () => repo(DRAFT),
  'en vigueur (in force)': async () => repo(SIGNED, { tag: true }),
  'avenant ouvert (amendment open)': amending,
  'partenaire ajouté à la main (partner added by hand)': async () => {
    const dir = repo(SIGNED, { tag: true });
    writeFileSync(
      join(dir, 'vk.md'),
      SIGNED.replace(
        'referents:\n',
        '  - id: bobo\n    name: Bobo\n    role: south\n    type: commune\n    country: BF\nreferents:\n  - name: A\n    entity: bobo\n    function: Maire\n',
      ),
    );
    return dir;
  },
  'avenant retiré (amendment withdrawn)': async () => {
    const dir = await amending();
    await ok(cli(dir, [...WITHDRAW, '--date', '2026-04-01', '--commit'], '2026-04-01'));
    return dir;
  },
  'suspendue (suspended)': async () => {
    const dir = repo(SIGNED, { tag: true });
    await ok(cli(dir, ['suspend', 'vk.md', '--date', '2026-09-01', '--reason', 'R'], '2026-09-01'));
    return dir;
  },
  'résiliée (terminated)': async () => {
    const dir = repo(SIGNED, { tag: true });
    await ok(cli(dir, ['terminate', 'vk.md', '--date', '2026-09-01', '--reason', 'R'], '2026-09-01'));
    return dir;
  },
};

/** One attempt of every command, with valid flags, on 2026-10-01. */
const COMMANDS: Record<string, readonly string[]> = {
  sign: [...SIGN.villeneuve, '--date', '2026-09-30'],
  'renew --start': ['renew', '--start', 'vk.md'],
  amend: ['amend', 'vk.md', '--purpose', 'P', '--date', '2026-09-30'],
  'amend --withdraw': [...WITHDRAW, '--date', '2026-09-30'],
  decide: [
    'decide',
    'vk.md',
    '--entity',
    'kassande',
    '--body',
    'B',
    '--reference',
    'R-9',
    '--date',
    '2026-09-30',
  ],
  suspend: ['suspend', 'vk.md', '--date', '2026-09-30', '--reason', 'R'],
  resume: ['resume', 'vk.md', '--date', '2026-09-30'],
  terminate: ['terminate', 'vk.md', '--date', '2026-09-30', '--reason', 'R'],
  commitment: ['commitment', 'vk.md', 'C1', '--status', 'done'],
};

/** The commands a refusal tells the user to run (`charte sign`, `charte renew --start`…). */
function suggested(message: string): string[] {
  return [...message.matchAll(/`charte (renew --start|[a-z]+)(?: \S+ (--withdraw))?/g)].map((m) =>
    m[2] ? `${m[1]} ${m[2]}` : m[1]!,
  );
}

/** Expected outcome of each command in each state: 0, or the commands its refusal names. */
const TABLE: Record<string, Record<string, 0 | string[]>> = {
  'brouillon (draft)': {
    sign: 0,
    'renew --start': ['sign'],
    amend: ['sign'],
    'amend --withdraw': [],
    decide: 0,
    suspend: 0,
    resume: ['renew'],
    terminate: 0,
    commitment: 0,
  },
  'en vigueur (in force)': {
    sign: ['amend', 'renew --start'],
    'renew --start': 0,
    amend: 0,
    'amend --withdraw': ['amend'],
    decide: 0,
    suspend: 0,
    resume: ['renew'],
    terminate: 0,
    commitment: 0,
  },
  'avenant ouvert (amendment open)': {
    sign: 0,
    'renew --start': ['sign', 'amend --withdraw'],
    amend: ['sign', 'amend --withdraw'],
    'amend --withdraw': 0,
    decide: 0,
    suspend: 0,
    resume: ['renew'],
    terminate: 0,
    commitment: 0,
  },
  'partenaire ajouté à la main (partner added by hand)': {
    sign: ['amend', 'renew --start'],
    'renew --start': ['amend'],
    amend: ['amend'],
    'amend --withdraw': [],
    decide: 0,
    suspend: 0,
    resume: ['renew'],
    terminate: 0,
    commitment: 0,
  },
  'avenant retiré (amendment withdrawn)': {
    sign: ['amend', 'renew --start'],
    'renew --start': 0,
    amend: 0,
    'amend --withdraw': ['amend'],
    decide: 0,
    suspend: 0,
    resume: ['renew'],
    terminate: 0,
    commitment: 0,
  },
  'suspendue (suspended)': {
    sign: ['resume'],
    'renew --start': ['resume'],
    amend: ['resume'],
    'amend --withdraw': ['resume'],
    decide: 0,
    suspend: ['resume'],
    resume: 0,
    terminate: 0,
    commitment: 0,
  },
  'résiliée (terminated)': {
    sign: ['init'],
    'renew --start': ['init'],
    amend: ['init'],
    'amend --withdraw': ['init'],
    decide: ['init'],
    suspend: ['init'],
    resume: ['init'],
    terminate: ['init'],
    commitment: ['init'],
  },
};

describe('the state machine: every command in every state', () => {
  for (const [state, build] of Object.entries(STATES)) {
    it(`${state}: each command succeeds or refuses naming the command that moves forward, writing nothing`, async () => {
      const outcomes: Record<string, 0 | string[]> = {};
      for (const [name, args] of Object.entries(COMMANDS)) {
        const dir = await build();
        const before = readFileSync(join(dir, 'vk.md'));
        const result = await cli(dir, args, '2026-10-01');
        if (result.code === 0) outcomes[name] = 0;
        else {
          expect(result.code, `${name}: ${result.stderr}`).toBe(1);
          expect(readFileSync(join(dir, 'vk.md')).equals(before)).toBe(true);
          outcomes[name] = suggested(result.stderr);
          // The French refusal names the same commands.
          const french = await cli(dir, args, '2026-10-01', 'fr');
          expect(french.code).toBe(1);
          expect(suggested(french.stderr)).toEqual(outcomes[name]);
        }
      }
      expect(outcomes).toEqual(TABLE[state]);
      // No two commands send the user to each other.
      for (const [a, sendsTo] of Object.entries(outcomes)) {
        if (sendsTo === 0) continue;
        for (const b of sendsTo) {
          const back = outcomes[b];
          if (b !== a && Array.isArray(back)) expect(back, `${a} ⇄ ${b} in ${state}`).not.toContain(a);
        }
      }
    });
  }
});

describe('refusals that depend on dates and numbers', () => {
  it('refuses an avenant dated before the signature, a resumption before its suspension, a decision for a missing avenant', async () => {
    const dir = repo(SIGNED, { tag: true });
    const early = await cli(dir, ['amend', 'vk.md', '--purpose', 'P', '--date', '2025-01-01'], '2026-01-01');
    expect(early.code).toBe(1);
    expect(early.stderr).toContain(
      '--date 2025-01-01 precedes the signature of version 1 (on 8 February 2025)',
    );
    const noAmendment = await cli(
      dir,
      [
        'decide',
        'vk.md',
        '--entity',
        'kassande',
        '--body',
        'B',
        '--reference',
        'R',
        '--date',
        '2026-01-01',
        '--amendment',
        '3',
      ],
      '2026-01-02',
    );
    expect(noAmendment.code).toBe(1);
    expect(noAmendment.stderr).toContain('there is no amendment no. 3');
    expect(noAmendment.stderr).toContain('`charte amend`');
    await ok(cli(dir, ['suspend', 'vk.md', '--date', '2026-03-01', '--reason', 'R'], '2026-03-01'));
    const resumeEarly = await cli(dir, ['resume', 'vk.md', '--date', '2026-02-01'], '2026-03-02');
    expect(resumeEarly.code).toBe(1);
    expect(resumeEarly.stderr).toContain('precedes the start of the suspension');
    const suspendBefore = await cli(
      repo(SIGNED),
      ['suspend', 'vk.md', '--date', '2024-01-01', '--reason', 'R'],
      '2026-03-02',
    );
    expect(suspendBefore.code).toBe(1);
    expect(suspendBefore.stderr).toContain("precedes the charter's last signature");
    const joinUnknown = await cli(
      repo(SIGNED),
      ['amend', 'vk.md', '--purpose', 'P', '--join', 'nobody'],
      '2026-03-02',
    );
    expect(joinUnknown.code).toBe(1);
    expect(joinUnknown.stderr).toContain('--join-entity id=nobody');
    const badEntity = await cli(
      repo(SIGNED),
      [...JOIN_EAU_VIVE.slice(0, 4), '--join-entity', 'id=x,name'],
      '2026-03-02',
    );
    expect(badEntity.code).toBe(2);
  });

  it('validate reports hand-written avenant mistakes with their place', async () => {
    const broken = SIGNED.replace(
      '\nrenewal:',
      '\namendments:\n  - number: 2\n    purpose: P\n    opened_on: 2024-01-01\n    joining: [ghost]\n    signatures:\n      - entity: comite-jumelage\n        signatory: X\n        capacity: Y\n        date: 2025-03-01\n\nrenewal:',
    );
    const dir = repo(broken);
    const result = await cli(dir, ['validate', 'vk.md'], '2026-01-01');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/vk\.md:\d+:\d+ +error +amendment no\. 2 in this place/);
    expect(result.stdout).toContain('precedes the signature of the version');
    expect(result.stdout).toContain('`ghost` joins the charter through this amendment but is not declared');
    expect(result.stdout).toContain('`comite-jumelage` is not a signer of amendment no. 2');
  });
});
