/**
 * `charte validate` from the command line. Scenarios are declared once as data and run twice:
 * in-process through main() and as a real subprocess, which must agree.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type RunResult, runCli, runCliProcess } from './helpers/cli.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const example = readFileSync(new URL('../examples/villeneuve-kassande.md', import.meta.url), 'utf8');
const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`fixtures/validate/${name}`, import.meta.url)), 'utf8');

function workspace(): string {
  return writeTree(tempDir(), {
    'charters/good.md': example,
    'charters/bad.md': fixture('invalid-enum.md').replace('id: villeneuve-kassande', 'id: bad-one'),
    'charters/warn.md': fixture('invalid-pillar-coverage.md').replace(
      'id: villeneuve-kassande',
      'id: warn-one',
    ),
    'docs/readme.md': '# Notes\n',
  });
}

interface Scenario {
  name: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  code: number;
  check: (r: RunResult) => void;
}

const scenarios: Scenario[] = [
  {
    name: 'clean file: exit 0 and a summary',
    args: ['validate', 'charters/good.md'],
    code: 0,
    check: (r) => expect(r.stdout).toBe('1 charter checked: 0 errors, 0 warnings\n'),
  },
  {
    name: 'warnings only: exit 0',
    args: ['validate', 'charters/warn.md'],
    code: 0,
    check: (r) => expect(r.stdout).toMatch(/^charters\/warn\.md:50:3 {2}warning {2}.*\(pillar-coverage\)$/m),
  },
  {
    name: 'a directory: sorted diagnostics, path:line:column, exit 1',
    args: ['validate', 'charters'],
    code: 1,
    check: (r) => {
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^charters\/bad\.md:62:15 {2}error {2}`economie` is not allowed .*\(enum\)$/);
      expect(lines[1]).toMatch(/^charters\/warn\.md:50:3 {2}warning/);
      expect(lines.at(-1)).toBe('3 charters checked: 1 error, 1 warning');
    },
  },
  {
    name: 'default path is the current directory; non-charters are skipped',
    args: ['validate', '--format', 'json'],
    code: 1,
    check: (r) => {
      const doc = JSON.parse(r.stdout);
      expect(doc.files.map((f: { path: string }) => f.path)).toEqual([
        'charters/bad.md',
        'charters/good.md',
        'charters/warn.md',
      ]);
      expect(doc.errors).toBe(1);
      expect(doc.warnings).toBe(1);
      expect(doc.files[0].diagnostics[0]).toEqual({
        severity: 'error',
        rule: 'enum',
        message:
          '`economie` is not allowed for commitments[1].pillars[0]: did you mean `economy`? (allowed: `environment`, `economy`, `social`)',
        line: 62,
        column: 15,
        pointer: '/commitments/1/pillars/0',
      });
      expect(doc.files[1].diagnostics).toEqual([]);
    },
  },
  {
    name: 'github annotations',
    args: ['validate', 'charters/bad.md', '--format', 'github'],
    code: 1,
    check: (r) =>
      expect(r.stdout).toBe(
        '::error file=charters/bad.md,line=62,col=15,title=enum::`economie` is not allowed for commitments[1].pillars[0]: did you mean `economy`? (allowed: `environment`, `economy`, `social`)\n',
      ),
  },
  {
    name: 'globs',
    args: ['validate', 'charters/g*.md'],
    code: 0,
    check: (r) => expect(r.stdout).toMatch(/1 charter checked/),
  },
  {
    name: 'French from --lang',
    args: ['validate', 'charters/bad.md', '--lang', 'fr'],
    code: 1,
    check: (r) =>
      expect(r.stdout).toMatch(/n’est pas permis pour .*\n1 charte vérifiée : 1 erreur, 0 avertissement\n$/),
  },
  {
    name: 'French from LANG',
    args: ['validate', 'charters/good.md'],
    env: { LANG: 'fr_FR.UTF-8' },
    code: 0,
    check: (r) => expect(r.stdout).toBe('1 charte vérifiée : 0 erreur, 0 avertissement\n'),
  },
  {
    name: 'a file named explicitly that is not a charter is an error',
    args: ['validate', 'docs/readme.md'],
    code: 1,
    check: (r) => expect(r.stdout).toMatch(/docs\/readme\.md:1:1 {2}error {2}no front matter/),
  },
  {
    name: '--skip-non-charters: a hook can pass every staged Markdown file',
    args: ['validate', '--skip-non-charters', 'docs/readme.md', 'charters/good.md'],
    code: 0,
    check: (r) => expect(r.stdout).toBe('1 charter checked: 0 errors, 0 warnings\n'),
  },
  {
    name: '--as-of moves the day of the check',
    args: ['validate', 'charters/good.md', '--as-of', '2025-01-01'],
    code: 1,
    check: (r) => expect(r.stdout).toMatch(/date 2025-02-08 is in the future \(checked as of 2025-01-01\)/),
  },
  {
    name: 'unknown flag: exit 2',
    args: ['validate', '--frobnicate'],
    code: 2,
    check: (r) => expect(r.stderr).toMatch(/unknown option '--frobnicate'/),
  },
  {
    name: 'bad --format value: exit 2',
    args: ['validate', '--format', 'xml'],
    code: 2,
    check: (r) => expect(r.stderr).toMatch(/Allowed choices are text, json, github, codequality/),
  },
  {
    name: 'bad --as-of: exit 2',
    args: ['validate', '--as-of', '2023-02-29'],
    code: 2,
    check: (r) =>
      expect(r.stderr).toBe(
        'charte: --as-of 2023-02-29: not a calendar date; write YYYY-MM-DD, e.g. 2026-03-31\n',
      ),
  },
  {
    name: 'unreadable path: exit 2, no stack trace',
    args: ['validate', 'nowhere/x.md'],
    code: 2,
    check: (r) => {
      expect(r.stderr).toBe('charte: nowhere/x.md: no such file\n');
      expect(r.stdout).toBe('');
    },
  },
];

describe.each([
  [
    'in-process',
    (args: string[], cwd: string, env?: NodeJS.ProcessEnv) => runCli(args, { cwd, ...(env ? { env } : {}) }),
  ],
  [
    'subprocess',
    async (args: string[], cwd: string, env?: NodeJS.ProcessEnv) =>
      runCliProcess(args, { cwd, ...(env ? { env } : {}) }),
  ],
] as const)('charte validate (%s)', (_mode, run) => {
  const cwd = workspace();
  it.each(scenarios)('$name', async (scenario) => {
    const result = await run(scenario.args, cwd, scenario.env);
    scenario.check(result);
    expect(result.code).toBe(scenario.code);
  });
});

describe('colour', () => {
  it('only on a TTY, and never with NO_COLOR', async () => {
    const cwd = workspace();
    const tty = await runCli(['validate', 'charters/bad.md'], {
      cwd,
      stdoutIsTTY: true,
      env: { NO_COLOR: undefined },
    });
    expect(tty.stdout).toContain('\u001b[');
    const noColor = await runCli(['validate', 'charters/bad.md'], {
      cwd,
      stdoutIsTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).not.toContain('\u001b[');
    const pipe = await runCli(['validate', 'charters/bad.md'], {
      cwd,
      stdoutIsTTY: false,
      env: { NO_COLOR: undefined },
    });
    expect(pipe.stdout).not.toContain('\u001b[');
  });
});

describe('two charters with the same id', () => {
  it('reports both, at their `id` value', async () => {
    const cwd = writeTree(tempDir(), { 'a/one.md': example, 'b/two.md': example });
    const result = await runCli(['validate', '--format', 'json'], { cwd });
    expect(result.code).toBe(1);
    const doc = JSON.parse(result.stdout);
    expect(doc.files.map((f: { diagnostics: unknown[] }) => f.diagnostics)).toEqual([
      [
        {
          severity: 'error',
          rule: 'duplicate-charter-id',
          message: 'id `villeneuve-kassande` is also the id of b/two.md: each charter has a unique `id`',
          line: 3,
          column: 5,
          pointer: '/id',
        },
      ],
      [
        {
          severity: 'error',
          rule: 'duplicate-charter-id',
          message: 'id `villeneuve-kassande` is also the id of a/one.md: each charter has a unique `id`',
          line: 3,
          column: 5,
          pointer: '/id',
        },
      ],
    ]);
  });
});
