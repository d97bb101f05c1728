/**
 * Where charters are kept: the GitHub Action (action.yml), this repository's workflows, the GitLab
 * CI template and the pre-commit hook. The files are parsed with `yaml`; the shell they hold is run
 * for real (bash, real git clones, the real CLI through tsx).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CliContext } from '../src/cli/context.js';
import { createProgram } from '../src/cli/main.js';
import { commitAll, git, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const readYaml = (path: string): unknown => parse(readFileSync(join(root, path), 'utf8'));
const example = readFileSync(join(root, 'examples/villeneuve-kassande.md'), 'utf8');
const broken = example.replace(/^kind: solidarity_charter$/m, 'kind: solidarity_charte');

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const binSource = join(root, 'src/cli/bin.ts');

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  runs: { using: string; steps: Step[] };
}

const action = readYaml('action.yml') as Action;
const steps = action.runs.steps;
function step(id: string): Step {
  const found = steps.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`action.yml has no step with id ${id}`);
  return found;
}

/**
 * The environment a step's shell sees: its `env`, with `${{ inputs.x }}` taken from `inputs` (else
 * the input's default) and `${{ steps.s.outputs.o }}` from `outputs`.
 */
function stepEnv(
  target: Step,
  inputs: Record<string, string>,
  outputs: Record<string, string> = {},
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(target.env ?? {})) {
    env[name] = value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
      const input = /^inputs\.([\w-]+)$/.exec(expression);
      if (input) return inputs[input[1]!] ?? action.inputs[input[1]!]?.default ?? '';
      if (expression in outputs) return outputs[expression]!;
      throw new Error(`unexpected expression in env: ${expression}`);
    });
  }
  return env;
}

/** Runs a step's script as the runner does for `shell: bash`. */
function runStep(target: Step, cwd: string, env: Record<string, string>) {
  expect(target.shell).toBe('bash');
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', target.run ?? ''], {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      NO_COLOR: '1',
      ...env,
    },
  });
}

function context(): CliContext {
  const sink = { write: () => {} };
  return {
    cwd: root,
    env: {},
    stdout: sink,
    stderr: sink,
    stdoutIsTTY: false,
    stdinIsTTY: false,
    lang: 'en',
    color: false,
    exitCode: 0,
  };
}
const registered = (name: string) => createProgram(context()).commands.some((c) => c.name() === name);

/** A git repository with two commits, and a shallow (depth 1) and a full clone of it. */
function clones(): { shallow: string; full: string } {
  const origin = writeTree(tempDir(), { 'charters/a.md': example });
  initRepo(origin);
  commitAll(origin, 'first', '2024-01-10');
  writeFileSync(join(origin, 'charters/a.md'), `${example}\n`);
  commitAll(origin, 'second', '2024-02-10');
  const parent = tempDir();
  git(parent, ['clone', '-q', '--depth', '1', `file://${origin}`, 'shallow']);
  git(parent, ['clone', '-q', `file://${origin}`, 'full']);
  return { shallow: join(parent, 'shallow'), full: join(parent, 'full') };
}

describe('action.yml (composite GitHub Action)', () => {
  it('declares the inputs paths, fail-on, lang and version with their defaults', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.name).toBe('charte');
    expect(action.description.length).toBeGreaterThan(0);
    expect(action.inputs.paths?.default).toBe('.');
    expect(action.inputs['fail-on']?.default).toBe('overdue');
    expect(action.inputs.lang?.default).toBe('fr');
    expect(action.inputs.version?.required).toBe(false);
    expect(action.inputs.version?.default).toBe('');
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(0);
  });

  it('sets up Node 20 only when needed, and runs the charte of its own checkout unless a version is asked', () => {
    const setup = steps.find((candidate) => candidate.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version']).toBe(20);
    expect(setup?.if).toContain('steps.node.outputs.setup');
    const install = step('install');
    expect(install.run).toContain('cd "$GITHUB_ACTION_PATH" && npm ci');
    expect(install.run).toContain('bin="$GITHUB_ACTION_PATH/dist/cli/bin.js"');
    expect(install.run).toContain('"charte@$CHARTE_VERSION"');
    expect(install.run).toContain('>> "$GITHUB_OUTPUT"');
  });

  it('annotates with validate --format github, writes renew --format markdown to the summary, fails on fail-on', () => {
    expect(step('validate').run).toMatch(
      /validate --lang "\$CHARTE_LANG" --format github -- "\$\{paths\[@\]\}"/,
    );
    expect(step('summary').run).toMatch(/renew .*--format markdown .*>> "\$GITHUB_STEP_SUMMARY"/);
    expect(step('renew').run).toMatch(/renew .*--fail-on "\$CHARTE_FAIL_ON"/);
    expect(step('renew').env?.CHARTE_FAIL_ON).toMatch(/^\$\{\{ inputs\.fail-on \}\}$/);
    // The checks run even after one of them failed: both failures are reported.
    for (const id of ['validate', 'summary', 'renew']) {
      expect(step(id).if).toContain('!cancelled()');
      expect(step(id).if).toContain("steps.install.outcome == 'success'");
    }
    const order = steps.map((candidate) => candidate.id);
    expect(order.indexOf('history')).toBeLessThan(order.indexOf('validate'));
    expect(order.indexOf('install')).toBeLessThan(order.indexOf('validate'));
  });

  it('never puts an input into a script: inputs reach the shell through env (no script injection)', () => {
    for (const candidate of steps) {
      if (candidate.run !== undefined)
        expect({ step: candidate.id, run: candidate.run }).not.toMatchObject({
          run: expect.stringContaining('${{'),
        });
    }
  });

  it('warns clearly on a shallow clone, in both languages, and says to set fetch-depth: 0', () => {
    const { shallow, full } = clones();
    expect(git(shallow, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    const history = step('history');

    const en = runStep(history, shallow, stepEnv(history, { lang: 'en' }));
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(
      /^::warning title=charte: shallow clone::.*Set 'fetch-depth: 0' on actions\/checkout\.$/m,
    );
    const fr = runStep(history, shallow, stepEnv(history, {}));
    expect(fr.status).toBe(0);
    expect(fr.stdout).toMatch(
      /^::warning title=charte : clone superficiel::.*« fetch-depth: 0 » sur actions\/checkout\.$/m,
    );

    const complete = runStep(history, full, stepEnv(history, { lang: 'en' }));
    expect(complete).toMatchObject({ status: 0, stdout: '' });
    const outside = runStep(history, tempDir(), stepEnv(history, { lang: 'en' }));
    expect(outside.status).toBe(0);
    expect(outside.stdout).toContain('::warning title=charte: no git repository::');
    expect(outside.stdout).toContain("'fetch-depth: 0'");
  });

  it('the validate step annotates the faulty charter; globs in `paths` reach charte unexpanded', () => {
    const repo = writeTree(tempDir(), {
      'charters/good.md': example.replace(/^id: .*$/m, 'id: good'),
      'charters/bad.md': broken,
      // Named by the shell it would be an explicit non-charter (an error); through charte's glob it is skipped.
      'docs/readme.md': '# Notes\n',
    });
    const validate = step('validate');
    const env = {
      ...stepEnv(
        validate,
        { paths: 'charters/\n  docs/*.md', lang: 'en' },
        { 'steps.install.outputs.bin': binSource },
      ),
      NODE_OPTIONS: `--import ${tsxLoader}`,
    };
    const result = runStep(validate, repo, env);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=charters\/bad\.md,line=5,col=\d+,title=enum::/m);
    expect(result.stdout).not.toContain('docs/readme.md');
    expect(result.stdout).not.toContain('charters/good.md');

    const defaults = {
      ...stepEnv(validate, {}, { 'steps.install.outputs.bin': binSource }),
      NODE_OPTIONS: `--import ${tsxLoader}`,
    };
    const clean = runStep(validate, writeTree(tempDir(), { 'a.md': example }), defaults);
    expect(clean).toMatchObject({ status: 0, stdout: '' });
  });

  it('the renew steps write the summary and exit by fail-on (when renew is there)', () => {
    const summary = step('summary');
    const renew = step('renew');
    if (!registered('renew')) {
      // renew is being written: the steps are checked by their command lines above; say so.
      console.warn('action.test: renew is not registered yet; the renew steps were not run');
      expect(summary.run).toContain('--fail-on never');
      return;
    }
    const repo = writeTree(tempDir(), { 'charters/a.md': example });
    initRepo(repo);
    commitAll(repo, 'charter', '2024-01-10');
    const summaryFile = join(tempDir(), 'summary.md');
    writeFileSync(summaryFile, '');
    const outputs = { 'steps.install.outputs.bin': binSource };
    const base = { NODE_OPTIONS: `--import ${tsxLoader}`, GITHUB_STEP_SUMMARY: summaryFile };
    const written = runStep(summary, repo, { ...stepEnv(summary, { lang: 'en' }, outputs), ...base });
    expect(written.status).toBe(0);
    expect(readFileSync(summaryFile, 'utf8')).toContain('villeneuve-kassande');
    const never = runStep(renew, repo, { ...stepEnv(renew, { 'fail-on': 'never' }, outputs), ...base });
    expect(never.status).toBe(0);
  });
});

describe('this repository’s workflows', () => {
  it('CI runs npm ci, check and test on Node 20 (through .ci/run)', () => {
    const ci = readYaml('.github/workflows/ci.yml') as { jobs: Record<string, { steps: Step[] }> };
    const jobSteps = Object.values(ci.jobs).flatMap((job) => job.steps);
    expect(jobSteps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(20);
    // The workflow runs .ci/run, which holds the commands (and installs the tests' tools).
    const runs = jobSteps
      .map((s) => s.run ?? '')
      .flatMap((run) =>
        run === 'bash .ci/run' ? readFileSync(join(root, '.ci/run'), 'utf8').split('\n') : [run],
      );
    for (const command of ['npm ci', 'npm run check', 'npm test']) {
      expect(runs.some((run) => run.startsWith(command))).toBe(true);
    }
  });

  it('the dogfood workflow runs this action on examples/ with the full history', () => {
    const dogfood = readYaml('.github/workflows/dogfood.yml') as { jobs: Record<string, { steps: Step[] }> };
    const jobSteps = Object.values(dogfood.jobs).flatMap((job) => job.steps);
    const checkout = jobSteps.findIndex((s) => s.uses?.startsWith('actions/checkout@'));
    const self = jobSteps.findIndex((s) => s.uses === './');
    expect(checkout).toBeGreaterThanOrEqual(0);
    expect(self).toBeGreaterThan(checkout);
    expect(jobSteps[checkout]?.with?.['fetch-depth']).toBe(0);
    expect(jobSteps[self]?.with?.paths).toBe('examples');
  });
});

interface GitlabJob {
  extends?: string;
  image?: string;
  before_script?: string[];
  script?: string[];
  artifacts?: { when?: string; reports?: { codequality?: string }; paths?: string[] };
}

describe('ci/gitlab-ci.yml (GitLab CI template)', () => {
  const template = readYaml('ci/gitlab-ci.yml') as Record<string, GitlabJob> & {
    variables: Record<string, string>;
  };

  it('clones the full history, runs on node:20, and uploads a Code Quality report even on failure', () => {
    expect(template.variables.GIT_DEPTH).toBe('0');
    expect(template['.charte']?.image).toBe('node:20');
    const validate = template['charte-validate'];
    expect(validate?.extends).toBe('.charte');
    expect(validate?.script?.[0]).toMatch(
      /charte validate .*--format codequality .*> gl-code-quality-report\.json/,
    );
    expect(validate?.artifacts).toMatchObject({
      when: 'always',
      reports: { codequality: 'gl-code-quality-report.json' },
    });
    const renew = template['charte-renew'];
    expect(renew?.script?.some((line) => /charte renew .*--fail-on "\$CHARTE_FAIL_ON"/.test(line))).toBe(
      true,
    );
    expect(renew?.artifacts?.paths).toContain('charte-renew.md');
  });

  it('the validate job writes a Code Quality report and fails on an invalid charter (real shell, real CLI)', () => {
    const bin = writeTree(tempDir(), {
      charte: `#!/bin/sh\nexec node --import ${tsxLoader} ${binSource} "$@"\n`,
    });
    chmodSync(join(bin, 'charte'), 0o755);
    const job = template['charte-validate']!;
    // The before_script without the global install from the registry (the CLI is on PATH here).
    const before = (template['.charte']?.before_script ?? []).filter((line) => !line.startsWith('npm '));
    const script = ['set -eo pipefail', ...before, ...(job.script ?? [])].join('\n');
    const repo = writeTree(tempDir(), {
      'charters/good.md': example.replace(/^id: .*$/m, 'id: good'),
      'charters/bad.md': broken,
      'docs/readme.md': '# Notes\n',
    });
    const result = spawnSync('bash', ['-c', script], {
      cwd: repo,
      encoding: 'utf8',
      env: {
        PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
        HOME: repo,
        NO_COLOR: '1',
        ...template.variables,
        CHARTE_LANG: 'en',
        CHARTE_PATHS: 'charters/ docs/*.md',
      },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('charters/bad.md:5:');
    const report = JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8')) as {
      check_name: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(report.map((issue) => issue.location.path)).toEqual(['charters/bad.md']);
    expect(report[0]).toMatchObject({ check_name: 'enum', location: { lines: { begin: 5 } } });
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = readYaml('.pre-commit-hooks.yaml') as {
    id: string;
    entry: string;
    language: string;
    files: string;
    pass_filenames: boolean;
  }[];
  const hook = hooks.find((candidate) => candidate.id === 'charte-validate');

  it('runs charte validate on the staged Markdown files, installed as a node package', () => {
    expect(hook).toMatchObject({ language: 'node', pass_filenames: true });
    expect(hook?.entry.startsWith('charte validate')).toBe(true);
    const files = new RegExp(hook?.files ?? '^$');
    expect(['charters/a.md', 'README.md'].every((path) => files.test(path))).toBe(true);
    expect(['package.json', 'notes.txt', 'a.md.bak'].some((path) => files.test(path))).toBe(false);
  });

  it('its entry passes a staged charter and skips a staged README (needs validate --skip-non-charters)', () => {
    const repo = writeTree(tempDir(), { 'charters/a.md': example, 'README.md': '# Our charters\n' });
    const [, ...flags] = (hook?.entry ?? '').split(/\s+/);
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', tsxLoader, binSource, ...args, 'charters/a.md', 'README.md'], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
      });
    const skips = createProgram(context())
      .commands.find((command) => command.name() === 'validate')
      ?.options.some((option) => option.long === '--skip-non-charters');
    if (!skips) {
      // Until validate has the flag, a staged README is refused: the reason the hook needs it.
      console.warn('action.test: validate has no --skip-non-charters yet; the pre-commit hook needs it');
      const without = run(['validate']);
      expect(without.status).toBe(1);
      expect(without.stdout).toMatch(/^README\.md:1:1 +error/m);
      return;
    }
    const result = run(flags);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout).toContain('1 charter checked');
  });
});
