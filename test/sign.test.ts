/**
 * `charte sign` end to end: real files, real git repositories, the CLI in-process (and as a
 * process where the process matters: exit codes, time zones).
 */
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signCharter } from '../src/lifecycle/sign.js';
import { runCli, runCliProcess } from './helpers/cli.js';
import { commitAll, GIT_TEST_ENV, git, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/sign/${name}`, import.meta.url), 'utf8');
const DRAFT = fixture('draft.md');
const DRAFT_SIGNED = fixture('draft.signed.md');
/** Partially signed (saint-aubin signed version 2 on 2026-06-12; akwadum has not). */
const PARTIAL = readFileSync(new URL('../examples/saint-aubin-akwadum.md', import.meta.url), 'utf8');

const KAYA_SIGNS = [
  '--entity',
  'kaya',
  '--signatory',
  'Maïmouna "la Grande" Sawadogo',
  '--capacity',
  'Maire: 1re adjointe #2',
  '--date',
  '2024-02-29',
  '--place',
  'Kaya, Burkina Faso',
  '--decision',
  'D-07',
];
const LYON_SIGNS = [
  '--entity',
  'lyon-est',
  '--signatory',
  'Anne Morel',
  '--capacity',
  'Maire',
  '--date',
  '2024-03-04',
];
const AKWADUM_SIGNS = [
  '--entity',
  'akwadum',
  '--signatory',
  'Kofi Boateng',
  '--capacity',
  'District Chief Executive',
];

/** A repository holding `files`, committed on 2024-01-15. */
function repo(files: Record<string, string | Buffer>): string {
  const dir = writeTree(tempDir(), files);
  initRepo(dir);
  commitAll(dir, 'initial', '2024-01-15');
  return dir;
}

const gitEnv = {
  ...GIT_TEST_ENV,
  GIT_AUTHOR_DATE: '2024-03-05T09:00:00+00:00',
  GIT_COMMITTER_DATE: '2024-03-05T09:00:00+00:00',
};

function crlfBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')]);
}

describe('charte sign: the file', () => {
  it('adds one entry and keeps every other byte (golden file), in-process and as a process', async () => {
    const dir = writeTree(tempDir(), { 'a/draft.md': DRAFT, 'b/draft.md': DRAFT });
    const inProcess = await runCli(['sign', 'a/draft.md', ...KAYA_SIGNS, '--as-of', '2024-03-01'], {
      cwd: dir,
    });
    expect(inProcess).toMatchObject({ code: 0, stderr: '' });
    expect(inProcess.stdout).toBe(
      'a/draft.md: `kaya` signs version 1 (Maïmouna "la Grande" Sawadogo, Maire: 1re adjointe #2, on 29 February 2024).\n' +
        'Signatures still expected: `lyon-est`.\n',
    );
    expect(readFileSync(join(dir, 'a/draft.md'), 'utf8')).toBe(DRAFT_SIGNED);

    const proc = runCliProcess(
      ['sign', 'b/draft.md', ...KAYA_SIGNS, '--as-of', '2024-03-01', '--lang', 'fr'],
      {
        cwd: dir,
      },
    );
    expect(proc.code).toBe(0);
    expect(proc.stdout).toContain('b/draft.md : `kaya` signe la version 1');
    expect(proc.stdout).toContain('Signatures encore attendues : `lyon-est`.');
    expect(readFileSync(join(dir, 'b/draft.md'), 'utf8')).toBe(DRAFT_SIGNED);
  });

  it('keeps CRLF, the BOM and the file mode', async () => {
    const dir = writeTree(tempDir(), { 'draft.md': crlfBom(DRAFT) });
    chmodSync(join(dir, 'draft.md'), 0o640);
    const result = await runCli(['sign', 'draft.md', ...KAYA_SIGNS, '--as-of', '2024-03-01'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'draft.md')).equals(crlfBom(DRAFT_SIGNED))).toBe(true);
    expect(statSync(join(dir, 'draft.md')).mode & 0o777).toBe(0o640);
  });

  it('accepts 29 February in a leap year; the renewal falls due on 28 February', async () => {
    const dir = writeTree(tempDir(), { 'draft.md': DRAFT });
    await runCli(
      ['sign', 'draft.md', ...LYON_SIGNS.slice(0, 6), '--date', '2024-02-29', '--as-of', '2024-03-01'],
      {
        cwd: dir,
      },
    );
    const result = await signCharter('draft.md', {
      cwd: dir,
      lang: 'en',
      asOf: '2024-03-01',
      entity: 'kaya',
      signatory: 'M. Sawadogo',
      capacity: 'Maire',
      date: '2024-02-29',
    });
    expect(result).toMatchObject({
      complete: true,
      completedNow: true,
      signedOn: '2024-02-29',
      dueOn: '2029-02-28',
    });
    const validate = await runCli(['validate', 'draft.md', '--as-of', '2024-03-01'], { cwd: dir });
    expect(validate.code).toBe(0);
  });

  it('says when the charter is complete', async () => {
    const dir = writeTree(tempDir(), { 'charter.md': PARTIAL });
    const result = await runCli(
      [
        'sign',
        'charter.md',
        ...AKWADUM_SIGNS,
        '--date',
        '2026-07-01',
        '--decision',
        'DA-2026-3',
        '--as-of',
        '2026-07-15',
      ],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    // Akwadum's assembly has no recorded decision yet: the new signature carries the warning.
    expect(result.stderr).toBe(
      "charter.md:127:13  warning  `akwadum` signed with no recorded decision: add its body's vote under `decisions`  (decision-missing)\n",
    );
    expect(result.stdout).toContain(
      'All required signers have signed: version 2 signed on 1 July 2026, due for renewal on 1 July 2031.',
    );
  });

  it("prints validate's warnings about the new entry, and still signs", async () => {
    const dir = writeTree(tempDir(), { 'draft.md': DRAFT });
    const args = [...KAYA_SIGNS.slice(0, -1), 'D-99', '--as-of', '2024-03-01'];
    const result = await runCli(['sign', 'draft.md', ...args], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'draft.md:49:13  warning  `D-99` matches no decision of `kaya` (D-07)  (decision-ref)\n',
    );
    expect(readFileSync(join(dir, 'draft.md'), 'utf8')).toBe(
      DRAFT_SIGNED.replace('decision: D-07', 'decision: D-99'),
    );
  });
});

interface Refusal {
  name: string;
  file: string;
  args: string[];
  code: 1 | 2;
  stderr: RegExp;
  /** Also run as a real process (what a shell sees: exit code, stderr). */
  process?: true;
}

const REFUSALS: Refusal[] = [
  {
    name: 'an unknown entity, with a did-you-mean',
    file: DRAFT,
    args: ['--entity', 'kya', ...KAYA_SIGNS.slice(2), '--as-of', '2024-03-01'],
    code: 1,
    stderr: /unknown entity `kya`; did you mean `kaya`\? \(the charter's entities: lyon-est, kaya\)/,
    process: true,
  },
  {
    name: 'an entity that already signed this version',
    file: PARTIAL,
    args: [
      '--entity',
      'saint-aubin',
      '--signatory',
      'X',
      '--capacity',
      'Y',
      '--date',
      '2026-06-20',
      '--as-of',
      '2026-07-01',
    ],
    code: 1,
    stderr:
      /`saint-aubin` already signed version 2 \(Sophie Garnier, on 12 June 2026\).*`charte amend`.*`charte renew --start`/,
  },
  {
    name: 'a date that does not exist',
    file: DRAFT,
    args: [...KAYA_SIGNS.slice(0, 6), '--date', '2023-02-29', '--as-of', '2024-03-01'],
    code: 1,
    stderr: /--date 2023-02-29: no such day in the calendar/,
  },
  {
    name: 'a date in the future of --as-of',
    file: DRAFT,
    args: [...KAYA_SIGNS.slice(0, 6), '--date', '2024-03-02', '--as-of', '2024-03-01'],
    code: 1,
    stderr: /--date 2024-03-02 is in the future \(today is 1 March 2024\)/,
  },
  {
    name: "a date before the entity's decision",
    file: DRAFT,
    args: [...KAYA_SIGNS.slice(0, 6), '--date', '2024-02-10', '--as-of', '2024-03-01'],
    code: 1,
    stderr: /--date 2024-02-10 precedes the decision of `kaya` \(D-07, of 20 February 2024\)/,
  },
  {
    name: "an invalid charter, with validate's diagnostics",
    file: DRAFT.replace('kind: solidarity_charter', 'kind: treaty'),
    args: [...KAYA_SIGNS, '--as-of', '2024-03-01'],
    code: 1,
    stderr:
      /charter\.md is not a valid charter, nothing was signed; fix these errors first:\ncharter\.md:6:7 {2}error/,
  },
  {
    name: 'missing flags (usage)',
    file: DRAFT,
    args: ['--entity', 'kaya'],
    code: 2,
    stderr: /missing --signatory, --capacity, --date/,
    process: true,
  },
  {
    name: 'a date not written YYYY-MM-DD (usage)',
    file: DRAFT,
    args: [...KAYA_SIGNS.slice(0, 6), '--date', '29/02/2024'],
    code: 2,
    stderr: /--date 29\/02\/2024: write the date as YYYY-MM-DD/,
  },
  {
    name: 'an empty value (usage)',
    file: DRAFT,
    args: [...KAYA_SIGNS.slice(0, 2), '--signatory', '  ', ...KAYA_SIGNS.slice(4)],
    code: 2,
    stderr: /--signatory is empty/,
  },
  {
    name: 'a line break in a value (usage)',
    file: DRAFT,
    args: [...KAYA_SIGNS.slice(0, 2), '--signatory', 'A\nB', ...KAYA_SIGNS.slice(4)],
    code: 2,
    stderr: /--signatory holds a control character or a line break/,
  },
  {
    name: 'a bad --as-of (usage)',
    file: DRAFT,
    args: [...KAYA_SIGNS, '--as-of', 'tomorrow'],
    code: 2,
    stderr: /--as-of tomorrow: not a calendar date/,
  },
];

describe('charte sign: refusals write nothing', () => {
  it.each(REFUSALS)('$name', async ({ file, args, code, stderr }) => {
    const dir = writeTree(tempDir(), { 'charter.md': file });
    const result = await runCli(['sign', 'charter.md', ...args], { cwd: dir });
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(stderr);
    expect(result.stdout).toBe('');
    expect(readFileSync(join(dir, 'charter.md'), 'utf8')).toBe(file);
  });

  it.each(REFUSALS.filter((r) => r.process))('as a process: $name', ({ file, args, code, stderr }) => {
    const dir = writeTree(tempDir(), { 'charter.md': file });
    const result = runCliProcess(['sign', 'charter.md', ...args], { cwd: dir });
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(stderr);
    expect(result.stderr.startsWith('charte: ')).toBe(true);
    expect(result.stdout).toBe('');
    expect(readFileSync(join(dir, 'charter.md'), 'utf8')).toBe(file);
  });

  it('refuses in French too', async () => {
    const dir = writeTree(tempDir(), { 'charter.md': DRAFT });
    const result = await runCli(
      ['sign', 'charter.md', '--lang', 'fr', '--entity', 'kya', ...KAYA_SIGNS.slice(2)],
      {
        cwd: dir,
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('entité inconnue `kya` ; vouliez-vous dire `kaya` ?');
  });

  it('a missing file is a usage error', async () => {
    const result = await runCli(['sign', 'nowhere.md', ...KAYA_SIGNS], { cwd: tempDir() });
    expect(result).toMatchObject({ code: 2, stderr: 'charte: nowhere.md: no such file\n' });
  });

  it('refuses when the file changes on disk between read and write', async () => {
    const dir = writeTree(tempDir(), { 'draft.md': DRAFT });
    const path = join(dir, 'draft.md');
    const attempt = signCharter('draft.md', {
      cwd: dir,
      lang: 'en',
      asOf: '2024-03-01',
      entity: 'kaya',
      signatory: 'M. Sawadogo',
      capacity: 'Maire',
      date: '2024-02-29',
      hooks: { beforeCommit: () => writeFileSync(path, `${DRAFT}\nSaved by an editor.\n`) },
    });
    await expect(attempt).rejects.toMatchObject({
      code: 1,
      message: expect.stringMatching(/changed on disk/),
    });
    expect(readFileSync(path, 'utf8')).toBe(`${DRAFT}\nSaved by an editor.\n`);
  });
});

describe('charte sign --commit', () => {
  it('commits the file alone; the signature that completes the signers tags the version', async () => {
    const dir = repo({ 'charters/draft.md': DRAFT, 'notes.md': 'notes\n' });
    // Unrelated work in progress: a staged change and an unstaged one must stay as they are.
    writeFileSync(join(dir, 'notes.md'), 'notes, staged\n');
    git(dir, ['add', 'notes.md']);
    writeFileSync(join(dir, 'scratch.md'), 'untracked\n');

    const first = await runCli(
      ['sign', 'charters/draft.md', ...KAYA_SIGNS, '--commit', '--as-of', '2024-03-05'],
      {
        cwd: dir,
        env: gitEnv,
      },
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Committed [0-9a-f]{12}\./);
    expect(git(dir, ['log', '-1', '--format=%s'])).toBe('charte(lyon-kaya): kaya signe la v1\n');
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD'])).toBe('charters/draft.md\n');
    expect(git(dir, ['tag', '--list'])).toBe('');
    expect(git(dir, ['show', 'HEAD:charters/draft.md'])).toBe(DRAFT_SIGNED);

    const second = await runCli(['sign', 'draft.md', ...LYON_SIGNS, '--commit', '--as-of', '2024-03-05'], {
      cwd: join(dir, 'charters'),
      env: gitEnv,
    });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Tagged charte/lyon-kaya/v1.');
    const head = git(dir, ['rev-parse', 'HEAD']).trim();
    expect(git(dir, ['log', '-1', '--format=%s'])).toBe('charte(lyon-kaya): lyon-est signe la v1\n');
    expect(git(dir, ['cat-file', '-t', 'charte/lyon-kaya/v1'])).toBe('tag\n');
    expect(git(dir, ['rev-parse', 'charte/lyon-kaya/v1^{commit}']).trim()).toBe(head);
    expect(git(dir, ['tag', '-l', '--format=%(contents:subject)', 'charte/lyon-kaya/v1'])).toBe(
      'charte(lyon-kaya): v1 signée le 4 mars 2024\n',
    );
    // The staged change is still staged and uncommitted; the untracked file is still untracked.
    expect(git(dir, ['diff', '--cached', '--name-only'])).toBe('notes.md\n');
    expect(git(dir, ['status', '--porcelain'])).toBe('M  notes.md\n?? scratch.md\n');
  });

  it('commits a file git did not track yet, and nothing else', async () => {
    const dir = repo({ 'README.md': 'readme\n' });
    writeTree(dir, { 'charter.md': DRAFT, 'other.md': 'other\n' });
    const result = await runCli(['sign', 'charter.md', ...KAYA_SIGNS, '--commit', '--as-of', '2024-03-05'], {
      cwd: dir,
      env: gitEnv,
    });
    expect(result.code).toBe(0);
    expect(git(dir, ['show', '--name-status', '--format=', 'HEAD'])).toBe('A\tcharter.md\n');
    expect(git(dir, ['status', '--porcelain'])).toBe('?? other.md\n');
  });

  it('passes a path beginning with - after --, with no option injection', async () => {
    const dir = repo({ '-charte.md': DRAFT, ':(glob)*.md': 'not a pathspec\n' });
    writeFileSync(join(dir, ':(glob)*.md'), 'changed, must not be committed\n');
    const result = await runCli(
      ['sign', ...KAYA_SIGNS, '--commit', '--as-of', '2024-03-05', '--', '-charte.md'],
      {
        cwd: dir,
        env: gitEnv,
      },
    );
    expect(result.code).toBe(0);
    expect(git(dir, ['show', '--name-only', '--format=%s', 'HEAD'])).toBe(
      'charte(lyon-kaya): kaya signe la v1\n\n-charte.md\n',
    );
    expect(readFileSync(join(dir, '-charte.md'), 'utf8')).toBe(DRAFT_SIGNED);
    expect(git(dir, ['status', '--porcelain'])).toBe(' M :(glob)*.md\n');
  });

  it('a version whose tag exists was completed: a missing signer is sent to an avenant, before writing', async () => {
    const dir = repo({ 'charter.md': PARTIAL });
    git(dir, ['tag', '-a', '-m', 'made by hand', 'charte/saint-aubin-akwadum/v2']);
    const before = git(dir, ['rev-parse', 'HEAD']);
    writeFileSync(join(dir, 'charter.md'), PARTIAL); // same bytes: the working tree is clean
    const result = await runCli(
      ['sign', 'charter.md', ...AKWADUM_SIGNS, '--date', '2026-07-01', '--commit', '--as-of', '2026-07-15'],
      { cwd: dir, env: gitEnv },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /version 2 is already signed and tagged \(charte\/saint-aubin-akwadum\/v2\); `akwadum` joins it through an amendment: `charte amend charter.md/,
    );
    expect(readFileSync(join(dir, 'charter.md'), 'utf8')).toBe(PARTIAL);
    expect(git(dir, ['rev-parse', 'HEAD'])).toBe(before);
  });

  it('outside a repository: a usage error, nothing written', async () => {
    const dir = writeTree(tempDir(), { 'draft.md': DRAFT });
    const result = await runCli(['sign', 'draft.md', ...KAYA_SIGNS, '--commit', '--as-of', '2024-03-05'], {
      cwd: dir,
      env: { ...gitEnv, GIT_CEILING_DIRECTORIES: dir },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('draft.md is not inside a git repository: --commit needs one');
    expect(readFileSync(join(dir, 'draft.md'), 'utf8')).toBe(DRAFT);
  });

  it('an ignored file, or no committer identity: a usage error, nothing written', async () => {
    const dir = repo({ '.gitignore': 'drafts/\n' });
    writeTree(dir, { 'drafts/draft.md': DRAFT });
    const ignored = await runCli(
      ['sign', 'drafts/draft.md', ...KAYA_SIGNS, '--commit', '--as-of', '2024-03-05'],
      {
        cwd: dir,
        env: gitEnv,
      },
    );
    expect(ignored.code).toBe(2);
    expect(ignored.stderr).toContain('drafts/draft.md is ignored by git');

    writeTree(dir, { 'draft.md': DRAFT });
    git(dir, ['config', '--unset', 'user.name']);
    git(dir, ['config', '--unset', 'user.email']);
    git(dir, ['config', 'user.useConfigOnly', 'true']);
    const anonymous = await runCli(['sign', 'draft.md', ...KAYA_SIGNS, '--commit', '--as-of', '2024-03-05'], {
      cwd: dir,
    });
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toContain('git does not know who is committing');
    expect(readFileSync(join(dir, 'draft.md'), 'utf8')).toBe(DRAFT);
  });

  it('a failing commit (a pre-commit hook says no) puts the file back as it was', async () => {
    const dir = repo({ 'draft.md': DRAFT });
    const hook = join(dir, '.git/hooks/pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "hook: no commits today" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const result = await runCli(['sign', 'draft.md', ...KAYA_SIGNS, '--commit', '--as-of', '2024-03-05'], {
      cwd: dir,
      env: gitEnv,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('hook: no commits today');
    expect(result.stderr).toContain('the file is back as it was');
    expect(readFileSync(join(dir, 'draft.md'), 'utf8')).toBe(DRAFT);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    expect(git(dir, ['log', '--format=%s'])).toBe('initial\n');
  });
});

describe('charte sign: the same answer in every time zone', () => {
  it('TZ=Pacific/Kiritimati and TZ=America/Los_Angeles give the same file, output, commit and tag', () => {
    const outcomes = ['Pacific/Kiritimati', 'America/Los_Angeles'].map((tz) => {
      const dir = repo({ 'charter.md': PARTIAL });
      // No --as-of: today's date differs between the two zones for most of the day; a past date does not.
      const result = runCliProcess(
        ['sign', 'charter.md', ...AKWADUM_SIGNS, '--date', '2026-02-28', '--commit'],
        {
          cwd: dir,
          env: { ...gitEnv, TZ: tz },
        },
      );
      expect(result.code, result.stderr).toBe(0);
      return {
        stdout: result.stdout,
        file: readFileSync(join(dir, 'charter.md'), 'utf8'),
        commit: git(dir, ['rev-parse', 'HEAD']),
        tag: git(dir, ['rev-parse', 'charte/saint-aubin-akwadum/v2']),
      };
    });
    // The partner signed before Saint-Aubin: signed on is the later date, 2026-06-12.
    expect(outcomes[0]!.stdout).toContain(
      'version 2 signed on 12 June 2026, due for renewal on 12 June 2031',
    );
    expect(outcomes[1]).toEqual(outcomes[0]);
  });
});
