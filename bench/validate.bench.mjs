// Benchmark of `charte validate` as a whole process on 10,000 generated charters, beside its
// floor measured in the same run: a process that reads every file and parses its front matter
// with the fastest safe YAML parser. Target: within 2.5x of the floor, peak memory under 300 MB.
// Also: start-up of `charte --version` / `--help` beside `node -e 0` (target: within 2x).
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateCharters } from './lib/generate-charters.mjs';
import { fmtMs, runTimed } from './lib/measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const count = Number(process.env.CHARTE_BENCH_COUNT ?? 10_000);
const dir = fileURLToPath(new URL(`.data/validate-${count}/`, import.meta.url));
const bin = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url));
if (!existsSync(bin)) throw new Error('dist/ is missing: run `npm run build` first');

if (!existsSync(dir) || readdirSync(dir).length !== count) {
  const t = Date.now();
  generateCharters(dir, count);
  console.log(`generated ${count} charters in ${dir} (${Date.now() - t} ms)`);
}

const floor = runTimed(
  process.execPath,
  [fileURLToPath(new URL('lib/floor-parse.mjs', import.meta.url)), dir],
  { cwd: root },
);
const validate = runTimed(
  process.execPath,
  [bin, 'validate', dir, '--format', 'json', '--as-of', '2026-11-27'],
  {
    cwd: root,
  },
);
const report = JSON.parse(validate.stdout);
const ratio = validate.medianMs / floor.medianMs;
console.log(`validate ${count} charters`);
console.log(
  `  floor (read + js-yaml core parse):  ${fmtMs(floor.medianMs)}  (${(count / (floor.medianMs / 1000)).toFixed(0)} files/s)`,
);
console.log(
  `  charte validate (whole process):    ${fmtMs(validate.medianMs)}  (${(count / (validate.medianMs / 1000)).toFixed(0)} files/s), ` +
    `peak RSS ${validate.maxRssKb ? `${(validate.maxRssKb / 1024).toFixed(0)} MB` : 'n/a'}, ${report.files.length} files, ${report.errors} errors`,
);
console.log(`  ratio ${ratio.toFixed(2)}x (target <= 2.5x): ${ratio <= 2.5 ? 'OK' : 'MISSED'}`);

const bare = runTimed(process.execPath, ['-e', '0'], { runs: 15 });
const version = runTimed(process.execPath, [bin, '--version'], { runs: 15 });
const help = runTimed(process.execPath, [bin, '--help'], { runs: 15 });
console.log('start-up (median of 15)');
console.log(`  node -e 0:          ${fmtMs(bare.medianMs)}`);
console.log(
  `  charte --version:   ${fmtMs(version.medianMs)}  (${(version.medianMs / bare.medianMs).toFixed(2)}x)`,
);
console.log(
  `  charte --help:      ${fmtMs(help.medianMs)}  (${(help.medianMs / bare.medianMs).toFixed(2)}x, target <= 2x)`,
);
