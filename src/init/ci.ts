/**
 * The CI job `charte init --ci` writes: `charte validate` and `charte renew` on every push and
 * pull (merge) request, on a full clone, because renewal reads the signing history in git.
 */
import type { Lang } from '../i18n/index.js';
import { packageVersion } from '../paths.js';

export const CI_KINDS = ['github', 'gitlab'] as const;
export type CiKind = (typeof CI_KINDS)[number];

export const CI_PATHS: Readonly<Record<CiKind, string>> = {
  github: '.github/workflows/charte.yml',
  gitlab: '.gitlab-ci.yml',
};

export function ciFile(kind: CiKind, lang: Lang): string {
  const fr = lang === 'fr';
  // The version that wrote the job, pinned: a charters repository has no package.json, and an
  // unpinned npx would run whatever is published under that name at the time.
  const pinned = `charte@${packageVersion()}`;
  if (kind === 'github') {
    return `${
      fr
        ? `# Vérifie les chartes de solidarité à chaque push et pull request : charte validate, puis charte renew.
# fetch-depth: 0 récupère tout l'historique : les signatures et les versions passées vivent dans git.`
        : `# Checks the solidarity charters on every push and pull request: charte validate, then charte renew.
# fetch-depth: 0 fetches the whole history: signatures and past versions live in git.`
    }
name: charte

on:
  push:
  pull_request:

permissions:
  contents: read

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
      - name: charte validate
        run: npx --yes ${pinned} validate --format github
      - name: charte renew
        run: npx --yes ${pinned} renew
`;
  }
  return `${
    fr
      ? `# Vérifie les chartes de solidarité à chaque push et merge request : charte validate, puis charte renew.
# GIT_DEPTH: 0 récupère tout l'historique : les signatures et les versions passées vivent dans git.`
      : `# Checks the solidarity charters on every push and merge request: charte validate, then charte renew.
# GIT_DEPTH: 0 fetches the whole history: signatures and past versions live in git.`
  }
charte:
  image: node:20
  variables:
    GIT_DEPTH: 0
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS
      when: never
    - if: $CI_COMMIT_BRANCH
  script:
    - npx --yes ${pinned} validate
    - npx --yes ${pinned} renew
`;
}
