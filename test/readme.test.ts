/**
 * The README's examples are ones the code produces: its `console` blocks are run and their output
 * compared, and the walkthrough runs from start to end in a real git repository (built CLI, as a
 * town runs it). The quick start's `npm install` and the install block are the pack smoke test's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtBin } from './helpers/cli.js';
import { GIT_TEST_ENV, git, initRepo } from './helpers/git.js';
import { tempDir } from './helpers/tmp.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

interface Block {
  lang: string;
  body: string;
  /** The heading the block is under. */
  section: string;
}

function blocks(markdown: string): Block[] {
  const found: Block[] = [];
  let section = '';
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('## ')) section = line.slice(3);
    const fence = /^```(\w*)$/.exec(line);
    if (!fence) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i] ?? '');
    found.push({ lang: fence[1] ?? '', body: body.join('\n'), section });
  }
  return found;
}

/** Runs a shell script with `charte` (and `npx charte`) being the built CLI. */
/** A scaffolded charter as its authors complete it: names instead of « à désigner », no « à préciser » left. */
function completed(text: string): string {
  return text
    .replaceAll('Référent à désigner (nord)', 'Claire Martin')
    .replaceAll('Référent à désigner (sud)', 'Awa Ouédraogo')
    .replace(/\s*\(à préciser[^)]*\)/g, '');
}

function shell(script: string, cwd: string, env: NodeJS.ProcessEnv = {}) {
  const prelude = [
    'set -euo pipefail',
    `charte() { node ${JSON.stringify(builtBin)} "$@"; }`,
    'npx() { if [ "$1" = charte ]; then shift; charte "$@"; else command npx "$@"; fi; }',
  ].join('\n');
  return spawnSync('bash', ['--norc', '--noprofile', '-c', `${prelude}\n${script}`], {
    cwd,
    env: {
      ...process.env,
      ...GIT_TEST_ENV,
      LANG: 'en_US.UTF-8',
      LC_ALL: '',
      LC_MESSAGES: '',
      NO_COLOR: '1',
      ...env,
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('README', () => {
  it('stays short: under 10 KB, the reference in docs/', () => {
    expect(Buffer.byteLength(readme)).toBeLessThan(10 * 1024);
    for (const [, link] of readme.matchAll(/\]\(((?:docs\/|CONTRIBUTING|examples\/|LICENSE)[^)#]*)\)/g)) {
      expect({ link, exists: existsSync(join(root, link ?? '')) }).toEqual({ link, exists: true });
    }
    // The README cites nothing outside the repository (the steering folder beside a clone).
    expect(readme).not.toContain(['..', 'shared'].join('/'));
  });

  it('its console examples print what the README says', () => {
    const consoles = blocks(readme).filter((b) => b.lang === 'console');
    expect(consoles.length).toBeGreaterThan(0);
    for (const block of consoles) {
      // `$ command` lines, each followed by what it prints.
      const sessions = block.body.split(/^(?=\$ )/m);
      expect(sessions.length).toBeGreaterThan(0);
      for (const session of sessions) {
        const [first, ...expected] = session.trimEnd().split('\n');
        expect(first).toMatch(/^\$ /);
        // No locale (LANG=C), as on a build server: French, the default.
        const result = shell(first!.slice(2), root, { LANG: 'C' });
        expect({ command: first, code: result.status, output: result.stdout }).toEqual({
          command: first,
          code: 0,
          output: `${expected.join('\n')}\n`,
        });
      }
    }
  });

  it('its walkthrough runs from init to export, and the avenant when `charte amend` exists', () => {
    const walkthrough = blocks(readme).filter((b) => b.section === 'Walkthrough' && b.lang === 'sh');
    expect(walkthrough).toHaveLength(2);
    const [main, avenant] = walkthrough as [Block, Block];
    const dir = tempDir();
    initRepo(dir);
    // Step 1, then what the user does at step 2: complete what `init --yes` left « à préciser ».
    const [scaffold = '', rest = ''] = main.body.split(/^(?=# 2\.)/m);
    expect(shell(scaffold, dir).status).toBe(0);
    const scaffolded = join(dir, 'charters/charte-villeneuve-kassande.md');
    writeFileSync(scaffolded, completed(readFileSync(scaffolded, 'utf8')));
    const result = shell(rest, dir);
    expect(result.stderr.replace(/^.*warning.*\n/gm, '')).toBe('');
    expect(result.status).toBe(0);
    const file = 'charters/charte-villeneuve-kassande.md';
    expect(result.stdout).toContain(
      'All required signers have signed: version 1 signed on 2 June 2026, due for renewal on 2 June 2031.',
    );
    expect(result.stdout).toContain('Tagged charte/charte-villeneuve-kassande/v1.');
    expect(result.stdout).toMatch(/in force · v1 signed on 2 June 2026 · due on 2 June 2031/);
    expect(existsSync(join(dir, 'charters/charte-villeneuve-kassande.pdf'))).toBe(true);
    expect(git(dir, ['tag', '--list'])).toBe('charte/charte-villeneuve-kassande/v1\n');

    // The avenant: `charte amend` is being built; once it is, the README's block must run too.
    if (!/^\s+amend\b/m.test(shell('charte --help', dir).stdout)) return;
    const text = readFileSync(join(dir, file), 'utf8');
    const declared = text.replace(
      /^entities:\n/m,
      'entities:\n  - id: comite-jumelage\n    name: Comité de jumelage de Villeneuve\n    role: associate\n    type: twinning_committee\n    country: FR\n',
    );
    writeFileSync(join(dir, file), declared);
    git(dir, ['commit', '-qam', 'Déclare le comité de jumelage']);
    const amended = shell(avenant.body, dir);
    expect({ code: amended.status, stderr: amended.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(git(dir, ['tag', '--list'])).toContain('charte/charte-villeneuve-kassande/v1-a1');
  });
});
