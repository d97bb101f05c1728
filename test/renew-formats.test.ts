import { describe, expect, it } from 'vitest';
import { charterText, signedBy } from './fixtures/history/charter.js';
import { runCli } from './helpers/cli.js';
import { commitAll, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

function repoWithCharters(): string {
  const dir = tempDir();
  initRepo(dir);
  writeTree(dir, {
    'charters/a.md': charterText({
      id: 'ouaga',
      title:
        'Charte Villeneuve | Ouagadougou, « été » ; accents, virgules et un titre assez long pour être plié',
      signatures: signedBy('2024-04-01', '2024-04-28'),
    }),
    'charters/b.md': charterText({
      id: 'podor',
      title: 'Podor charter',
      signatures: signedBy('2021-03-01', '2021-05-01'),
      renewal: { notice_months: 3 },
    }),
    'charters/c.md': charterText({ id: 'draft-one', title: 'Draft' }),
  });
  commitAll(dir, 'charters', '2024-05-01');
  return dir;
}

/** RFC 5545 unfolding: a CRLF followed by a space continues the line. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('charte renew --format ics', () => {
  it('one all-day event per due date, with alarms, stable UIDs, CRLF and folding', async () => {
    const dir = repoWithCharters();
    const result = await runCli(['renew', '--as-of', '2026-01-01', '--format', 'ics'], { cwd: dir });
    expect(result.code).toBe(0);
    const ics = result.stdout;
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const lines = unfold(ics);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual([
      'UID:ouaga-v1-due@charte',
      'UID:podor-v1-due@charte',
    ]);
    const ouaga = lines.slice(
      lines.indexOf('UID:ouaga-v1-due@charte'),
      lines.indexOf('UID:podor-v1-due@charte'),
    );
    expect(ouaga).toContain('DTSTAMP:20240428T000000Z');
    expect(ouaga).toContain('DTSTART;VALUE=DATE:20290428');
    expect(ouaga).toContain('DTEND;VALUE=DATE:20290429');
    // 12, 6 and 1 months before 2029-04-28: 2028-04-28, 2028-10-28, 2029-03-28.
    expect(ouaga.filter((l) => l.startsWith('TRIGGER:'))).toEqual([
      'TRIGGER:-P365D',
      'TRIGGER:-P182D',
      'TRIGGER:-P31D',
    ]);
    expect(ouaga.find((l) => l.startsWith('SUMMARY:'))).toBe(
      'SUMMARY:Charter renewal due: Charte Villeneuve | Ouagadougou\\, « été » \\; accents\\, virgules et un titre assez long pour être plié (v1)',
    );
    const podor = lines.slice(lines.indexOf('UID:podor-v1-due@charte'));
    // The charter's notice (3 months) replaces the default 6.
    expect(podor.filter((l) => l.startsWith('TRIGGER:'))).toEqual([
      'TRIGGER:-P365D',
      'TRIGGER:-P89D',
      'TRIGGER:-P30D',
    ]);
    // The feed is the same bytes until a charter changes or falls overdue.
    const again = await runCli(['renew', '--as-of', '2026-03-01', '--format', 'ics'], { cwd: dir });
    expect(again.stdout).toBe(ics);
  });
});

describe('charte renew --format markdown', () => {
  it('the Comité de suivi 21 table, in French and English', async () => {
    const dir = repoWithCharters();
    const fr = await runCli(['renew', '--as-of', '2026-01-01', '--format', 'markdown', '--lang', 'fr'], {
      cwd: dir,
    });
    expect(fr.stdout.split('\n')).toEqual([
      '## Renouvellement des chartes au 1er janvier 2026',
      '',
      '| Charte | Entités | Situation | Signée le | Échéance | Délai | En cours |',
      '| --- | --- | --- | ---: | ---: | ---: | --- |',
      '| Charte Villeneuve \\| Ouagadougou, « été » ; accents, virgules et un titre assez long pour être plié (`ouaga`, v1) | Town of Northfield (entité du Nord) ; Southvale District (entité du Sud) | en vigueur | 28 avril 2024 | 28 avril 2029 | 1\u202f213 jours restants | — |',
      // Notice of 3 months: due soon only from 2026-02-01.
      '| Podor charter (`podor`, v1) | Town of Northfield (entité du Nord) ; Southvale District (entité du Sud) | en vigueur | 1er mai 2021 | 1er mai 2026 | 120 jours restants | — |',
      '| Draft (`draft-one`, v1) | Town of Northfield (entité du Nord) ; Southvale District (entité du Sud) | jamais signée | — | — | — | en cours : première signature de la v1 · attendue de Town of Northfield, Southvale District · délibération manquante : Town of Northfield, Southvale District |',
      '',
      '3 chartes au 1er janvier 2026 : 1 jamais signée, 2 en vigueur, 1 signature ou avenant en cours',
      '',
    ]);
    const en = await runCli(['renew', '--as-of', '2026-06-01', '--format', 'markdown', '--lang', 'en'], {
      cwd: dir,
    });
    expect(en.stdout).toContain(
      '| Charter | Entities | Standing | Signed on | Due on | Time | In progress |',
    );
    // Days late in words, never a negative count.
    expect(en.stdout).toContain(
      '| Podor charter (`podor`, v1) | Town of Northfield (entity of the North) ; Southvale District (entity of the South) | renewal overdue | 1 May 2021 | 1 May 2026 | 31 days late | — |',
    );
    expect(en.stdout).not.toMatch(/\| -\d/);
    expect(en.stdout).toContain(
      '3 charters as of 1 June 2026: 1 overdue, 1 never signed, 1 in force, 1 signature or amendment in progress',
    );
    expect(en.code).toBe(1);
  });

  it('text: one block per charter and a summary line', async () => {
    const dir = repoWithCharters();
    const text = await runCli(['renew', 'charters/b.md', '--as-of', '2026-06-01'], { cwd: dir });
    expect(text.stdout).toBe(
      [
        'charters/b.md  (podor, v1)',
        '  renewal overdue · v1 signed on 1 May 2021 · due on 1 May 2026 · 31 days late',
        '1 charter as of 1 June 2026: 1 overdue',
        '',
      ].join('\n'),
    );
    const fr = await runCli(['renew', 'charters/b.md', '--as-of', '2026-02-01', '--lang', 'fr'], {
      cwd: dir,
    });
    expect(fr.stdout).toBe(
      [
        'charters/b.md  (podor, v1)',
        '  à renouveler prochainement · v1 signée le 1er mai 2021 · échéance le 1er mai 2026 · 89 jours restants',
        '1 charte au 1er février 2026 : 1 à renouveler prochainement',
        '',
      ].join('\n'),
    );
  });
});
