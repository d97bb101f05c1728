#!/usr/bin/env node
/**
 * The history reader's own work, without git: every version of every charter of the renew
 * benchmark's repository (1,000 charters, 20,000 commits) read through VersionStateReader in the
 * order `renew` reads them (the working files first, then each file's versions newest first,
 * each blob once). git's output is read once, before the clock starts, so the figure is node's
 * work per version alone; `renew` runs it beside git, where the machine's noise hides changes of
 * a few percent.
 *
 *   node bench/versions.bench.mjs
 *   CHARTE_DIST=/other/build/dist node bench/versions.bench.mjs   # another build, same data
 *
 * The repository is the one bench/renew.bench.mjs generates (generated through it when missing).
 * Needs the built code: npm run build
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHARTERS = Number(process.env.CHARTERS ?? 1000);
const COMMITS = Number(process.env.COMMITS ?? 20000);
const RUNS = Number(process.env.RUNS ?? 7);
const dist = process.env.CHARTE_DIST ?? join(root, 'dist');
const dataDir = join(root, 'bench', '.data', `renew-${CHARTERS}-${COMMITS}`);
const repo = join(dataDir, 'repo');
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

if (!existsSync(join(dist, 'history', 'version-state.js'))) {
  console.error('build first: npm run build');
  process.exit(2);
}
if (!existsSync(join(dataDir, 'params.json'))) {
  const gen = spawnSync(process.execPath, [join(root, 'bench', 'renew.bench.mjs')], {
    stdio: 'inherit',
    env: { ...env, CHARTERS: String(CHARTERS), COMMITS: String(COMMITS), RUNS: '1', NAIVE_SAMPLE: '1' },
  });
  if (gen.status !== 0 && !existsSync(join(dataDir, 'params.json'))) process.exit(2);
}

// Each change to a file, newest first, as the log pass sees it (renames under their new name).
const log = execFileSync(
  'git',
  ['log', '-z', '--raw', '--no-abbrev', '-M', '--topo-order', '--format=%x01%H', 'HEAD'],
  {
    cwd: repo,
    env,
    maxBuffer: 1 << 30,
  },
).toString('latin1');
const touches = [];
const tokens = log.split('\0');
for (let i = 0; i < tokens.length; i++) {
  const token = tokens[i].replace(/^\n+/, '');
  if (!token.startsWith(':')) continue;
  const [, , , newBlob, status] = token.slice(1).split(' ');
  let path = tokens[++i];
  if (status.startsWith('R') || status.startsWith('C')) path = tokens[++i];
  if (status !== 'D') touches.push([Buffer.from(path, 'latin1').toString('utf8'), newBlob]);
}
const ids = [...new Set(touches.map(([, blob]) => blob))];
const out = execFileSync('git', ['cat-file', '--batch'], {
  cwd: repo,
  env,
  input: `${ids.join('\n')}\n`,
  maxBuffer: 1 << 30,
});
const blobs = new Map();
for (let pos = 0, k = 0; k < ids.length; k++) {
  const eol = out.indexOf(10, pos);
  const size = Number(out.toString('latin1', pos, eol).split(' ')[2]);
  blobs.set(ids[k], out.subarray(eol + 1, eol + 1 + size));
  pos = eol + 1 + size + 1;
}
const paths = [...new Set(touches.map(([path]) => path))].filter((p) => existsSync(join(repo, p)));
const working = paths.map((p) => [p, readFileSync(join(repo, p))]);

const { VersionStateReader } = await import(pathToFileURL(join(dist, 'history', 'version-state.js')).href);

/** One replay in a fresh reader (fresh caches), as one `renew` process reads. */
function replay() {
  const states = new VersionStateReader('fr');
  const start = performance.now();
  for (const [path, bytes] of working) states.ofBytes(bytes, states.chain(path));
  const afterWorking = performance.now();
  const byBlob = new Map();
  for (const [path, blob] of touches) {
    if (byBlob.has(blob)) continue;
    byBlob.set(blob, states.ofBytes(blobs.get(blob), states.chain(path)));
  }
  return { working: afterWorking - start, versions: performance.now() - afterWorking, count: byBlob.size };
}

// The first replay also pays for compiling the code (as every `renew` process does); later
// ones run warm code: both are shown.
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(replay());
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const first = runs[0];
const warm = runs.slice(1);
console.log(`repository: ${repo} (${working.length} working files, ${first.count} distinct versions)`);
console.log(
  `first replay (cold code, as in one renew process): working files ${first.working.toFixed(0)} ms, versions ${first.versions.toFixed(0)} ms (${((first.versions * 1000) / first.count).toFixed(1)} µs each)`,
);
if (warm.length > 0) {
  const w = median(warm.map((r) => r.working));
  const v = median(warm.map((r) => r.versions));
  console.log(
    `warm replays (median of ${warm.length}): working files ${w.toFixed(0)} ms, versions ${v.toFixed(0)} ms (${((v * 1000) / first.count).toFixed(1)} µs each)`,
  );
}
