/**
 * The document of an avenant (`charte export <file> --amendment k`) and the consolidated charter
 * that names the avenants amending it, on a real repository with back-dated commits: what the
 * avenant changes in words (from the text in force before it, read from git), its articles, its
 * signers only, its decisions, no summary sheet; in French (typography) and English, PDF and HTML.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { commitAll, GIT_TEST_ENV, git, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';
import { requireTool } from './helpers/tools.js';

const SIGNED = readFileSync(new URL('../examples/villeneuve-kassande.md', import.meta.url), 'utf8');

function envAt(date: string): NodeJS.ProcessEnv {
  return {
    ...GIT_TEST_ENV,
    GIT_AUTHOR_DATE: `${date}T12:00:00+00:00`,
    GIT_COMMITTER_DATE: `${date}T12:00:00+00:00`,
  };
}

async function cli(dir: string, args: readonly string[], date: string, lang = 'en') {
  return runCli([...args, '--lang', lang], { cwd: dir, env: envAt(date) });
}

async function ok(result: Promise<{ code: number; stdout: string; stderr: string }>) {
  const r = await result;
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

function pdfText(path: string): string {
  requireTool('pdftotext');
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
}

const SIGN = (entity: string, who: string, date: string) => [
  'sign',
  'vk.md',
  '--entity',
  entity,
  '--signatory',
  who,
  '--capacity',
  'Maire',
  '--date',
  date,
  '--commit',
  '--as-of',
  date,
];

/**
 * v1 signed (2025-02-08); avenant 1 opened 2026-03-01 (Eau Vive joins, the grant rises to
 * 15 000 €, a part of the text is rewritten), voted by Villeneuve and signed by all (2026-03-25);
 * when `open2`, avenant 2 opened on 2026-06-01 (commitment C3's title changed) and signed by one.
 */
async function history(open2 = false): Promise<string> {
  const dir = writeTree(tempDir(), { 'vk.md': SIGNED });
  initRepo(dir);
  commitAll(dir, 'version 1', '2025-02-08');
  await ok(
    cli(
      dir,
      [
        'amend',
        'vk.md',
        '--purpose',
        "Adhésion de l'association Eau Vive",
        '--join-entity',
        'id=eau-vive,name="Eau Vive",type=association,country=FR',
        '--date',
        '2026-03-01',
        '--as-of',
        '2026-03-01',
        '--commit',
      ],
      '2026-03-01',
      'fr',
    ),
  );
  const text = readFileSync(join(dir, 'vk.md'), 'utf8');
  expect(text).toContain('    amount: 6000\n');
  expect(text).toContain('## Gouvernance, suivi et évaluation\n');
  writeFileSync(
    join(dir, 'vk.md'),
    text
      .replace('    amount: 6000\n', '    amount: 15000\n')
      .replace(
        '## Gouvernance, suivi et évaluation\n',
        '## Gouvernance, suivi et évaluation\n\nLe comité se réunit deux fois par an.\n',
      ),
  );
  await ok(cli(dir, ['sync', 'vk.md'], '2026-03-02', 'fr'));
  commitAll(dir, 'avenant 1 : subvention et suivi', '2026-03-02');
  await ok(
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
        '--as-of',
        '2026-03-10',
        '--commit',
      ],
      '2026-03-10',
      'fr',
    ),
  );
  await ok(cli(dir, SIGN('villeneuve', 'Hélène Laurent', '2026-03-20'), '2026-03-20', 'fr'));
  await ok(cli(dir, SIGN('kassande', 'Boukary Zongo', '2026-03-22'), '2026-03-22', 'fr'));
  await ok(cli(dir, SIGN('eau-vive', 'Aminata Diallo', '2026-03-25'), '2026-03-25', 'fr'));
  if (open2) {
    await ok(
      cli(
        dir,
        [
          'amend',
          'vk.md',
          '--purpose',
          'Calendrier du chantier',
          '--date',
          '2026-06-01',
          '--as-of',
          '2026-06-01',
        ],
        '2026-06-01',
        'fr',
      ),
    );
    const now = readFileSync(join(dir, 'vk.md'), 'utf8');
    const c3 = /(- id: C3\n\s+title: )(.*)\n/.exec(now);
    expect(c3).not.toBeNull();
    writeFileSync(
      join(dir, 'vk.md'),
      now.replace(c3![0], `${c3![1]}Chantier d’adduction d’eau livré en 2027\n`),
    );
    await ok(cli(dir, ['sync', 'vk.md'], '2026-06-02', 'fr'));
    commitAll(dir, 'avenant 2', '2026-06-02');
    await ok(cli(dir, SIGN('villeneuve', 'Hélène Laurent', '2026-06-10'), '2026-06-10', 'fr'));
  }
  return dir;
}

describe('export --amendment: the avenant’s own document', () => {
  it('says what avenant 1 changed since the signed version, with its signers and decision only', async () => {
    const dir = await history();
    const result = await ok(cli(dir, ['export', 'vk.md', '--amendment', '1'], '2026-04-01', 'fr'));
    expect(result.stdout).toBe('vk-v1-a1.pdf\n');
    const text = pdfText(join(dir, 'vk-v1-a1.pdf'));
    expect(text).toContain('AVENANT N° 1');
    // The fact box (pdftotext reads its labels, then its values).
    expect(text).toContain('Objet Version modifiée Ouvert le Conclu le');
    expect(text).toContain(
      'Adhésion de l’association Eau Vive version 1, signée le 8 février 2025 1er mars 2026 25 mars 2026',
    );
    expect(text).toContain('Article 1 – Objet');
    expect(text).toContain('dans sa version 1 signée le 8 février 2025, est modifiée comme suit :');
    // Each change as a town hall writes it: names with their articles, amounts in euros.
    expect(text).toContain('• ajout de l’association Eau Vive (France) aux entités de la charte ;');
    expect(text).toContain(
      '• le montant du moyen « Subvention annuelle au programme de coopération » apporté par la commune de Villeneuve-sur-Brenne est porté de 6 000 € à 15 000 € ;',
    );
    expect(text).toContain('• le texte de la partie « Gouvernance, suivi et évaluation » est modifié.');
    // The new wording is quoted: it is what the parties sign.
    expect(text).toContain(
      'La partie « Gouvernance, suivi et évaluation » est désormais rédigée comme suit :',
    );
    expect(text).toContain('Le comité se réunit deux fois par an.');
    expect(text).toContain(
      'Article 3 – Adhésion L’association Eau Vive rejoint la charte par le présent avenant',
    );
    expect(text).toContain('fixée au 8 février 2030');
    // Its signers: the version's required signers and Eau Vive; the twinning committee is not one.
    expect(text).toContain('Hélène Laurent');
    expect(text).toContain('Aminata Diallo');
    expect(text).not.toContain('Comité de jumelage');
    expect(text).toContain('DCM-2026-10');
    // No summary sheet: the avenant's document is not the charter.
    expect(text).not.toContain('Fiche de synthèse');
    expect(text).toContain('avenant n° 1 à la version 1');
    // French typography in what people sign: narrow no-break spaces, typographic apostrophes.
    await ok(cli(dir, ['export', 'vk.md', '--amendment', '1', '--format', 'html'], '2026-04-01', 'fr'));
    const html = readFileSync(join(dir, 'vk-v1-a1.html'), 'utf8');
    expect(html).toContain('<title>Avenant n° 1 à la charte «\u202fCharte de solidarité');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main).toContain('est modifiée comme suit\u202f:');
    expect(main).toContain('«\u202fGouvernance, suivi et évaluation\u202f»');
    expect(main).not.toMatch(/ [:;!?»]/);
    expect(main).not.toMatch(/\p{L}'\p{L}/u);
  });

  it('an open avenant: the document people print to sign, against the text as avenant 1 left it (English, HTML)', async () => {
    const dir = await history(true);
    await ok(cli(dir, ['export', 'vk.md', '--amendment', '2', '--format', 'html'], '2026-06-11'));
    const html = readFileSync(join(dir, 'vk-v1-a2.html'), 'utf8');
    expect(html).toContain('<title>Amendment no. 2 to the charter “Charte de solidarité');
    expect(html).toContain('in its version 1 as amended by amendment no. 1 of 25 March 2026');
    expect(html).toMatch(/commitment C3 is now titled “Chantier d’adduction d’eau livré en 2027”/);
    expect(html).toContain('Chantier d’adduction d’eau livré en 2027');
    // Not what avenant 1 changed.
    expect(html).not.toContain('15,000');
    expect(html).not.toContain('addition of Eau Vive');
    expect(html).toContain('Signatures awaited');
    expect(html).not.toContain('charte-summary"');
    // A concluded avenant's document is stamped with the commit that concluded it, not with what
    // came after (avenant 2's commits).
    await ok(cli(dir, ['export', 'vk.md', '--amendment', '1', '--format', 'html'], '2026-06-11'));
    const first = readFileSync(join(dir, 'vk-v1-a1.html'), 'utf8');
    const concluding = git(dir, [
      'rev-parse',
      '--short=7',
      'charte/villeneuve-kassande/v1-a1^{commit}',
    ]).trim();
    expect(git(dir, ['rev-parse', '--short=7', 'HEAD']).trim()).not.toBe(concluding);
    expect(first).toContain(`amendment no. 1 to version 1 · ${concluding}`);
    // The consolidated charter names avenant 1 (concluded), not avenant 2 (open).
    await ok(cli(dir, ['export', 'vk.md', '--format', 'html', '-o', 'charter.html'], '2026-06-11', 'fr'));
    const charter = readFileSync(join(dir, 'charter.html'), 'utf8');
    expect(charter).toContain('<dt>Modifiée par</dt><dd>l’avenant n° 1 du 25 mars 2026</dd>');
    expect(charter).toContain('charte-summary"');
  });

  it('refuses what has no document, writing nothing', async () => {
    const dir = await history();
    const missing = await cli(dir, ['export', 'vk.md', '--amendment', '3'], '2026-04-01');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('there is no amendment no. 3 (n° 1)');
    const bad = await cli(dir, ['export', 'vk.md', '--amendment', '0'], '2026-04-01');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--amendment 0: give an amendment number');
    writeTree(dir, { 'other.md': SIGNED.replace('id: villeneuve-kassande', 'id: autre') });
    const two = await cli(dir, ['export', '.', '--amendment', '1'], '2026-04-01');
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('--amendment is for one charter only');
    // Outside git there is no signed text to compare with.
    const loose = writeTree(tempDir(), { 'vk.md': readFileSync(join(dir, 'vk.md'), 'utf8') });
    const outside = await cli(loose, ['export', 'vk.md', '--amendment', '1'], '2026-04-01');
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain('the charter must be in a git repository');
    expect(existsSync(join(dir, 'vk-v1-a3.pdf'))).toBe(false);
    // A withdrawn avenant never took effect: it has no document.
    const second = await history(true);
    await ok(
      cli(
        second,
        [
          'amend',
          'vk.md',
          '--withdraw',
          '--reason',
          'Abandonné',
          '--date',
          '2026-06-20',
          '--as-of',
          '2026-06-20',
        ],
        '2026-06-20',
      ),
    );
    const withdrawn = await cli(second, ['export', 'vk.md', '--amendment', '2'], '2026-06-21');
    expect(withdrawn.code).toBe(1);
    expect(withdrawn.stderr).toContain('amendment no. 2 was withdrawn on 20 June 2026: it has no document');
    expect(existsSync(join(second, 'vk-v1-a2.pdf'))).toBe(false);
    expect(existsSync(join(loose, 'vk-v1-a1.pdf'))).toBe(false);
  });
});
