import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Lang } from '../src/i18n/index.js';
import { packageVersion, templatesDir } from '../src/paths.js';
import { validateFile } from '../src/validate/index.js';
import { runCli, runCliProcess } from './helpers/cli.js';
import { GIT_TEST_ENV, git, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const fixtures = new URL('./fixtures/init/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');
const manifest = JSON.parse(readFileSync(join(templatesDir, 'solidarity', 'manifest.json'), 'utf8')) as {
  outline: Record<string, string[]>;
};

/** Every file and folder under `dir`, relative, sorted: "nothing written" means this does not change. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      out.push(relative(dir, full) + (entry.isDirectory() ? '/' : ''));
      if (entry.isDirectory()) walk(full);
    }
  };
  walk(dir);
  return out.sort();
}

function frontMatterOf(text: string): Record<string, unknown> {
  const end = text.indexOf('\n---\n', 4);
  return parse(text.slice(4, end), { version: '1.2', schema: 'core' }) as Record<string, unknown>;
}

/** The charter validates: no error through the validator, and `charte validate` exits 0. */
async function expectValid(dir: string, file: string, lang: Lang): Promise<void> {
  const checked = await validateFile(join(dir, file), { cwd: dir, lang, asOf: '2026-01-15' });
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const cli = await runCli(['validate', file, '--format', 'json', '--lang', lang], { cwd: dir });
  expect(cli.code).toBe(0);
  expect(JSON.parse(cli.stdout).errors).toBe(0);
}

function headings(body: string, level: number): string[] {
  const marks = '#'.repeat(level);
  return body
    .split('\n')
    .filter((l) => l.startsWith(`${marks} `))
    .map((l) => l.slice(level + 1));
}

describe('charte init --yes: a charter that validates from almost nothing', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`writes a valid, unsigned ${lang} charter with the documented defaults`, async () => {
      const dir = tempDir();
      const result = await runCli(['init', '--yes', '--lang', lang], { cwd: dir });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const id = lang === 'fr' ? 'charte-de-solidarite' : 'solidarity-charter';
      expect(tree(dir)).toEqual(['charters/', `charters/${id}.md`]);
      await expectValid(dir, `charters/${id}.md`, lang);

      const text = readFileSync(join(dir, 'charters', `${id}.md`), 'utf8');
      const data = frontMatterOf(text);
      expect(data).toMatchObject({
        charte: 1,
        id,
        language: lang,
        version: 1,
        kind: 'solidarity_charter',
        binding: false,
      });
      expect(data.signatures).toBeUndefined();
      expect(data.decisions).toBeUndefined();
      const entities = data.entities as { id: string; role: string; type: string; country: string }[];
      expect(entities.map((e) => [e.role, e.type])).toEqual([
        ['north', 'commune'],
        ['south', 'commune'],
      ]);
      expect(entities[0]!.country).toBe('FR');
      expect((data.referents as { entity: string }[]).map((r) => r.entity)).toEqual(
        entities.map((e) => e.id),
      );
      expect(data.commitments).toHaveLength(1);
      expect((data.commitments as { pillars: string[] }[])[0]!.pillars).toEqual([
        'environment',
        'economy',
        'social',
      ]);
      expect((data.resources as { entity: string }[]).map((r) => r.entity)).toEqual(
        entities.map((e) => e.id),
      );
      expect(Object.keys(data.sustainability as object)).toEqual(['environment', 'economy', 'social']);
      expect((data.agenda21 as { links: string[] }).links).toEqual(['19', '95']);

      // The body follows the template's outline, heading for heading, and is prose, not lorem ipsum.
      const body = text.slice(text.indexOf('\n---\n') + 5);
      expect(headings(body, 2)).toEqual(manifest.outline[lang]);
      expect(body).toContain(lang === 'fr' ? 'Comité de suivi 21' : 'follow-up committee');
      expect(body.toLowerCase()).toContain(lang === 'fr' ? 'subsidiarité' : 'subsidiarity');
      expect(body).not.toMatch(/lorem|ipsum|\{\{|\}\}/i);

      // Next steps in the chosen language.
      expect(result.stdout).toContain(lang === 'fr' ? 'Prochaines étapes' : 'Next steps');
      for (const command of ['charte validate', 'charte sign', 'charte export'])
        expect(result.stdout).toContain(command);
    });
  }

  it('uses --title for the title and its slug (accents stripped) for the id', async () => {
    const dir = tempDir();
    const result = await runCli(
      ['init', '--yes', '--lang', 'fr', '--title', 'Charte Villeneuve–Kassandé 2026'],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, 'charters', 'charte-villeneuve-kassande-2026.md'), 'utf8');
    expect(frontMatterOf(text).title).toBe('Charte Villeneuve–Kassandé 2026');
    expect(text).toContain('\n# Charte Villeneuve–Kassandé 2026\n');
  });
});

describe('charte init --answers: full answers woven into the text', () => {
  it('French answers (YAML): every answer kept, the body names entities, referents, commitments, resources', async () => {
    const dir = writeTree(tempDir(), { 'answers.yaml': fixture('full-fr.yaml') });
    const result = await runCli(['init', '--answers', 'answers.yaml', '--lang', 'fr'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const file = 'charters/villeneuve-kassande.md';
    await expectValid(dir, file, 'fr');
    const text = readFileSync(join(dir, file), 'utf8');
    const answers = parse(fixture('full-fr.yaml')) as Record<string, unknown>;
    const data = frontMatterOf(text);
    for (const [key, value] of Object.entries(answers)) expect(data[key]).toEqual(value);
    const body = text.slice(text.indexOf('\n---\n') + 5);
    for (const expected of [
      '- la commune de Villeneuve-sur-Brenne (France), qui approuve la présente charte par délibération de son instance de décision (Conseil municipal)\u202f;',
      '- la commune rurale de Kassandé (Burkina Faso),',
      '- le comité de jumelage Villeneuve–Kassandé (France),',
      'Claire Martin, Adjointe à la solidarité internationale\u202f; Julien Roux',
      '1. **Réhabiliter trois forages et former les comités de gestion de l’eau** (C1). Porté par la commune de Villeneuve-sur-Brenne et la commune rurale de Kassandé\u202f; référent\u202f: Issa Sawadogo. Piliers\u202f: environnement et social\u202f; ODD 6\u202f; action de l’Agenda 21\u202f: 19\u202f; échéance\u202f: 30 juin 2027.',
      '(moyen financier\u202f: 6\u202f000\u00a0€ par an)',
      '1\u202f500\u202f000\u00a0F\u202fCFA au total',
      '| Environnement | ★☆☆ |',
      'Le pilotage de l’action est assuré par\u202f: Service Solidarité Nord-Sud',
      'Fait en deux exemplaires originaux, un pour chaque entité signataire\u202f: la commune de Villeneuve-sur-Brenne et la commune rurale de Kassandé.',
      'du Comité de suivi 21 «\u202fJumelage\u202f»',
    ]) {
      expect(body).toContain(expected);
    }
    expect(headings(body, 2)).toEqual(manifest.outline.fr);
  });

  it('English answers (JSON), signed and binding: signatures and decisions kept, named in the text', async () => {
    const dir = writeTree(tempDir(), { 'answers.json': fixture('full-en.json') });
    const result = await runCli(['init', '--answers', 'answers.json', '--lang', 'en'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const file = 'charters/saint-aubin-akwadum.md';
    await expectValid(dir, file, 'en');
    const text = readFileSync(join(dir, file), 'utf8');
    const answers = JSON.parse(fixture('full-en.json')) as Record<string, unknown>;
    const data = frontMatterOf(text);
    for (const [key, value] of Object.entries(answers)) expect(data[key]).toEqual(value);
    // The exporter draws the signatures: the text says who signs, not how.
    expect(text).toContain(
      'Done in two originals, one for each signing entity: Town of Saint-Aubin-les-Prés and Akwadum District Assembly.',
    );
    expect(text).not.toContain('…………');
    expect(text).toContain('<!-- charte:begin signatories -->');
    expect(text).toContain('It is an agreement within the meaning of Article L.1115-1');
    expect(text).toContain('It is concluded for 3 years.');
    expect(result.stdout).toContain(
      'charter written: charters/saint-aubin-akwadum.md (template solidarity, language en, version 1)\n',
    );
    expect(result.stdout).not.toContain('charte sign');
  });

  it('fills what the answers leave out with defaults that follow the given entities (--yes)', async () => {
    const dir = writeTree(tempDir(), {
      'answers.yaml': [
        'title: "Jumelage: Ville-A / Ville-B"',
        'entities:',
        '  - { id: ville-a, name: Ville A, role: north, type: commune, country: FR }',
        '  - { id: ville-b, name: Ville B, role: south, type: commune, country: SN }',
        '  - { id: comite, name: Comité, role: associate, type: twinning_committee, country: FR }',
        'sustainability:',
        '  social: Un texte donné.',
        '',
      ].join('\n'),
    });
    const result = await runCli(['init', '--yes', '--answers', 'answers.yaml', '--lang', 'fr'], { cwd: dir });
    expect(result.code).toBe(0);
    const file = 'charters/jumelage-ville-a-ville-b.md';
    await expectValid(dir, file, 'fr');
    const data = frontMatterOf(readFileSync(join(dir, file), 'utf8'));
    expect((data.referents as { entity: string }[]).map((r) => r.entity)).toEqual(['ville-a', 'ville-b']);
    expect((data.commitments as { by: string[] }[])[0]!.by).toEqual(['ville-a', 'ville-b']);
    expect((data.sustainability as Record<string, string>).social).toBe('Un texte donné.');
    expect((data.sustainability as Record<string, string>).economy).toMatch(/filières locales/);
  });
});

describe('charte init without a terminal and without --yes', () => {
  it('names every missing answer, exits 2 and writes nothing', async () => {
    const dir = tempDir();
    const result = await runCli(['init', '--id', 'ma-charte', '--title', 'Ma charte', '--lang', 'en'], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'missing answers: entities, referents, commitments, resources, sustainability.',
    );
    expect(result.stderr).toContain('--yes');
    expect(tree(dir)).toEqual([]);
  });

  it('names missing parts of partial answers (a pillar text, an entity without referent)', async () => {
    const dir = writeTree(tempDir(), {
      'answers.yaml': [
        'entities:',
        '  - { id: a, name: A, role: north, type: commune, country: FR }',
        '  - { id: b, name: B, role: south, type: commune, country: BF }',
        'referents:',
        '  - { name: X, entity: a, function: Maire }',
        'sustainability: { environment: E }',
        '',
      ].join('\n'),
    });
    const result = await runCli(['init', '--answers', 'answers.yaml', '--lang', 'fr'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'réponses manquantes : referents (entity: b), commitments, resources, sustainability.economy, sustainability.social.',
    );
    expect(tree(dir)).toEqual(['answers.yaml']);
  });
});

describe('charte init refuses, exits 2 and writes nothing', () => {
  async function refused(args: string[], files: Record<string, string> = {}, lang: Lang = 'en') {
    const dir = writeTree(tempDir(), files);
    const before = tree(dir);
    const contents = Object.fromEntries(
      Object.keys(files).map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
    );
    const result = await runCli(['init', ...args, '--lang', lang], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(tree(dir)).toEqual(before);
    for (const [f, content] of Object.entries(contents))
      expect(readFileSync(join(dir, f), 'utf8')).toBe(content);
    return { dir, stderr: result.stderr };
  }

  it('an existing target without --force (and replaces it with --force)', async () => {
    const { dir, stderr } = await refused(['--yes', '--id', 'x'], { 'charters/x.md': 'keep me\n' });
    expect(stderr).toBe(
      'charte: charters/x.md already exists: nothing was written; pass --force to replace it (git keeps the old version)\n',
    );
    const forced = await runCli(['init', '--yes', '--id', 'x', '--force', '--lang', 'en'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'charters/x.md'), 'utf8')).toMatch(/^---\n/);
  });

  it('ids that are not slugs, from a flag or from the answers file', async () => {
    expect((await refused(['--yes', '--id', '../../x'])).stderr).toMatch(
      /^charte: --id: "\.\.\/\.\.\/x" is not an identifier: .*; try x\n$/,
    );
    expect((await refused(['--yes', '--id', 'Ma Charte'], {}, 'fr')).stderr).toMatch(
      /^charte : --id: « Ma Charte » n’est pas un identifiant|^charte: --id: « Ma Charte » n’est pas un identifiant.*essayez ma-charte/,
    );
    const fromFile = await refused(['--yes', '--answers', 'a.yaml'], {
      'a.yaml': 'title: T\nid: Ma Charte\n',
    });
    expect(fromFile.stderr).toMatch(/^charte: a\.yaml:2:5: "Ma Charte" is not an identifier.*try ma-charte/);
  });

  it('paths that leave the working directory, symbolic links included', async () => {
    expect((await refused(['../outside.md', '--yes'])).stderr).toMatch(
      /^charte: \.\.\/outside\.md: this path leaves the working directory/,
    );
    expect((await refused(['/tmp/charte-abs.md', '--yes'])).stderr).toMatch(
      /this path leaves the working directory/,
    );
    const outside = tempDir();
    const dir = tempDir();
    symlinkSync(outside, join(dir, 'charters'));
    const result = await runCli(['init', '--yes', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/this path leaves the working directory/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('an answers file with a YAML error, at file:line:column', async () => {
    const { stderr } = await refused(['--answers', 'answers.yaml'], {
      'answers.yaml': 'title: ok\nentities: [unclosed\n',
    });
    expect(stderr).toMatch(/^charte: answers\.yaml:\d+:\d+: YAML syntax error/);
    const tags = await refused(['--answers', 'answers.yaml'], {
      'answers.yaml': 'title: !!js/function "x"\n',
    });
    expect(tags.stderr).toMatch(/^charte: answers\.yaml:1:8: YAML tag refused/);
  });

  it('an answers file with unknown keys, each with its did-you-mean and position', async () => {
    const { stderr } = await refused(['--yes', '--answers', 'answers.yaml'], {
      'answers.yaml': 'titel: Ma charte\nentitis: []\nzzz: 1\n',
    });
    expect(stderr).toBe(
      [
        'charte: answers.yaml:1:1: unknown key "titel": did you mean "title"? (allowed: the front matter\'s keys, see `charte schema`)',
        'answers.yaml:2:1: unknown key "entitis": did you mean "entities"? (allowed: the front matter\'s keys, see `charte schema`)',
        'answers.yaml:3:1: unknown key "zzz" (allowed: the front matter\'s keys, see `charte schema`)',
        '',
      ].join('\n'),
    );
  });

  it('answers that do not make a valid charter, at their place in the answers file', async () => {
    const { stderr } = await refused(['--yes', '--answers', 'answers.yaml'], {
      'answers.yaml': [
        'entities:',
        '  - { id: a, name: A, role: north, type: commune, country: France }',
        '  - { id: b, name: B, role: south, type: comune, country: BF }',
        '',
      ].join('\n'),
    });
    expect(stderr).toMatch(/these answers do not make a valid charter/);
    expect(stderr).toMatch(/answers\.yaml:2:\d+: .*France/);
    expect(stderr).toMatch(/answers\.yaml:3:\d+: .*comune.*commune/);
  });

  it('an unknown template name, listing the known ones; a language the template lacks', async () => {
    expect((await refused(['--yes', '--template', 'solidarite'])).stderr).toMatch(
      /^charte: unknown template "solidarite": available templates: solidarity \(or the path/,
    );
    // The charter's language from the answers file, no --lang flag.
    const dir = writeTree(tempDir(), { 'a.yaml': 'language: es\n' });
    const language = await runCli(['init', '--yes', '--answers', 'a.yaml'], { cwd: dir });
    expect(language.code).toBe(2);
    expect(language.stderr).toContain(
      'template "solidarity" has no text in "es": available languages: fr, en',
    );
    expect(tree(dir)).toEqual(['a.yaml']);
  });

  it('a read-only folder: nothing written, no temporary file left', async () => {
    if (!permissionsCanBeTested()) {
      // Root in a checkout that `nobody` cannot read: the same all-or-nothing path, reached by a
      // file standing where the folder should be.
      const dir = writeTree(tempDir(), { charters: '' });
      const before = tree(dir);
      const result = await runCli(['init', '--yes', '--lang', 'en'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/nothing was written\n$/);
      expect(tree(dir)).toEqual(before);
      return;
    }
    for (const layout of ['cwd', 'charters'] as const) {
      const dir = tempDir();
      const target = layout === 'cwd' ? dir : join(dir, 'charters');
      if (layout === 'charters') writeTree(dir, { 'charters/.keep': '' });
      chmodSync(dir, 0o755);
      chmodSync(target, 0o555);
      const before = tree(dir);
      const result = await runAsUnprivileged(['init', '--yes', '--lang', 'en'], dir);
      chmodSync(target, 0o755);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        'charte: charters/solidarity-charter.md: permission denied (read-only folder?); nothing was written\n',
      );
      expect(tree(dir)).toEqual(before);
    }
  });
});

/** Permissions apply to an ordinary user; as root, only through `nobody`, who must be able to read the checkout. */
function permissionsCanBeTested(): boolean {
  if (process.getuid?.() !== 0) return true;
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const bin = new URL('../src/cli/bin.ts', import.meta.url).pathname;
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `require('fs').accessSync(${JSON.stringify(tsx)}); require('fs').accessSync(${JSON.stringify(bin)})`,
    ],
    { uid: 65534, gid: 65534, encoding: 'utf8' },
  );
  return probe.status === 0;
}

/**
 * Runs the CLI where permissions apply: in-process for an ordinary user; as a real process under
 * the `nobody` account when the tests run as root (root writes through read-only modes).
 */
async function runAsUnprivileged(
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  if (process.getuid?.() !== 0) return runCli(args, { cwd });
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const bin = new URL('../src/cli/bin.ts', import.meta.url).pathname;
  const result = spawnSync(process.execPath, ['--import', `file://${tsx}`, bin, ...args], {
    cwd,
    uid: 65534,
    gid: 65534,
    env: { PATH: process.env.PATH, HOME: '/tmp', LANG: 'en_US.UTF-8', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('charte init --ci and --git', () => {
  it('--ci github writes a workflow with a full clone that runs validate and renew', async () => {
    const dir = tempDir();
    const result = await runCli(['init', '--yes', '--lang', 'en', '--ci', 'github'], { cwd: dir });
    expect(result.code).toBe(0);
    const workflow = readFileSync(join(dir, '.github/workflows/charte.yml'), 'utf8');
    const job = parse(workflow) as {
      on: Record<string, unknown>;
      jobs: { charte: { steps: Record<string, unknown>[] } };
    };
    expect(Object.keys(job.on)).toEqual(['push', 'pull_request']);
    const steps = job.jobs.charte.steps;
    expect(steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual([
      'npm install --global --no-audit --no-fund "$CHARTE_PACKAGE"',
      'charte validate --format github',
      'charte renew',
    ]);
    expect((job as unknown as { env: Record<string, string> }).env.CHARTE_PACKAGE).toBe(
      `git+https://github.com/charte-solidarite/charte.git#v${packageVersion()}`,
    );
    expect(result.stdout).toContain('CI job written: .github/workflows/charte.yml');
  });

  it('--ci gitlab writes .gitlab-ci.yml with GIT_DEPTH 0, in the charter language', async () => {
    const dir = tempDir();
    const result = await runCli(['init', '--yes', '--lang', 'fr', '--ci', 'gitlab'], { cwd: dir });
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8');
    expect(text).toMatch(/^# Vérifie les chartes/);
    const job = parse(text) as { charte: { variables: Record<string, unknown>; script: string[] } };
    expect(job.charte.variables.GIT_DEPTH).toBe(0);
    expect(job.charte.script).toEqual(['charte validate', 'charte renew']);
    expect(job.charte.variables.CHARTE_PACKAGE).toBe(
      `git+https://github.com/charte-solidarite/charte.git#v${packageVersion()}`,
    );
  });

  it('an existing CI file without --force: refused before the charter is written', async () => {
    const dir = writeTree(tempDir(), { '.gitlab-ci.yml': 'stages: [test]\n' });
    const result = await runCli(['init', '--yes', '--lang', 'en', '--ci', 'gitlab'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.gitlab-ci.yml already exists');
    expect(tree(dir)).toEqual(['.gitlab-ci.yml']);
    expect(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')).toBe('stages: [test]\n');
  });

  it('--git runs git init outside a repository, and leaves an existing repository alone', async () => {
    const fresh = tempDir();
    const result = await runCli(['init', '--yes', '--lang', 'en', '--git'], {
      cwd: fresh,
      env: GIT_TEST_ENV,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('git repository created');
    expect(git(fresh, ['rev-parse', '--is-inside-work-tree']).trim()).toBe('true');
    expect(result.stdout).toContain('git add charters/solidarity-charter.md');

    const repo = tempDir();
    initRepo(repo);
    writeTree(repo, { 'sub/.keep': '' });
    const inside = await runCli(['init', '--yes', '--lang', 'en', '--git'], {
      cwd: join(repo, 'sub'),
      env: GIT_TEST_ENV,
    });
    expect(inside.code).toBe(0);
    expect(inside.stdout).not.toContain('git repository created');
    expect(existsSync(join(repo, 'sub', '.git'))).toBe(false);
  });
});

describe('charte init as a real process', () => {
  // Scenarios where the process matters (exit code seen by a shell, no TTY on stdin, stderr).
  const scenarios: {
    name: string;
    args: string[];
    code: number;
    stdout?: RegExp;
    stderr?: RegExp;
    files: string[];
  }[] = [
    {
      name: 'defaults with --yes',
      args: ['init', '--yes', '--lang', 'fr'],
      code: 0,
      stdout: /charte écrite : charters\/charte-de-solidarite\.md/,
      files: ['charters/', 'charters/charte-de-solidarite.md'],
    },
    {
      name: 'missing answers without a terminal',
      args: ['init', '--lang', 'en'],
      code: 2,
      stderr: /^charte: missing answers: entities, referents, commitments, resources, sustainability\./,
      files: [],
    },
  ];
  for (const scenario of scenarios) {
    it(`${scenario.name}: in-process and as a process agree`, async () => {
      for (const run of ['in-process', 'process'] as const) {
        const dir = tempDir();
        const result =
          run === 'in-process'
            ? await runCli(scenario.args, { cwd: dir })
            : runCliProcess(scenario.args, { cwd: dir });
        expect(result.code, run).toBe(scenario.code);
        if (scenario.stdout) expect(result.stdout, run).toMatch(scenario.stdout);
        if (scenario.stderr) expect(result.stderr, run).toMatch(scenario.stderr);
        expect(tree(dir), run).toEqual(scenario.files);
      }
    });
  }
});

describe('charte init with an organisation template folder', () => {
  function orgTemplate(edit: (dir: string) => void): string {
    const dir = tempDir();
    cpSync(join(templatesDir, 'solidarity'), join(dir, 'org'), { recursive: true });
    edit(join(dir, 'org'));
    return dir;
  }

  it('renders with the folder given to --template', async () => {
    const dir = orgTemplate((t) => {
      const body = join(t, 'en/body.md.hbs');
      writeFileSync(
        body,
        readFileSync(body, 'utf8').replace('## Preamble\n', '## Preamble\n\nOur own words.\n'),
      );
    });
    const result = await runCli(['init', '--yes', '--lang', 'en', '--template', './org'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'charters/solidarity-charter.md'), 'utf8')).toContain('Our own words.');
  });

  it('a template with a syntax error: exit 2 at template-file:line:column, nothing written', async () => {
    const dir = orgTemplate((t) =>
      writeFileSync(join(t, 'fr/body.md.hbs'), '# {{title}}\n\n## Préambule\n\n{{#if binding}\n'),
    );
    const result = await runCli(['init', '--yes', '--lang', 'fr', '--template', './org'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^charte: org\/fr\/body\.md\.hbs:5:\d+: erreur de syntaxe Handlebars/);
    expect(existsSync(join(dir, 'charters'))).toBe(false);
  });

  it('a template with an unknown helper: exit 2 at its position, nothing written', async () => {
    const dir = orgTemplate((t) =>
      writeFileSync(join(t, 'en/body.md.hbs'), '# {{title}}\n\n{{shout title}}\n'),
    );
    const result = await runCli(['init', '--yes', '--lang', 'en', '--template', './org'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'charte: org/en/body.md.hbs:3:1: You specified knownHelpersOnly, but used the unknown helper shout\n',
    );
    expect(existsSync(join(dir, 'charters'))).toBe(false);
  });

  it('a template reaching constructor or __proto__ fails at its position', async () => {
    for (const reach of ['{{constructor.name}}', '{{entities.__proto__}}', '{{lookup this "constructor"}}']) {
      const dir = orgTemplate((t) => writeFileSync(join(t, 'en/body.md.hbs'), `# {{title}}\n\nx ${reach}\n`));
      const result = await runCli(['init', '--yes', '--lang', 'en', '--template', './org'], { cwd: dir });
      expect(result.code, reach).toBe(2);
      expect(result.stderr, reach).toMatch(
        /^charte: org\/en\/body\.md\.hbs:3:\d+: .*leads to object prototypes/,
      );
      expect(existsSync(join(dir, 'charters')), reach).toBe(false);
    }
  });

  it('a name reaching a prototype at run time renders nothing from it', async () => {
    const dir = orgTemplate((t) => {
      const body = join(t, 'en/body.md.hbs');
      writeFileSync(
        body,
        readFileSync(body, 'utf8').replace(
          '## Preamble\n',
          '## Preamble\n\n{{#each entities}}[{{lookup ../this name}}]{{/each}}\n',
        ),
      );
    });
    writeTree(dir, {
      'answers.yaml': [
        'id: proto',
        'entities:',
        '  - { id: a, name: constructor, role: north, type: commune, country: FR }',
        '  - { id: b, name: __proto__, role: south, type: commune, country: BF }',
        '  - { id: c, name: toString, role: associate, type: association, country: FR }',
        '',
      ].join('\n'),
    });
    const result = await runCli(
      ['init', '--yes', '--lang', 'en', '--template', './org', '--answers', 'answers.yaml'],
      {
        cwd: dir,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, 'charters', 'proto.md'), 'utf8');
    expect(text).toContain('\n[][][]\n');
    expect(text).not.toMatch(/\[(function|object)|native code|Object\(\)/);
  });

  it('a front matter template that pastes a value without {{yaml}} is caught before writing', async () => {
    const dir = orgTemplate((t) => {
      const fm = join(t, 'en/front-matter.yaml.hbs');
      writeFileSync(fm, readFileSync(fm, 'utf8').replace('title: {{yaml title}}', 'title: {{title}}'));
    });
    const result = await runCli(
      ['init', '--yes', '--lang', 'en', '--template', './org', '--title', 'Charter: #1'],
      { cwd: dir },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^charte: org\/en\/front-matter\.yaml\.hbs: the rendered front matter .*\{\{yaml …\}\}/,
    );
    expect(existsSync(join(dir, 'charters'))).toBe(false);
  });
});
