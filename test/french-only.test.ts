/**
 * No English word in a French session: every command, its help and commander's own errors, run
 * with --lang fr, print nothing from an English word list. What is data or code is masked first:
 * `backticked` text, --flags, file paths, entity codes in the fixtures and quoted values.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { commitAll, GIT_TEST_ENV, git, initRepo } from './helpers/git.js';
import { tempDir } from './helpers/tmp.js';

/**
 * Words that are English and never French (nor a code the program prints on purpose). « options »
 * is not in it: it is the French word too (« Options : » heads the options in French help, as in
 * GNU's French translations); « argument » is, as French help says « paramètre ».
 */
const ENGLISH = [
  'the',
  'is',
  'are',
  'not',
  'error',
  'errors',
  'warning',
  'warnings',
  'file',
  'files',
  'charter',
  'charters',
  'signed',
  'missing',
  'invalid',
  'expected',
  'must',
  'should',
  'cannot',
  'found',
  'usage',
  'command',
  'commands',
  'argument',
  'arguments',
  'default',
  'choices',
  'yes',
  'with',
  'without',
  'from',
  'this',
  'that',
  'has',
  'have',
  'which',
  'when',
  'unknown',
  'required',
  'value',
  'line',
  'help',
  'display',
  'show',
  'print',
  'output',
  'north',
  'south',
  'associate',
  'financial',
  'human',
  'material',
  'signatory',
  'draft',
  'overdue',
  'due',
  'days',
  'renewed',
  'late',
  'amendment',
  'and',
  'or',
  'of',
  'to',
  'in',
  'for',
  'nothing',
  'written',
  'run',
  'again',
  'see',
  'expects',
  'got',
  'but',
  'only',
  'one',
  'two',
  'at',
  'least',
];
const ENGLISH_RE = new RegExp(`(?<![\\p{L}\\p{N}_.-])(${ENGLISH.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');

/** Removes what is code or data: backticks, options, paths, URLs, identifiers with - or _, quoted values. */
function maskCode(text: string): string {
  return (
    text
      // An example's command line is code; its `# comment` is prose and stays checked.
      .replace(/^(\s*\$ charte )[^#\n]*/gm, ' ')
      // Command names, where help lists them (`  help [commande]   affiche l’aide…`).
      .replace(/^ {2}help(?= )/gm, ' ')
      .replace(/`[^`\n]*`/g, ' ')
      // key=value syntax (`--join-entity id=…,role=associate`): field names and codes.
      .replace(/[\w.]+=[^\s,\]]*/g, ' ')
      // Paths: anything with a slash (`charters/`, `charters/**/*.md`, `open-data/chartes`).
      .replace(/\S*\/\S*/g, ' ')
      // The rule name that closes a diagnostic line: a code, like the file path.
      .replace(/\s\([a-z][a-zA-Z-]*\)$/gm, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/(^|\s)--?[a-z][\w-]*(=\S+)?/gi, ' ')
      .replace(/[\w./-]+\.(md|json|yaml|yml|ics|pdf|html|csv|ts|js|typ)\b(:\d+(:\d+)?)?/g, ' ')
      .replace(/"[^"\n]*"/g, ' ')
      .replace(/\(([a-z0-9]+(-[a-z0-9]+)+)\)/g, ' ')
      .replace(/\b[a-z0-9]+([_-][a-z0-9]+)+\b/g, ' ')
      // Usage lines: the brackets are syntax, the names inside are words and stay checked.
      .replace(/[<>[\]]|\.\.\./g, ' ')
  );
}

/**
 * The human texts of the fixtures (names, titles, places: strings with a capital or a space), which
 * commands print as they are: data, in the charter's own language (one example is English). Codes
 * (`south`, `associate`, `done`…) are not data to mask: a French session shows their labels.
 */
const DATA_VALUES = ['examples/villeneuve-kassande.md', 'examples/saint-aubin-akwadum.md']
  .flatMap((path) => {
    const text = readFileSync(join(new URL('..', import.meta.url).pathname, path), 'utf8');
    const front = text.split(/^---$/m)[1] ?? '';
    return [...front.matchAll(/:\s+(?:- )?(?:"([^"\n]+)"|'([^'\n]+)'|([^\n#>|[{]+))$/gm)]
      .map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim())
      .filter((value) => /[A-Z ]/.test(value) && value.length > 2);
  })
  .sort((a, b) => b.length - a.length);

function maskData(text: string): string {
  let out = text;
  for (const value of DATA_VALUES) out = out.replaceAll(value, ' ');
  return out;
}

function englishWords(text: string): string[] {
  return [...maskCode(maskData(text)).matchAll(ENGLISH_RE)].map((m) => m[0]);
}

/** Commands whose standard output is code (a shell script): only what they say on stderr is prose. */
const CODE_ON_STDOUT = new Set(['completion', 'schema']);

const ROOT = new URL('..', import.meta.url).pathname;

function fixtureRepo(): string {
  const dir = tempDir('charte-fr-');
  initRepo(dir);
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  commitAll(dir, 'examples', '2024-01-10T10:00:00+00:00');
  return dir;
}

const COMMANDS = [
  'validate',
  'init',
  'sign',
  'amend',
  'decide',
  'suspend',
  'resume',
  'terminate',
  'commitment',
  'sync',
  'renew',
  'report',
  'log',
  'diff',
  'export',
  'publish',
  'templates',
  'schema',
  'completion',
  'help',
];

/** The CLI in French, with the tests' git identity (commands with --commit write history). */
function run(dir: string, args: readonly string[]) {
  return runCli([...args, '--lang', 'fr'], { cwd: dir, env: GIT_TEST_ENV });
}

function editFile(dir: string, path: string, edit: (text: string) => string): void {
  writeFileSync(join(dir, path), edit(readFileSync(join(dir, path), 'utf8')));
}

const KASSANDE = 'examples/villeneuve-kassande.md';
const AKWADUM = 'examples/saint-aubin-akwadum.md';

/** [name, arguments, what to do first in the repository] — every command, its errors and commander's. */
const SCENARIOS: Array<[string, string[], ((dir: string) => unknown)?]> = [
  ['help', ['--help']],
  ['version', ['--version']],
  ...COMMANDS.map((c): [string, string[]] => [`${c} --help`, [c, '--help']]),
  ['help of a command', ['help', 'sign']],
  ['unknown command', ['frobnicate']],
  ['unknown option', ['validate', '--frob']],
  ['invalid choice', ['validate', '--format', 'xml', 'examples']],
  ['missing argument', ['sign']],
  ['missing option value', ['renew', '--as-of']],
  ['too many arguments', ['log', KASSANDE, AKWADUM]],
  ['bad date', ['renew', 'examples', '--as-of', '2026-02-30']],
  ['validate examples', ['validate', 'examples']],
  ['validate json is data, validate missing file', ['validate', 'nowhere.md']],
  ['init --yes', ['init', '--yes', '--title', 'Charte Ouagadougou', '--id', 'charte-ouaga', 'charters']],
  [
    'init --yes twice',
    ['init', '--yes', '--title', 'Charte Kassandé', '--id', 'villeneuve-kassande', 'examples'],
  ],
  [
    'sign',
    [
      'sign',
      KASSANDE,
      '--entity',
      'villeneuve',
      '--signatory',
      'Hélène Laurent',
      '--capacity',
      'Maire',
      '--date',
      '2029-12-10',
      '--as-of',
      '2029-12-11',
      '--commit',
    ],
    (dir) => run(dir, ['renew', '--start', KASSANDE, '--as-of', '2029-11-27', '--commit']),
  ],
  ['sign, missing flags', ['sign', KASSANDE]],
  [
    'sign, unknown entity',
    [
      'sign',
      KASSANDE,
      '--entity',
      'nulle-part',
      '--signatory',
      'X',
      '--capacity',
      'Maire',
      '--date',
      '2026-05-10',
    ],
  ],
  ['amend', ['amend', KASSANDE, '--purpose', 'Accueillir le comité', '--date', '2026-03-01', '--commit']],
  ['amend, missing flags', ['amend', KASSANDE]],
  [
    'decide',
    [
      'decide',
      KASSANDE,
      '--entity',
      'villeneuve',
      '--body',
      'Conseil municipal',
      '--reference',
      'D-2026-12',
      '--date',
      '2026-03-02',
    ],
  ],
  ['decide, missing flags', ['decide', KASSANDE]],
  ['suspend', ['suspend', KASSANDE, '--date', '2026-03-03', '--reason', 'Élections', '--commit']],
  ['suspend, missing flags', ['suspend', KASSANDE]],
  [
    'resume',
    ['resume', KASSANDE, '--date', '2026-06-01', '--commit'],
    (dir) => run(dir, ['suspend', KASSANDE, '--date', '2026-03-03', '--reason', 'Élections', '--commit']),
  ],
  ['resume, not suspended', ['resume', KASSANDE, '--date', '2026-06-01']],
  ['terminate', ['terminate', KASSANDE, '--date', '2026-07-01', '--reason', 'Fin du jumelage', '--commit']],
  ['terminate, missing flags', ['terminate', KASSANDE]],
  [
    'commitment',
    ['commitment', KASSANDE, 'C1', '--status', 'done', '--date', '2026-04-01', '--note', 'Puits livré'],
  ],
  ['commitment, bad status', ['commitment', KASSANDE, 'C1', '--status', 'finished']],
  ['commitment, unknown', ['commitment', KASSANDE, 'C9', '--status', 'done', '--date', '2026-04-01']],
  ['renew --start', ['renew', '--start', KASSANDE, '--as-of', '2029-11-27', '--commit']],
  ['renew --start, with a path', ['renew', 'examples', '--start', KASSANDE]],
  ['renew text', ['renew', 'examples', '--as-of', '2026-11-27']],
  ['renew text, overdue', ['renew', 'examples', '--as-of', '2032-11-27']],
  ['renew markdown', ['renew', 'examples', '--as-of', '2026-11-27', '--format', 'markdown']],
  ['renew markdown, overdue', ['renew', 'examples', '--as-of', '2032-11-27', '--format', 'markdown']],
  ['log', ['log', KASSANDE]],
  [
    'diff',
    ['diff', KASSANDE],
    (dir) => {
      editFile(dir, KASSANDE, (text) =>
        text
          .replace(/\n {2}- id: kassande\n/, '\n  - id: kassande-commune\n')
          .replace(/^version: 1$/m, 'version: 2'),
      );
    },
  ],
  ['diff, no history', ['diff', 'nowhere.md']],
  ['export, missing file', ['export', 'nowhere.md']],
  ['export, bad format', ['export', KASSANDE, '--format', 'docx']],
  ['publish, no format', ['publish', 'examples']],
  ['publish, nothing to publish', ['publish', 'nowhere', '--format', 'iati']],
  ['publish, incomplete', ['publish', 'examples', '--format', 'iati', '-o', 'iati.xml']],
  ['templates', ['templates']],
  ['completion', ['completion', 'bash']],
  ['completion, unknown shell', ['completion', 'tcsh']],
  ['sync --check', ['sync', 'examples', '--check', '--as-of', '2026-11-27']],
  ['report text', ['report', 'examples', '--as-of', '2026-11-27']],
  ['report markdown', ['report', 'examples', '--as-of', '2026-11-27', '--format', 'markdown']],
];

describe('no English word in a French session', () => {
  for (const [name, args, prepare] of SCENARIOS) {
    it(name, async () => {
      const dir = fixtureRepo();
      await prepare?.(dir);
      const head = git(dir, ['rev-parse', 'HEAD']);
      const result = await run(dir, args);
      // What the command wrote into the commune's history (commits and tags) is French too.
      const history = git(dir, ['log', '--format=%B', `${head.trim()}..HEAD`]);
      const tags = git(dir, ['tag', '-n99', '--list']);
      const stdout = CODE_ON_STDOUT.has(name) ? '' : result.stdout;
      const output = `${stdout}\n${result.stderr}\n${history}\n${tags}`;
      expect(`${result.stdout}${result.stderr}`.trim().length).toBeGreaterThan(0);
      expect(englishWords(output), output).toEqual([]);
    });
  }

  it('validate, on every invalid fixture', async () => {
    const dir = tempDir('charte-fr-');
    const fixtures = join(ROOT, 'test/fixtures/validate');
    cpSync(fixtures, dir, { recursive: true });
    const result = await runCli(['validate', '.', '--lang', 'fr'], { cwd: dir });
    expect(readdirSync(dir).length).toBeGreaterThan(10);
    const leaks = result.stdout
      .split('\n')
      .map((line) => [line, englishWords(line)] as const)
      .filter(([, words]) => words.length > 0);
    expect(leaks).toEqual([]);
  });
});
