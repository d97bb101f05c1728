// Startup time of the built CLI: `charte --version` and `charte --help` against a bare `node -e 0`,
// the median of RUNS runs each (target: within 2x of bare node). Then the import cost of each
// command definition module, to name the one that slows `--help` when a command file imports
// something heavy at the top instead of in its action.
//
//   npx tsc -p tsconfig.build.json --noEmitOnError false   # or npm run build
//   node bench/startup.bench.mjs [runs]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist/cli/bin.js');
const RUNS = Number(process.argv[2] ?? 20);
const TARGET = 2;

if (!existsSync(bin)) {
  console.error(
    'startup bench: dist/cli/bin.js is missing: run `npx tsc -p tsconfig.build.json` (or `npm run build`) first',
  );
  process.exit(2);
}

/** Wall time of one run of `node args`, in milliseconds; fails loudly if the command fails. */
function timeOnce(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(
      `node ${args.join(' ')} exited with ${result.status}: ${result.stderr.toString().trim()}`,
    );
  }
  return ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Medians over `runs` rounds; each round runs every command once, in turn, so that the load of a
 * shared machine falls on all of them alike. One warm-up round first (file cache).
 */
function measureRoundRobin(commands, runs = RUNS) {
  for (const args of Object.values(commands)) timeOnce(args);
  const times = Object.fromEntries(Object.keys(commands).map((label) => [label, []]));
  for (let i = 0; i < runs; i++) {
    for (const [label, args] of Object.entries(commands)) times[label].push(timeOnce(args));
  }
  return Object.fromEntries(
    Object.entries(times).map(([label, list]) => [
      label,
      { median: median(list), min: Math.min(...list), max: Math.max(...list) },
    ]),
  );
}

const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`;

console.log(`startup bench: median of ${RUNS} runs each (node ${process.version}, ${process.platform})`);
const results = measureRoundRobin({
  'node -e 0': ['-e', '0'],
  'charte --version': [bin, '--version'],
  'charte --help': [bin, '--help'],
});
const baseline = results['node -e 0'];
for (const [label, m] of Object.entries(results)) {
  const ratio = m.median / baseline.median;
  console.log(
    `  ${label.padEnd(18)} ${fmt(m.median)}  (min ${fmt(m.min)}, max ${fmt(m.max)})  ${ratio.toFixed(2)}x node`,
  );
}

// The CLI's own share, timed inside one process (spawn noise left out): importing main.js (commander,
// every command definition) and building the program.
const mainUrl = pathToFileURL(join(root, 'dist/cli/main.js')).href;
const ownScript = `const t = performance.now(); const { createProgram } = await import(${JSON.stringify(mainUrl)}); const sink = { write() {} }; createProgram({ cwd: '.', env: {}, stdout: sink, stderr: sink, stdoutIsTTY: false, stdinIsTTY: false, lang: 'en', color: false, exitCode: 0 }); console.log(performance.now() - t);`;
const ownTimes = [];
for (let i = 0; i < RUNS; i++) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', ownScript], { cwd: root });
  if (result.status !== 0) throw new Error(`importing main.js failed: ${result.stderr.toString().trim()}`);
  ownTimes.push(Number(result.stdout.toString().trim()));
}
console.log(
  `  ${'import + program'.padEnd(18)} ${fmt(median(ownTimes))}  (in-process: what charte adds to node's start)`,
);

// Each command module on its own, timed inside a fresh process after commander is loaded: what
// the module's own import graph costs (spawn noise left out).
const commandsDir = join(root, 'dist/cli/commands');
const modules = readdirSync(commandsDir).filter((name) => name.endsWith('.js') && name !== 'index.js');
const importRuns = Math.max(5, Math.round(RUNS / 3));
function importCost(file) {
  const script = `import 'commander'; const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(performance.now() - t);`;
  const list = [];
  for (let i = 0; i < importRuns; i++) {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root });
    if (result.status !== 0) throw new Error(`importing ${file} failed: ${result.stderr.toString().trim()}`);
    list.push(Number(result.stdout.toString().trim()));
  }
  return median(list);
}
console.log(`\n  import cost of each command definition (in-process, median of ${importRuns}):`);
const costs = modules
  .map((name) => ({ name, ms: importCost(join(commandsDir, name)) }))
  .sort((a, b) => b.ms - a.ms);
for (const { name, ms } of costs) console.log(`    ${name.padEnd(16)} ${fmt(ms)}`);

const version = results['charte --version'];
const help = results['charte --help'];
const worst = Math.max(version.median, help.median) / baseline.median;
// A definition module imports commander and small helpers only; one that costs several times what
// the others do (and more than 10 ms) imports something heavy at its top.
const typical = median(costs.map((c) => c.ms));
const heavy = costs.filter((c) => c.ms > Math.max(10, 3 * typical)).map((c) => c.name);
console.log(
  `\nverdict: ${worst <= TARGET ? 'PASS' : 'FAIL'}: --version and --help within ${worst.toFixed(2)}x of node -e 0 (target ${TARGET}x)` +
    (heavy.length > 0 ? `; heavy command modules: ${heavy.join(', ')}` : ''),
);
console.log('(figures are noisy on a shared machine: compare ratios, and rerun before concluding)');
