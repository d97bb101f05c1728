#!/usr/bin/env node
/**
 * `charte report` on a large history, against one bare `git log --name-only` pass over the same
 * repository in the same run (target: text and json within 2x), and the HTML report with its
 * charts on 500 charters (target: under 3 s).
 *
 *   node bench/report.bench.mjs                 # 1,000 charters, 20,000 commits
 *   CHARTERS=200 COMMITS=4000 node bench/report.bench.mjs
 *
 * The repository is the one bench/renew.bench.mjs generates (same generator, same parameters,
 * under bench/.data/); it is generated through that script when missing. Needs the built CLI:
 *   npm run build
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmtMs, runTimed } from './lib/measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHARTERS = Number(process.env.CHARTERS ?? 1000);
const COMMITS = Number(process.env.COMMITS ?? 20000);
const RUNS = Number(process.env.RUNS ?? 3);
const HTML_CHARTERS = Number(process.env.HTML_CHARTERS ?? 500);
const dataDir = join(root, 'bench', '.data', `renew-${CHARTERS}-${COMMITS}`);
const repo = join(dataDir, 'repo');
// CHARTE_BIN: another build to compare with (for example an earlier commit's dist).
const bin = process.env.CHARTE_BIN ?? join(root, 'dist', 'cli', 'bin.js');
const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LANG: 'fr_FR.UTF-8', NO_COLOR: '1' };

if (!existsSync(join(root, 'dist', 'portfolio', 'index.js'))) {
  console.error('build first: npm run build');
  process.exit(2);
}
if (!existsSync(join(dataDir, 'params.json'))) {
  console.log('generating the repository with bench/renew.bench.mjs (RUNS=1)...');
  const gen = spawnSync(process.execPath, [join(root, 'bench', 'renew.bench.mjs')], {
    stdio: 'inherit',
    env: {
      ...process.env,
      CHARTERS: String(CHARTERS),
      COMMITS: String(COMMITS),
      RUNS: '1',
      NAIVE_SAMPLE: '1',
    },
  });
  if (gen.status !== 0 && !existsSync(join(dataDir, 'params.json'))) process.exit(2);
}
const params = readFileSync(join(dataDir, 'params.json'), 'utf8').trim();
console.log(`repository: ${repo} (${params})`);

const gitLog = runTimed('git', ['log', '--name-only', '--format=%H'], { cwd: repo, env, runs: RUNS });
const asOf = ['--as-of', '2026-12-01'];
const text = runTimed(process.execPath, [bin, 'report', ...asOf], { cwd: repo, env, runs: RUNS });
const json = runTimed(process.execPath, [bin, 'report', ...asOf, '--format', 'json'], {
  cwd: repo,
  env,
  runs: RUNS,
});
if (json.status !== 0) throw new Error(`report --format json exited ${json.status}: ${json.stderr}`);
const charters = JSON.parse(json.stdout).charters.length;

const files = spawnSync('git', ['ls-files', '--', '*.md'], {
  cwd: repo,
  encoding: 'utf8',
  env: { ...process.env, ...env },
})
  .stdout.split('\n')
  .filter(Boolean)
  .sort()
  .slice(0, HTML_CHARTERS);
const out = join(dataDir, 'report.html');
const html = runTimed(process.execPath, [bin, 'report', ...asOf, '--format', 'html', '-o', out, ...files], {
  cwd: repo,
  env,
  runs: RUNS,
});
if (html.status !== 0) throw new Error(`report --format html exited ${html.status}: ${html.stderr}`);
const htmlBytes = readFileSync(out).length;

const ratio = (r) => r.medianMs / gitLog.medianMs;
const mem = (r) => (r.maxRssKb ? `, peak ${Math.round(r.maxRssKb / 1024)} MB` : '');
console.log(`(a) git log --name-only, one pass:       ${fmtMs(gitLog.medianMs)}`);
console.log(
  `(b) charte report (text), ${charters} charters: ${fmtMs(text.medianMs)}  = ${ratio(text).toFixed(2)}x (a)${mem(text)}`,
);
console.log(
  `(c) charte report --format json:          ${fmtMs(json.medianMs)}  = ${ratio(json).toFixed(2)}x (a)${mem(json)}`,
);
console.log(
  `(d) charte report --format html, ${files.length} charters: ${fmtMs(html.medianMs)} (${Math.round(htmlBytes / 1024)} KB)${mem(html)}`,
);
const okLog = ratio(text) <= 2 && ratio(json) <= 2;
const okHtml = html.medianMs < 3000;
console.log(
  okLog
    ? `verdict: PASS, report is within 2x of one git log pass (${ratio(text).toFixed(2)}x, ${ratio(json).toFixed(2)}x)`
    : `verdict: FAIL, report takes ${ratio(text).toFixed(2)}x / ${ratio(json).toFixed(2)}x one git log pass (target 2x)`,
);
console.log(
  okHtml
    ? `verdict: PASS, the HTML report of ${files.length} charters takes ${fmtMs(html.medianMs)} (target 3 s)`
    : `verdict: FAIL, the HTML report of ${files.length} charters takes ${fmtMs(html.medianMs)} (target 3 s)`,
);
process.exitCode = okLog && okHtml ? 0 : 1;
