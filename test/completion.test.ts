import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../src/cli/main.js';
import { bashQuote } from '../src/completion/bash.js';
import { fishQuote } from '../src/completion/fish.js';
import { completionScript, describeProgram, SHELLS } from '../src/completion/index.js';
import { zshQuote } from '../src/completion/zsh.js';
import { cliContext, runCli, runCliProcess } from './helpers/cli.js';
import { tempDir, writeTree } from './helpers/tmp.js';
import { requireTool } from './helpers/tools.js';

const example = readFileSync(new URL('../examples/villeneuve-kassande.md', import.meta.url), 'utf8');

const context = cliContext;

/** The commands and `--format` choices the program really has: what every script must offer. */
function programFacts(lang: 'fr' | 'en') {
  const program = createProgram(context(lang));
  const validate = program.commands.find((command) => command.name() === 'validate');
  const format = validate?.options.find((option) => option.long === '--format');
  return {
    commands: program.commands.map((command) => command.name()),
    formatChoices: format?.argChoices ?? [],
  };
}

/**
 * Sources a bash script and runs its completion function on each line of words (the last word is
 * the one being completed), printing COMPREPLY as one line per case.
 */
function bashComplete(script: string, cwd: string, cases: readonly (readonly string[])[]): string[][] {
  const file = join(cwd, 'completion.bash');
  writeFileSync(file, script);
  const body = cases
    .map((words) => {
      const array = words.map(bashQuote).join(' ');
      return `COMP_WORDS=(${array}); COMP_CWORD=${words.length - 1}; COMPREPLY=(); _charte_complete; printf '%s\\t' "\${COMPREPLY[@]}"; printf '\\n'`;
    })
    .join('\n');
  const out = execFileSync('bash', ['--norc', '--noprofile', '-c', `source ${bashQuote(file)}\n${body}`], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd },
  });
  return out
    .split('\n')
    .slice(0, cases.length)
    .map((line) => line.split('\t').filter((word) => word !== ''));
}

/** Every line's single quotes pair up once the `'\''` escapes are taken out (a cheap check of quoting). */
function quotesBalance(script: string, escapes: RegExp): boolean {
  return script.split('\n').every((line) => (line.replace(escapes, '').match(/'/g) ?? []).length % 2 === 0);
}

describe('charte completion', () => {
  for (const shell of SHELLS) {
    it(`prints a ${shell} script naming every command and the --format choices, in both languages`, async () => {
      for (const lang of ['fr', 'en'] as const) {
        const { code, stdout, stderr } = await runCli(['completion', shell, '--lang', lang], {
          cwd: tempDir(),
        });
        expect(stderr).toBe('');
        expect(code).toBe(0);
        const facts = programFacts(lang);
        expect(facts.commands).toContain('validate');
        for (const command of facts.commands) expect(stdout).toContain(command);
        expect(facts.formatChoices).toEqual(['text', 'json', 'github', 'codequality']);
        for (const choice of facts.formatChoices) expect(stdout).toContain(choice);
      }
    });
  }

  it('bash: the script parses and its completion function offers commands, flags and values', async () => {
    const dir = writeTree(tempDir(), { 'charters/villeneuve.md': example, 'notes.txt': 'x' });
    const { stdout: script } = await runCli(['completion', 'bash'], { cwd: dir });
    writeFileSync(join(dir, 'completion.bash'), script);
    expect(spawnSync('bash', ['-n', join(dir, 'completion.bash')]).status).toBe(0);

    const cases: [words: string[], expected: string[]][] = [
      [['charte', ''], programFacts('en').commands.concat('help')],
      [['charte', 'val'], ['validate']],
      [
        ['charte', 'validate', '--format', ''],
        ['text', 'json', 'github', 'codequality'],
      ],
      [['charte', 'validate', '--format', 'c'], ['codequality']],
      // bash splits `--format=c` at '=' by default (COMP_WORDBREAKS); both ways work.
      [
        ['charte', 'validate', '--format', '=', ''],
        ['text', 'json', 'github', 'codequality'],
      ],
      [
        ['charte', 'validate', '--format', '='],
        ['text', 'json', 'github', 'codequality'],
      ],
      [['charte', 'validate', '--format=g'], ['--format=github']],
      [['charte', 'validate', '--f'], ['--format']],
      [['charte', 'validate', '--format', 'json', 'charters/'], ['charters/villeneuve.md']],
      [
        ['charte', '--lang', ''],
        ['fr', 'en'],
      ],
      [['charte', '--lang', 'en', 'sch'], ['schema']],
      [['charte', 'validate', '--lang', 'f'], ['fr']],
      [
        ['charte', 'completion', ''],
        ['bash', 'zsh', 'fish'],
      ],
      [['charte', 'help', 'comp'], ['completion']],
      [['charte', 'validate', '--as-of', ''], []],
      [['charte', 'validate', '--', '--f'], []],
    ];
    const replies = bashComplete(
      script,
      dir,
      cases.map(([words]) => words),
    );
    cases.forEach(([words, expected], index) => {
      expect({ words, reply: replies[index] }).toEqual({ words, reply: expected });
    });
  });

  it('bash: options list the command’s own flags, help and the global --lang', async () => {
    const dir = tempDir();
    const { stdout: script } = await runCli(['completion', 'bash'], { cwd: dir });
    const [validateFlags, rootFlags] = bashComplete(script, dir, [
      ['charte', 'validate', '-'],
      ['charte', '-'],
    ]);
    expect(validateFlags).toEqual(expect.arrayContaining(['--format', '--as-of', '--help', '-h', '--lang']));
    expect(rootFlags).toEqual(expect.arrayContaining(['--version', '-V', '--lang', '--help']));
    expect(validateFlags).not.toContain('--version');
  });

  it('follows the program: a command added later, with an alias, a nested command and choices, is completed', () => {
    const program = createProgram(context('en'));
    const templates = program.command('templates-demo').alias('td').description('demo templates');
    templates
      .command('show')
      .description('show one')
      .argument('<template-name>')
      .addOption(new Option('--mode <mode>', 'how').choices(['full', 'short']))
      .option('-o, --out <file>', 'where to write');
    const spec = describeProgram(program, '9.9.9');
    const demo = spec.root.commands.find((command) => command.name === 'templates-demo');
    expect(demo?.aliases).toEqual(['td']);
    expect(demo?.commands.map((command) => command.name)).toContain('show');

    const dir = writeTree(tempDir(), { 'out-dir/report.pdf': '' });
    const replies = bashComplete(completionScript('bash', program, '9.9.9'), dir, [
      ['charte', 'templates-'],
      ['charte', 'td', 's'],
      ['charte', 'td', 'show', '--mode', ''],
      ['charte', 'templates-demo', 'show', '-o', 'out-dir/'],
      ['charte', 'td', 'show', '--'],
    ]);
    expect(replies).toEqual([
      ['templates-demo'],
      ['show'],
      ['full', 'short'],
      ['out-dir/report.pdf'],
      ['--mode', '--out', '--help', '--lang'],
    ]);
    const fish = completionScript('fish', program, '9.9.9');
    expect(fish).toContain(
      "-n '__fish_seen_subcommand_from templates-demo td; and __fish_seen_subcommand_from show' -l 'mode' -x -a 'full short'",
    );
    expect(fish).toContain("-s 'o' -l 'out' -r -F");
    const zsh = completionScript('zsh', program, '9.9.9');
    expect(zsh).toContain("'templates-demo show:--mode') reply=('choices' 'full' 'short') ;;");
    expect(zsh).toContain("':td') REPLY='templates-demo' ;;");
  });

  it('zsh: a #compdef script with described commands and options, loadable from $fpath or sourced', async () => {
    const written: string[] = [];
    for (const lang of ['fr', 'en'] as const) {
      const dir = tempDir();
      const { stdout: script } = await runCli(['completion', 'zsh', '--lang', lang], { cwd: dir });
      expect(script.startsWith('#compdef charte\n')).toBe(true);
      expect(script).toContain('compdef _charte charte');
      expect(script).toContain(
        "'validate:--format') reply=('choices' 'text' 'json' 'github' 'codequality') ;;",
      );
      expect(script).toContain("'completion:0') reply=('choices' 'bash' 'zsh' 'fish') ;;");
      expect(script).toContain("'validate:'*) reply=(files) ;;");
      const help = createProgram(context(lang)).commands.find((command) => command.name() === 'validate');
      expect(script).toContain(`'validate:${help?.description()}'`);
      expect(quotesBalance(script, /'\\''/g)).toBe(true);
      writeFileSync(join(dir, '_charte'), script);
      written.push(join(dir, '_charte'));
    }
    // Last: the rest of the test is skipped where zsh is missing (and fails in CI).
    requireTool('zsh');
    for (const path of written)
      expect(spawnSync('zsh', ['-n', path], { encoding: 'utf8' })).toMatchObject({ status: 0, stderr: '' });
  });

  it('fish: complete lines under subcommand conditions, no file names except for paths', async () => {
    const written: string[] = [];
    for (const lang of ['fr', 'en'] as const) {
      const dir = tempDir();
      const { stdout: script } = await runCli(['completion', 'fish', '--lang', lang], { cwd: dir });
      const lines = script.split('\n').filter((line) => line.startsWith('complete '));
      expect(lines).toContain('complete -c charte -f');
      for (const command of programFacts(lang).commands) {
        expect(lines.some((line) => line.includes(`-a '${command}'`))).toBe(true);
      }
      expect(lines).toContainEqual(
        expect.stringMatching(
          /^complete -c charte -n '__fish_seen_subcommand_from validate' -l 'format' -x -a 'text json github codequality' -d '.+'$/,
        ),
      );
      expect(lines).toContain("complete -c charte -n '__fish_seen_subcommand_from validate' -F");
      expect(lines).toContainEqual(expect.stringMatching(/^complete -c charte -l 'lang' -x -a 'fr en' -d /));
      expect(quotesBalance(script, /\\'/g)).toBe(true);
      writeFileSync(join(dir, 'charte.fish'), script);
      written.push(join(dir, 'charte.fish'));
    }
    requireTool('fish');
    for (const path of written) {
      expect(spawnSync('fish', ['--no-execute', path], { encoding: 'utf8' })).toMatchObject({
        status: 0,
        stderr: '',
      });
    }
  });

  it('quotes any word so that bash reads it back unchanged', () => {
    const tricky = fc.string({
      unit: fc.oneof(
        fc.constantFrom("'", '"', '\\', '$', '`', '\n', ' ', '!', '*', 'é', '«', '’'),
        fc.string(),
      ),
      maxLength: 12,
    });
    const samples = fc.sample(tricky, { numRuns: 100, seed: 42 });
    const script = samples.map((word) => `printf '%s\\0' ${bashQuote(word)}`).join('\n');
    const out = execFileSync('bash', ['--norc', '-c', script], { encoding: 'utf8' });
    expect(out.split('\0').slice(0, -1)).toEqual(samples);
  });

  it('quotes descriptions for zsh and fish', () => {
    expect(zshQuote("affiche l'aide")).toBe(`'affiche l'\\''aide'`);
    expect(fishQuote("affiche l'aide")).toBe(`'affiche l\\'aide'`);
    expect(fishQuote('a\\b')).toBe(`'a\\\\b'`);
  });

  it('refuses an unsupported shell with exit 2 and the supported ones listed, in French and English', async () => {
    const en = await runCli(['completion', 'tcsh'], { cwd: tempDir() });
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain('shell "tcsh" is not supported; supported shells: bash, zsh, fish');
    const fr = await runCli(['completion', 'tcsh', '--lang', 'fr'], { cwd: tempDir() });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('le shell « tcsh » n’est pas pris en charge');
    expect(fr.stderr).toContain('bash, zsh, fish');
    const proc = runCliProcess(['completion', 'tcsh'], { cwd: tempDir(), env: { LANG: 'fr_FR.UTF-8' } });
    expect(proc.code).toBe(2);
    expect(proc.stderr).toContain('shells pris en charge : bash, zsh, fish');
  });

  it('without a shell named, uses $SHELL when it is supported, else says which to name', async () => {
    const fromShell = await runCli(['completion'], { cwd: tempDir(), env: { SHELL: '/usr/bin/fish' } });
    expect(fromShell.code).toBe(0);
    expect(fromShell.stdout).toContain('complete -c charte -f');
    const unknown = await runCli(['completion'], { cwd: tempDir(), env: { SHELL: '/bin/tcsh' } });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'which shell? write `charte completion <shell>` with one of: bash, zsh, fish',
    );
  });

  it('a sourced bash script registers the completion (real bash process, script from the CLI process)', () => {
    const dir = tempDir();
    const proc = runCliProcess(['completion', 'bash'], { cwd: dir });
    expect(proc.code).toBe(0);
    writeFileSync(join(dir, 'c.bash'), proc.stdout);
    const registered = execFileSync('bash', ['--norc', '-c', `source c.bash && complete -p charte`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(registered.trim()).toBe('complete -F _charte_complete charte');
  });
});

// A hand-built program (no charte commands) proves the generator reads commander, not a list.
describe('describeProgram', () => {
  it('reads options, choices, placeholders and variadic arguments from any commander program', () => {
    const program = new Command('demo');
    program
      .command('run')
      .argument('[paths...]')
      .option('--since <ref>', 'a git ref')
      .option('--quiet', 'say less')
      .option('--level [n]', 'optional value');
    const spec = describeProgram(program, '1.0.0');
    const run = spec.root.commands.find((command) => command.name === 'run');
    expect(run?.arguments).toEqual([{ name: 'paths', variadic: true, value: { kind: 'files' } }]);
    expect(run?.options.find((option) => option.flags.includes('--since'))?.value).toEqual({ kind: 'none' });
    expect(run?.options.find((option) => option.flags.includes('--quiet'))?.value).toBeUndefined();
    expect(run?.options.find((option) => option.flags.includes('--level'))?.value).toBeUndefined();
    expect(spec.root.commands.map((command) => command.name)).toEqual(['run', 'help']);
  });
});
