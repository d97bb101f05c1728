// Benchmark of `charte export` (PDF through Typst), on generated charters committed in a git
// repository (so that each export also asks git for its stamp, as in real use).
// Targets (issue 5): one charter as a whole process under 1 s cold; 100 charters in one process
// at most 50 ms each. Peak memory (issue 13): a batch of CHARTE_BENCH_COUNT charters (10,000 or as
// many as fits the time) under 600 MB of peak resident memory, the worker threads included
// (they are threads of the one process); and the peak of one charter of
// CHARTE_BENCH_ENTITIES entities (default 1,000), reported. CHARTE_BENCH_MEMORY_ONLY=1 measures
// only the peaks (one run each), for large counts. Also: the same 100 as HTML, the byte size of a typical PDF, and, in this
// process, the batch typeset on this thread only against the pool of worker threads (the
// default for a batch), with a check that both write the same bytes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { charterText } from './lib/generate-charters.mjs';
import { fmtMs, runTimed } from './lib/measure.mjs';

const count = Number(process.env.CHARTE_BENCH_COUNT ?? 100);
const bin = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url));
if (!existsSync(bin)) throw new Error('dist/ is missing: run `npm run build` first');
const repo = fileURLToPath(new URL(`.data/export-${count}/`, import.meta.url));
const out = fileURLToPath(new URL(`.data/export-${count}-out/`, import.meta.url));

const env = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.org',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.org',
  GIT_AUTHOR_DATE: '2025-02-10T12:00:00+00:00',
  GIT_COMMITTER_DATE: '2025-02-10T12:00:00+00:00',
  LANG: 'fr_FR.UTF-8',
};
const git = (args) =>
  execFileSync('git', args, { cwd: repo, env: { ...process.env, ...env }, stdio: 'pipe' });

if (!existsSync(join(repo, '.git')) || readdirSync(join(repo, 'charters')).length !== count) {
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(join(repo, 'charters'), { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(join(repo, 'charters', `charte-${String(i).padStart(4, '0')}.md`), charterText(i));
  }
  git(['init', '-q', '-b', 'main']);
  git(['add', '-A']);
  git(['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'charters']);
  console.log(`generated and committed ${count} charters in ${repo}`);
}

/**
 * Peak resident memory of a whole CLI process, in MB: `process.resourceUsage().maxRSS` read by a
 * wrapper as the process exits (every thread of the process counts, the worker threads
 * included). Works where GNU time is absent.
 */
function peakRss(args, cwd) {
  const wrapper = fileURLToPath(new URL('.data/peak-rss.mjs', import.meta.url));
  writeFileSync(
    wrapper,
    `process.on('exit', () => process.stderr.write('\\nmaxRSS ' + process.resourceUsage().maxRSS + '\\n'));\nawait import(${JSON.stringify(new URL('../dist/cli/bin.js', import.meta.url).href)});\n`,
  );
  const start = performance.now();
  const r = spawnSync(process.execPath, [wrapper, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - start;
  const kb = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1]);
  return { status: r.status, stderr: r.stderr, ms, mb: kb / 1024 };
}

const MEMORY_TARGET_MB = 600;
const entities = Number(process.env.CHARTE_BENCH_ENTITIES ?? 1000);
const bigDir = fileURLToPath(new URL(`.data/export-entities-${entities}/`, import.meta.url));
if (!existsSync(join(bigDir, 'big.md'))) {
  mkdirSync(bigDir, { recursive: true });
  // The generated charter, with `entities - 2` associates more (they need no referent).
  const lines = charterText(0).split('\n');
  const at = lines.indexOf('referents:');
  const associates = [];
  for (let k = 0; associates.length / 5 < entities - 2; k++) {
    associates.push(
      `  - id: asso-${k}`,
      `    name: Association ${k}`,
      '    role: associate',
      '    type: association',
      '    country: FR',
    );
  }
  lines.splice(at, 0, ...associates);
  writeFileSync(join(bigDir, 'big.md'), lines.join('\n'));
}
const batchPeak = peakRss(['export', 'charters', '-o', join(out, 'peak'), '--force'], repo);
if (batchPeak.status !== 0) throw new Error(`batch export failed: ${batchPeak.stderr}`);
const bigPeak = peakRss(['export', 'big.md', '-o', join(out, 'big.pdf'), '--force'], bigDir);
console.log(
  `export peak memory: ${count} charters in one process ${batchPeak.mb.toFixed(0)} MB in ${fmtMs(batchPeak.ms)} ` +
    `(target < ${MEMORY_TARGET_MB} MB: ${batchPeak.mb < MEMORY_TARGET_MB ? 'OK' : 'MISSED'}); ` +
    `one charter of ${entities} entities ${bigPeak.mb.toFixed(0)} MB in ${fmtMs(bigPeak.ms)}` +
    `${bigPeak.status === 0 ? '' : ` (failed: ${bigPeak.stderr.split('\n').find((l) => l.startsWith('charte')) ?? bigPeak.status})`}`,
);
if (batchPeak.mb >= MEMORY_TARGET_MB) process.exitCode = 1;
if (process.env.CHARTE_BENCH_MEMORY_ONLY === '1') process.exit();

const loadBefore = loadavg()[0];
const one = join(repo, 'charters', 'charte-0000.md');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const bare = runTimed(process.execPath, ['-e', '0'], { runs: 5 });
const single = runTimed(process.execPath, [bin, 'export', one, '-o', join(out, 'one.pdf'), '--force'], {
  cwd: repo,
  env,
  runs: 5,
});
if (single.status !== 0) throw new Error(`export failed: ${single.stderr}`);
const size = statSync(join(out, 'one.pdf')).size;
const batch = runTimed(process.execPath, [bin, 'export', 'charters', '-o', join(out, 'pdf'), '--force'], {
  cwd: repo,
  env,
  runs: 3,
});
if (batch.status !== 0) throw new Error(`batch export failed: ${batch.stderr}`);
const html = runTimed(
  process.execPath,
  [bin, 'export', 'charters', '-o', join(out, 'html'), '--force', '--format', 'html'],
  { cwd: repo, env, runs: 3 },
);
if (html.status !== 0) throw new Error(`html export failed: ${html.stderr}`);
const written = readdirSync(join(out, 'pdf')).length;

/**
 * CPU time (user + system) of one run, from GNU time: on a shared machine it moves much less
 * than wall time, so it says better what the export costs.
 */
function cpuMs(args) {
  if (!existsSync('/usr/bin/time')) return undefined;
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], {
    cwd: repo,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const [user, system] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return (user + system) * 1000;
}
const singleCpu = cpuMs([bin, 'export', one, '-o', join(out, 'one.pdf'), '--force']);
const batchCpu = cpuMs([bin, 'export', 'charters', '-o', join(out, 'pdf'), '--force']);

/**
 * The batch in this process, through `exportCharters` from dist/: on this thread only
 * (`workers: 0`) and with the default pool, alternately, `runs` times each. Wall and CPU time
 * (every thread of the process) per document, without the process's start-up.
 */
async function inProcess(runs) {
  const { exportCharters, renderThreads } = await import(
    new URL('../dist/export/index.js', import.meta.url).href
  );
  const { today } = await import(new URL('../dist/model/dates.js', import.meta.url).href);
  const figures = { single: { wall: [], cpu: [] }, pool: { wall: [], cpu: [] } };
  for (let i = 0; i < runs; i++) {
    for (const [mode, workers] of [
      ['single', 0],
      ['pool', undefined],
    ]) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      const outcome = await exportCharters(['charters'], {
        cwd: repo,
        env: { ...process.env, ...env },
        lang: 'fr',
        format: 'pdf',
        today: today(),
        output: join(out, `in-process-${mode}`),
        force: true,
        workers,
      });
      if (outcome.kind !== 'done') throw new Error(`in-process ${mode} export: ${outcome.kind}`);
      figures[mode].wall.push((performance.now() - start) / count);
      const used = process.cpuUsage(cpu);
      figures[mode].cpu.push((used.user + used.system) / 1000 / count);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const names = readdirSync(join(out, 'in-process-single')).sort();
  const identical = names.every((name) =>
    readFileSync(join(out, 'in-process-single', name)).equals(
      readFileSync(join(out, 'in-process-pool', name)),
    ),
  );
  return {
    single: { wall: median(figures.single.wall), cpu: median(figures.single.cpu) },
    pool: { wall: median(figures.pool.wall), cpu: median(figures.pool.cpu) },
    identical,
    files: names.length,
    threads: renderThreads(undefined, count),
  };
}
const inside = await inProcess(3);
const load = loadavg()[0];

// Per document in a batch: the batch minus one process's fixed cost, over the documents.
const perDoc = (batch.medianMs - single.medianMs) / (count - 1);
const perDocHtml = (html.medianMs - single.medianMs) / (count - 1);
console.log(
  `export (median; load average ${loadBefore.toFixed(1)} before, ${load.toFixed(1)} after, on ${availableParallelism()} CPUs: wall times are indicative)`,
);
console.log(`  node -e 0:                          ${fmtMs(bare.medianMs)}`);
console.log(
  `  one charter, whole process (PDF):   ${fmtMs(single.medianMs)} (min ${fmtMs(single.minMs)}), ${(size / 1024).toFixed(0)} KiB, ` +
    `peak RSS ${single.maxRssKb ? `${(single.maxRssKb / 1024).toFixed(0)} MB` : 'n/a'}  (target < 1 s: ${single.medianMs < 1000 ? 'OK' : 'MISSED'})`,
);
console.log(
  `  ${count} charters, one process (PDF):  ${fmtMs(batch.medianMs)}, ${written} files, ${fmtMs(batch.medianMs / count)} each overall, ` +
    `${fmtMs(perDoc)} each beyond the first  (target <= 50 ms: ${batch.medianMs / count <= 50 ? 'OK' : 'MISSED'}), ` +
    `peak RSS ${batch.maxRssKb ? `${(batch.maxRssKb / 1024).toFixed(0)} MB` : 'n/a'}`,
);
console.log(
  `  ${count} charters, one process (HTML): ${fmtMs(html.medianMs)}, ${fmtMs(html.medianMs / count)} each overall, ${fmtMs(perDocHtml)} each beyond the first`,
);
if (singleCpu !== undefined && batchCpu !== undefined) {
  console.log(
    `  CPU time (user + system): one charter ${fmtMs(singleCpu)}; ${count} charters ${fmtMs(batchCpu)}, ` +
      `${fmtMs(batchCpu / count)} each overall, ${fmtMs((batchCpu - singleCpu) / (count - 1))} each beyond the first`,
  );
}
console.log(
  `  ${count} charters in this process, without start-up: this thread only ${fmtMs(inside.single.wall)} each ` +
    `(CPU ${fmtMs(inside.single.cpu)}); pool of ${inside.threads} worker threads ${fmtMs(inside.pool.wall)} each ` +
    `(CPU ${fmtMs(inside.pool.cpu)}); ${inside.pool.wall > 0 ? (inside.single.wall / inside.pool.wall).toFixed(2) : '?'}x; ` +
    `same bytes: ${inside.identical && inside.files === count ? 'yes' : 'NO'}`,
);
if (!inside.identical) process.exitCode = 1;
