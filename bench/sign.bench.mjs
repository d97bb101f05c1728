// Benchmark of `charte sign` as a whole process, beside `charte validate` of the same file measured
// in the same run (sign validates, edits, reads the result back with both YAML parsers,
// validates it again and writes it). Target: sign within 2x of validate; with --commit, the git
// work (rev-parse, var, ls-files, commit, tag) shown beside it. Needs dist/ (`npm run build`).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fmtMs } from './lib/measure.mjs';

const bin = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url));
if (!existsSync(bin)) throw new Error('dist/ is missing: run `npm run build` first');
const example = fileURLToPath(new URL('../examples/saint-aubin-akwadum.md', import.meta.url));
const data = fileURLToPath(new URL('.data/sign/', import.meta.url));
const runs = Number(process.env.CHARTE_BENCH_RUNS ?? 9);
const SIGN = [
  '--entity',
  'akwadum',
  '--signatory',
  'Kofi Boateng',
  '--capacity',
  'DCE',
  '--date',
  '2026-07-01',
];
const env = {
  ...process.env,
  LANG: 'en_US.UTF-8',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.org',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.org',
};

/** Median wall time of `runs` runs of `args` in `cwd`, each after `prepare()` (not timed). */
function timed(args, cwd, prepare) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    prepare?.();
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`${args.join(' ')}: exit ${result.status}\n${result.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

rmSync(data, { recursive: true, force: true });
mkdirSync(data, { recursive: true });
const file = `${data}charter.md`;
const fresh = () => copyFileSync(example, file);
fresh();

const validate = timed(['validate', 'charter.md', '--as-of', '2026-07-15'], data);
const sign = timed(['sign', 'charter.md', ...SIGN, '--as-of', '2026-07-15'], data, fresh);

const git = (args) => execFileSync('git', args, { cwd: data, env, stdio: 'ignore' });
git(['init', '-q', '-b', 'main']);
git(['config', 'commit.gpgsign', 'false']);
git(['config', 'tag.gpgsign', 'false']);
fresh();
git(['add', 'charter.md']);
git(['commit', '-q', '-m', 'initial']);
const initial = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: data, env, encoding: 'utf8' }).trim();
const commit = timed(['sign', 'charter.md', ...SIGN, '--as-of', '2026-07-15', '--commit'], data, () => {
  spawnSync('git', ['tag', '-d', 'charte/saint-aubin-akwadum/v2'], { cwd: data, env, stdio: 'ignore' });
  git(['reset', '-q', '--hard', initial]);
});

const ratio = sign / validate;
console.log(`charte sign, one charter (median of ${runs} whole processes)`);
console.log(`  charte validate (same file):  ${fmtMs(validate)}`);
console.log(`  charte sign:                  ${fmtMs(sign)}  (${ratio.toFixed(2)}x validate)`);
console.log(`  charte sign --commit (+tag):  ${fmtMs(commit)}  (git work ${fmtMs(commit - sign)})`);
console.log(`  verdict: sign within 2x of validate: ${ratio <= 2 ? 'OK' : 'MISSED'}`);
