/**
 * The CI job `charte init --ci` writes: `charte validate` and `charte renew` on every push and
 * pull (merge) request, on a full clone, because renewal reads the signing history in git.
 *
 * The job installs charte from a package spec (`--package-spec`, or `ci_package` in the answers
 * file): by default the git repository of this very version, pinned to its tag `v<version>`
 * (`npm install` builds it through `prepare`), which works before charte is on the npm registry.
 * Once the release workflow (.github/workflows/release.yml) has published a version, the spec
 * `charte@<version>` installs it from the registry, faster.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { packageRoot, packageVersion } from '../paths.js';

export const CI_KINDS = ['github', 'gitlab'] as const;
export type CiKind = (typeof CI_KINDS)[number];

export const CI_PATHS: Readonly<Record<CiKind, string>> = {
  github: '.github/workflows/charte.yml',
  gitlab: '.gitlab-ci.yml',
};

/** `git+https://…/charte.git`, the package's repository as package.json gives it. */
export function packageRepository(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
    repository?: string | { url?: string };
  };
  const url = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  if (!url) throw new Error('package.json has no repository.url: the default CI package spec needs it');
  return url.startsWith('git+') || url.startsWith('github:') ? url : `git+${url}`;
}

/**
 * What the generated jobs install by default: this version, from its git tag. A charters
 * repository has no package.json, and an unpinned spec would run whatever is current that day.
 */
export function defaultPackageSpec(): string {
  return `${packageRepository()}#v${packageVersion()}`;
}

/** An npm package spec a CI job may install: one word, nothing a shell or YAML would read. */
export function isPackageSpec(spec: string): boolean {
  return /^[A-Za-z0-9@./~][A-Za-z0-9@._~:/#+=%-]*$/.test(spec) && spec.length <= 500;
}

/** The job for `kind`, with comments in `lang`, installing charte from `packageSpec`. */
export function ciFile(kind: CiKind, lang: Lang, packageSpec: string = defaultPackageSpec()): string {
  const m = messages(lang).cli;
  if (!isPackageSpec(packageSpec)) throw new Error(`not a package spec: ${JSON.stringify(packageSpec)}`);
  if (kind === 'github') {
    return `${m.ciGithubHeader}
name: charte

on:
  push:
  pull_request:

permissions:
  contents: read

env:
${m.ciPackageComment}
  CHARTE_PACKAGE: ${packageSpec}

jobs:
  charte:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: charte
        run: npm install --global --no-audit --no-fund "$CHARTE_PACKAGE"
      - name: charte validate
        run: charte validate --format github
      - name: charte renew
        run: charte renew
`;
  }
  return `${m.ciGitlabHeader}
charte:
  image: node:20
  variables:
    GIT_DEPTH: 0
${m.ciPackageComment.replace(/^/gm, '  ')}
    CHARTE_PACKAGE: ${packageSpec}
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS
      when: never
    - if: $CI_COMMIT_BRANCH
  before_script:
    - npm install --global --no-audit --no-fund "$CHARTE_PACKAGE"
  script:
    - charte validate
    - charte renew
`;
}
