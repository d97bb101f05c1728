/**
 * The package spec of the CI jobs `charte init --ci` writes: a default that installs today (this
 * version's git tag), `--package-spec`, and `ci_package` in the answers file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ciFile, defaultPackageSpec, isPackageSpec } from '../src/init/ci.js';
import { packageVersion } from '../src/paths.js';
import { runCli } from './helpers/cli.js';
import { tempDir, writeTree } from './helpers/tmp.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  repository: { url: string };
};

describe('init --ci: what the job installs', () => {
  it('defaults to this version’s git tag, from package.json’s repository', () => {
    expect(defaultPackageSpec()).toBe(`${pkg.repository.url}#v${pkg.version}`);
    expect(defaultPackageSpec()).toMatch(/^git\+https:\/\/.+\.git#v\d+\.\d+\.\d+/);
  });

  it('--package-spec goes into both jobs, once, where the install step reads it', async () => {
    for (const [kind, file] of [
      ['github', '.github/workflows/charte.yml'],
      ['gitlab', '.gitlab-ci.yml'],
    ] as const) {
      const dir = tempDir();
      const result = await runCli(
        ['init', '--yes', '--lang', 'fr', '--ci', kind, '--package-spec', 'charte@0.2.0'],
        { cwd: dir },
      );
      expect(result.code).toBe(0);
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text.match(/charte@0\.2\.0/g)).toHaveLength(1);
      expect(text).toContain('npm install --global --no-audit --no-fund "$CHARTE_PACKAGE"');
      expect(text).not.toContain('npx');
      const job = parse(text) as Record<string, unknown>;
      const variables =
        kind === 'github'
          ? (job.env as Record<string, string>)
          : (job.charte as { variables: Record<string, string> }).variables;
      expect(variables.CHARTE_PACKAGE).toBe('charte@0.2.0');
      // The comment in the charter's language says what else the spec can be.
      expect(text).toContain('une fois\n');
    }
  });

  it('takes ci_package from the answers file; --package-spec wins over it', async () => {
    const dir = writeTree(tempDir(), {
      'answers.yaml': 'title: Charte\nci_package: ./vendor/charte-0.1.0.tgz\n',
    });
    const fromFile = await runCli(['init', '--yes', '--answers', 'answers.yaml', '--ci', 'gitlab'], {
      cwd: dir,
    });
    expect(fromFile.code).toBe(0);
    expect(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')).toContain(
      'CHARTE_PACKAGE: ./vendor/charte-0.1.0.tgz',
    );
    // ci_package configures the job, it is not written into the charter.
    expect(readFileSync(join(dir, 'charters/charte.md'), 'utf8')).not.toContain('ci_package');
    const flag = await runCli(
      [
        'init',
        'b.md',
        '--yes',
        '--answers',
        'answers.yaml',
        '--ci',
        'gitlab',
        '--force',
        '--package-spec',
        'charte@1.0.0',
      ],
      { cwd: dir },
    );
    expect(flag.code).toBe(0);
    expect(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')).toContain('CHARTE_PACKAGE: charte@1.0.0');
  });

  it('refuses a spec a shell or YAML would misread, and --package-spec without --ci, writing nothing', async () => {
    const dir = tempDir();
    const bad = await runCli(
      ['init', '--yes', '--lang', 'en', '--ci', 'github', '--package-spec', 'charte; rm -rf /'],
      {
        cwd: dir,
      },
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--package-spec: "charte; rm -rf /" is not an npm package spec');
    const alone = await runCli(['init', '--yes', '--lang', 'fr', '--package-spec', 'charte@1.0.0'], {
      cwd: dir,
    });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--package-spec dit ce que le job CI installe');
    const answers = writeTree(tempDir(), { 'a.yaml': 'title: T\nci_package: "a b"\n' });
    const inFile = await runCli(['init', '--yes', '--lang', 'en', '--answers', 'a.yaml', '--ci', 'github'], {
      cwd: answers,
    });
    expect(inFile.code).toBe(2);
    expect(inFile.stderr).toContain('a.yaml:2:13: "a b" is not an npm package spec');
    expect(readFileSync(join(answers, 'a.yaml'), 'utf8')).toBe('title: T\nci_package: "a b"\n');
    for (const spec of [
      'charte@0.1.0',
      'git+https://example.org/x/charte.git#v0.1.0',
      './charte-0.1.0.tgz',
      'github:x/charte#v1',
    ]) {
      expect(isPackageSpec(spec)).toBe(true);
    }
    expect(() => ciFile('github', 'en', '$(id)')).toThrow(/not a package spec/);
    expect(packageVersion()).toBe(pkg.version);
  });
});
