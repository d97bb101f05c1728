// Shared by the benchmarks: run a whole process several times, report the median wall time and
// the peak resident memory (from GNU time when present, else not reported).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

export function runTimed(command, args, { cwd, env, runs = 3 } = {}) {
  const times = [];
  let maxRssKb;
  let last;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const [cmd, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%M', command, ...args]] : [command, args];
    last = spawnSync(cmd, argv, {
      cwd,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (GNU_TIME) {
      const rss = Number(last.stderr.trim().split('\n').at(-1));
      if (Number.isFinite(rss)) maxRssKb = Math.max(maxRssKb ?? 0, rss);
    }
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)],
    minMs: times[0],
    maxRssKb,
    status: last.status,
    stdout: last.stdout,
    stderr: last.stderr,
  };
}

export function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}
