import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templatesDir } from '../src/paths.js';
import { runCli } from './helpers/cli.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const builtinManifest = JSON.parse(
  readFileSync(join(templatesDir, 'solidarity', 'manifest.json'), 'utf8'),
) as {
  name: string;
  description: { fr: string; en: string };
  languages: string[];
  outline: Record<string, string[]>;
};

describe('charte templates', () => {
  it('lists the built-in templates with their description in the chosen language', async () => {
    const dir = tempDir();
    const en = await runCli(['templates', '--lang', 'en'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stdout).toBe(
      `solidarity  fr, en  ${builtinManifest.description.en}\n\nUsage: charte init --template <name|folder>\n`,
    );
    const fr = await runCli(['templates', '--lang', 'fr'], { cwd: dir });
    expect(fr.stdout).toContain(`solidarity  fr, en  ${builtinManifest.description.fr}`);
    expect(fr.stdout).toContain('Utilisation : charte init --template <nom|dossier>');
  });

  it('lists an organisation folder of templates too, as JSON', async () => {
    const dir = tempDir();
    cpSync(join(templatesDir, 'solidarity'), join(dir, 'modeles', 'jumelage'), { recursive: true });
    const manifestPath = join(dir, 'modeles', 'jumelage', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    writeFileSync(
      manifestPath,
      JSON.stringify({
        ...manifest,
        name: 'jumelage',
        languages: ['fr'],
        description: { fr: 'Charte de jumelage', en: 'Twinning charter' },
      }),
    );
    const result = await runCli(['templates', 'modeles', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        name: 'solidarity',
        description: builtinManifest.description.en,
        languages: ['fr', 'en'],
        builtin: true,
        path: 'templates/solidarity',
      },
      {
        name: 'jumelage',
        description: 'Twinning charter',
        languages: ['fr'],
        builtin: false,
        path: 'modeles/jumelage',
      },
    ]);
  });

  it('reports a broken manifest at manifest.json:line:column', async () => {
    const dir = writeTree(tempDir(), {
      'bad-json/manifest.json': '{\n  "name": "x",\n  "languages": ["fr",]\n  oops\n}\n',
      'bad-shape/manifest.json':
        '{\n  "name": "Bad Name",\n  "description": {"fr": "d", "en": "d"},\n  "languages": ["fr"],\n  "outline": {}\n}\n',
    });
    const json = await runCli(['templates', 'bad-json', '--lang', 'en'], { cwd: dir });
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/^charte: bad-json\/manifest\.json:4:3: JSON syntax error/);
    const shape = await runCli(['templates', 'bad-shape', '--lang', 'en'], { cwd: dir });
    expect(shape.code).toBe(2);
    expect(shape.stderr).toMatch(
      /^charte: bad-shape\/manifest\.json:2:11: `name`: a lower-case, hyphenated name/,
    );
    const missing = await runCli(['templates', 'nowhere', '--lang', 'fr'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('charte: nowhere : dossier de modèles introuvable\n');
  });

  it('refuses a manifest whose part files leave the template folder', async () => {
    const dir = tempDir();
    cpSync(join(templatesDir, 'solidarity'), join(dir, 'org'), { recursive: true });
    const manifestPath = join(dir, 'org', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, files: { body: '../../{lang}/secret.hbs' } }));
    const result = await runCli(['init', '--yes', '--lang', 'en', '--template', './org'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'charte: org/manifest.json: "../../{lang}/secret.hbs" leaves the template folder\n',
    );
  });

  it('has help texts in both languages', async () => {
    const dir = tempDir();
    const fr = await runCli(['templates', '--help', '--lang', 'fr'], { cwd: dir });
    expect(fr.stdout).toContain('liste les modèles de charte disponibles');
    const en = await runCli(['init', '--help', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('--ci <provider>');
    expect(en.stdout).toContain('Exit codes:');
  });
});
