#!/usr/bin/env node
/**
 * `charte renew` on a large history, against one bare `git log --name-only` pass over the same
 * repository, measured in the same run (target: within 1.5x), with the naive per-file approach
 * beside it (a sample, extrapolated).
 *
 *   node bench/renew.bench.mjs                 # 1,000 charters, 20,000 commits
 *   CHARTERS=200 COMMITS=4000 node bench/renew.bench.mjs
 *   MEMORY_CHARTERS=0 node bench/renew.bench.mjs   # skip the peak-memory figure
 *
 * The generated history has what real charters go through: signatures, renewals, renames, text
 * and data edits, and avenants (opened on a signed version, a partner joining, signed by all,
 * tagged `charte/<id>/v<N>-a<k>`). A second figure is the peak resident memory of `renew` over
 * MEMORY_CHARTERS charters (10,000 by default; target: under 600 MB), from GNU time.
 *
 * The repository is generated once with `git fast-import` under bench/.data/ and reused while
 * the parameters are the same. It needs the built CLI:
 *   npx tsc -p tsconfig.build.json --noEmitOnError false
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHARTERS = Number(process.env.CHARTERS ?? 1000);
const COMMITS = Number(process.env.COMMITS ?? 20000);
const RUNS = Number(process.env.RUNS ?? 3);
const NAIVE_SAMPLE = Number(process.env.NAIVE_SAMPLE ?? 20);
const GENERATOR_VERSION = 4;
const MEMORY_CHARTERS = Number(process.env.MEMORY_CHARTERS ?? 10000);
const MEMORY_COMMITS = Number(process.env.MEMORY_COMMITS ?? 20000);
const dataDirOf = (charters, commits) => join(root, 'bench', '.data', `renew-${charters}-${commits}`);
let dataDir = dataDirOf(CHARTERS, COMMITS);
let repo = join(dataDir, 'repo');
// CHARTE_BIN: another build to compare with (for example an earlier commit's dist).
const bin = process.env.CHARTE_BIN ?? join(root, 'dist', 'cli', 'bin.js');

const gitEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.org',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.org',
};

function git(args, options = {}) {
  const result = spawnSync('git', args, {
    cwd: repo,
    env: gitEnv,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...options,
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

// A small deterministic PRNG (mulberry32), so that the same parameters give the same repository.
function prng(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOUTH_TOWNS = ['Kassandé', 'Akwadum', 'Ambositra', 'Koupéla', 'Jacmel', 'Podor', 'Dori', 'Antsirabe'];

function charterText(c) {
  const id = `charte-${c.n}`;
  const south = SOUTH_TOWNS[c.n % SOUTH_TOWNS.length];
  const lines = [
    '---',
    'charte: 1',
    `id: ${id}`,
    `title: "Charte de solidarité entre Saint-Aubin et ${south} (${c.n})"`,
    'kind: solidarity_charter',
    'language: fr',
    `version: ${c.version}`,
    '',
    'entities:',
    '  - id: nord',
    '    name: "Commune de Saint-Aubin"',
    '    role: north',
    '    type: commune',
    '    country: FR',
    '  - id: sud',
    `    name: "Commune de ${south}"`,
    '    role: south',
    '    type: commune',
    '    country: BF',
    ...c.associates.flatMap((id) => [
      `  - id: ${id}`,
      `    name: "Association ${id}"`,
      '    role: associate',
      '    type: association',
      '    country: FR',
    ]),
    '',
    'referents:',
    '  - name: "Claire Martin"',
    '    entity: nord',
    '    function: "Adjointe à la solidarité internationale"',
    '  - name: "Awa Ouédraogo"',
    '    entity: sud',
    '    function: "Secrétaire générale"',
    '',
    'commitments:',
  ];
  for (let k = 1; k <= c.commitments; k++) {
    lines.push(`  - id: C${k}`, `    title: "Engagement ${k} de la charte ${c.n}"`, '    by: [nord, sud]');
    lines.push(`    pillars: [${k % 2 ? 'environment, social' : 'economy'}]`);
  }
  lines.push(
    '',
    'resources:',
    '  - entity: nord',
    '    type: financial',
    '    description: "Subvention annuelle"',
    `    amount: ${c.amount}`,
    '    currency: EUR',
    '',
    'sustainability:',
    '  environment: "Pompes solaires et plantations."',
    '  economy: "Achats locaux."',
    '  social: "Comités paritaires."',
  );
  if (c.signatures.length > 0) {
    lines.push('', 'signatures:');
    for (const s of c.signatures) {
      lines.push(
        `  - entity: ${s.entity}`,
        `    signatory: "Maire ${s.entity}"`,
        '    capacity: "Maire"',
        `    date: ${s.date}`,
      );
    }
  }
  if (c.amendments.length > 0) {
    lines.push('', 'amendments:');
    for (const a of c.amendments) {
      lines.push(
        `  - number: ${a.number}`,
        `    purpose: "Avenant ${a.number} : l'association ${a.joining} rejoint la charte"`,
        `    opened_on: ${a.openedOn}`,
        `    joining: [${a.joining}]`,
      );
      if (a.signatures.length > 0) {
        lines.push('    signatures:');
        for (const s of a.signatures) {
          lines.push(
            `      - entity: ${s.entity}`,
            `        signatory: "Maire ${s.entity}"`,
            '        capacity: "Maire"',
            `        date: ${s.date}`,
          );
        }
      }
    }
  }
  lines.push('---', '', `# Charte ${c.n}`, '');
  const sections = [
    'Préambule',
    'Objet',
    'Entités et référents',
    'Valeurs et principes',
    'Engagements réciproques',
  ];
  for (const [i, title] of sections.entries()) {
    lines.push(`## ${title}`, '');
    for (let p = 0; p < 4; p++) {
      lines.push(
        `Paragraphe ${p} de la section ${i} de la charte ${c.n}, révision ${p === c.revision % 4 ? c.revision : 0}.`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

function avenantSigners(c, a) {
  return ['nord', 'sud', ...c.amendments.filter((x) => x.number <= a.number).map((x) => x.joining)];
}

function openAmendment(c) {
  return c.amendments.find((a) => a.signatures.length < avenantSigners(c, a).length);
}

function dateOf(index, commits) {
  // From 2010-01-01, evenly over sixteen years.
  const start = Date.UTC(2010, 0, 1) / 1000;
  const span = 16 * 365 * 86400;
  return Math.floor(start + (index / commits) * span);
}

function isoDay(seconds) {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

async function generate(CHARTERS, COMMITS) {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  git(['init', '-q', '-b', 'main']);
  git(['config', 'core.autocrlf', 'false']);
  const random = prng(42);
  const charters = Array.from({ length: CHARTERS }, (_, n) => ({
    n,
    created: false,
    path: n % 10 === 0 ? `drafts/charte-${n}.md` : `charters/charte-${n}.md`,
    version: 1,
    signatures: [],
    commitments: 2,
    amount: 5000 + 100 * (n % 50),
    revision: 0,
    editsSinceSigned: 0,
    amendments: [],
    associates: [],
  }));
  const child = spawn('git', ['fast-import', '--quiet', '--done'], {
    cwd: repo,
    env: gitEnv,
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  const done = new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fast-import ${code}`)))),
  );
  const chunks = [];
  let size = 0;
  const write = (text) => {
    chunks.push(text);
    size += text.length;
    if (size > 1 << 20) flush();
  };
  const flush = () => {
    if (chunks.length === 0) return true;
    const ok = child.stdin.write(chunks.join(''));
    chunks.length = 0;
    size = 0;
    return ok;
  };
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const tags = [];
  for (let k = 1; k <= COMMITS; k++) {
    // The first commits create every charter; then a random charter changes at each commit.
    const c = k <= CHARTERS ? charters[k - 1] : charters[Math.floor(random() * CHARTERS)];
    const when = dateOf(k, COMMITS);
    const day = isoDay(when);
    const ops = [];
    let message;
    if (!c.created) {
      c.created = true;
      message = `charte-${c.n}: draft v1`;
    } else if (c.path.startsWith('drafts/') && random() < 0.3) {
      const to = c.path.replace('drafts/', 'charters/');
      ops.push(`R ${c.path} ${to}\n`);
      c.path = to;
      c.revision++;
      message = `charte-${c.n}: move to charters/`;
    } else {
      const roll = random();
      if (c.signatures.length < 2 && roll < 0.35) {
        c.signatures.push({ entity: c.signatures.length === 0 ? 'nord' : 'sud', date: day });
        message = `charte-${c.n}: ${c.signatures.at(-1).entity} signs v${c.version}`;
        if (c.signatures.length === 2)
          tags.push({ name: `charte/charte-${c.n}/v${c.version}`, mark: k, when });
      } else if (openAmendment(c) && roll < 0.5) {
        // The next signer of the open avenant: north, south, then the partners that joined
        // through it and through the earlier avenants of this version (the model's rule).
        const a = openAmendment(c);
        const order = avenantSigners(c, a);
        const entity = order[a.signatures.length];
        a.signatures.push({ entity, date: day });
        message = `charte-${c.n}: ${entity} signs avenant ${a.number} to v${c.version}`;
        if (a.signatures.length === order.length)
          tags.push({ name: `charte/charte-${c.n}/v${c.version}-a${a.number}`, mark: k, when });
      } else if (c.signatures.length === 2 && !openAmendment(c) && c.editsSinceSigned > 2 && roll < 0.2) {
        const number = c.amendments.length + 1;
        const joining = `asso-${c.n}-${c.version}-${number}`;
        c.associates.push(joining);
        c.amendments.push({ number, joining, openedOn: day, signatures: [] });
        message = `charte-${c.n}: open avenant ${number} to v${c.version}`;
      } else if (c.signatures.length === 2 && !openAmendment(c) && c.editsSinceSigned > 6 && roll < 0.3) {
        c.version++;
        c.signatures = [];
        c.editsSinceSigned = 0;
        // The new version is signed by the same towns; the avenants belong to the old one.
        c.amendments = [];
        c.associates = [];
        message = `charte-${c.n}: start v${c.version}`;
      } else if (roll < 0.5) {
        c.amount += 500;
        c.editsSinceSigned++;
        message = `charte-${c.n}: raise the grant`;
      } else if (roll < 0.6) {
        c.commitments++;
        c.editsSinceSigned++;
        message = `charte-${c.n}: add C${c.commitments}`;
      } else {
        c.revision++;
        c.editsSinceSigned++;
        message = `charte-${c.n}: amend the text`;
      }
    }
    ops.push(`M 100644 inline ${c.path}\n${data(charterText(c))}`);
    write(
      `commit refs/heads/main\nmark :${k}\nauthor Bench <bench@example.org> ${when} +0000\ncommitter Bench <bench@example.org> ${when} +0000\n${data(message)}${k > 1 ? `from :${k - 1}\n` : ''}${ops.join('')}\n`,
    );
    if (!flush() && k % 200 === 0) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  for (const tag of tags) {
    write(
      `tag ${tag.name}\nfrom :${tag.mark}\ntagger Bench <bench@example.org> ${tag.when} +0000\n${data(`${tag.name} signed`)}`,
    );
  }
  write('done\n');
  flush();
  child.stdin.end();
  await done;
  git(['checkout', '-q', '-f', 'main']);
  writeFileSync(
    join(dataDir, 'params.json'),
    `${JSON.stringify({ CHARTERS, COMMITS, GENERATOR_VERSION })}\n`,
  );
}

function time(command, args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, env: gitEnv, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return { ms, stdout: result.stdout };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

/** Points `repo` at the repository for these parameters, generating it unless it exists; true when reused. */
async function ensureRepository(charters, commits) {
  dataDir = dataDirOf(charters, commits);
  repo = join(dataDir, 'repo');
  const marker = join(dataDir, 'params.json');
  const wanted = JSON.stringify({ CHARTERS: charters, COMMITS: commits, GENERATOR_VERSION });
  const reuse = existsSync(marker) && readFileSync(marker, 'utf8').trim() === wanted;
  if (!reuse) {
    const start = Date.now();
    process.stdout.write(`generating ${charters} charters, ${commits} commits with git fast-import... `);
    await generate(charters, commits);
    console.log(`${fmt(Date.now() - start)}`);
  }
  return reuse;
}

/** Peak resident memory of one process (GNU time's %M, in KiB), or undefined without GNU time. */
function peakRss(command, args, cwd) {
  if (!existsSync('/usr/bin/time')) return undefined;
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], {
    cwd,
    env: gitEnv,
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${command} exited ${result.status}: ${result.stderr}`);
  const kib = Number(result.stderr.toString('utf8').trim().split('\n').at(-1));
  return { kib, stdout: result.stdout };
}

async function main() {
  if (!existsSync(join(root, 'dist', 'lifecycle', 'renew-report.js'))) {
    console.error('bench/renew: build the CLI first: npx tsc -p tsconfig.build.json --noEmitOnError false');
    process.exit(2);
  }
  const reuse = await ensureRepository(CHARTERS, COMMITS);
  const commits = Number(git(['rev-list', '--count', 'HEAD']).trim());
  console.log(`repository: ${repo} (${commits} commits, ${CHARTERS} charters)${reuse ? ' (reused)' : ''}`);

  // Warm the page cache once, then alternate the two measurements.
  time('git', ['log', '--name-only', '--format=%H'], repo);
  const bare = [];
  const renew = [];
  let report;
  for (let i = 0; i < RUNS; i++) {
    bare.push(time('git', ['log', '--name-only', '--format=%H'], repo).ms);
    const run = time(
      process.execPath,
      [bin, 'renew', '--format', 'json', '--as-of', '2026-11-27', '--fail-on', 'never'],
      repo,
    );
    renew.push(run.ms);
    report = JSON.parse(run.stdout.toString('utf8'));
  }
  const withHistory = report.charters.filter((c) => c.history.length > 0).length;
  const amended = report.charters.filter((c) => c.amendedSinceSigning === true).length;
  const avenants = report.charters.reduce((n, c) => n + c.amendments.length, 0);
  const openAvenants = report.charters.filter((c) => c.work?.kind === 'amendment').length;

  // The naive approach: one `git log --follow` per file (what simple-git's log({file}) runs).
  const files = git(['ls-files', '--', '*.md']).trim().split('\n');
  const sample = files
    .filter((_, i) => i % Math.max(1, Math.floor(files.length / NAIVE_SAMPLE)) === 0)
    .slice(0, NAIVE_SAMPLE);
  let naive = 0;
  for (const file of sample) naive += time('git', ['log', '--follow', '--format=%H', '--', file], repo).ms;
  const naiveExtrapolated = (naive / sample.length) * files.length;

  const a = median(bare);
  const b = median(renew);
  // Each pair ran back to back, under the same load from the rest of the machine: the median of
  // the pairs' ratios is steadier than the ratio of the medians.
  const ratio = median(renew.map((r, i) => r / bare[i]));
  console.log(
    `(a) git log --name-only, one pass:            ${fmt(a)}  (median of ${RUNS}: ${bare.map(fmt).join(', ')})`,
  );
  console.log(
    `(b) charte renew --format json, whole process: ${fmt(b)}  (median of ${RUNS}: ${renew.map(fmt).join(', ')})`,
  );
  console.log(
    `(c) naive per-file git log --follow:           ${fmt(naiveExtrapolated)}  EXTRAPOLATED from ${sample.length} files (${fmt(naive)}) to ${files.length}`,
  );
  console.log(
    `    report: ${report.charters.length} charters, ${withHistory} with earlier versions, ${amended} amended since signing, ${avenants} avenants completed on the versions in force, ${openAvenants} open, ${report.warnings.length} warnings`,
  );
  console.log(
    `ratio (b)/(a) = ${ratio.toFixed(2)} (median of the ${RUNS} pairs; ratio of the medians ${(b / a).toFixed(2)}); (c)/(b) = ${(naiveExtrapolated / b).toFixed(0)}x`,
  );
  console.log(
    ratio <= 1.5
      ? `verdict: PASS, renew is within 1.5x of one git log pass (${ratio.toFixed(2)}x)`
      : `verdict: FAIL, renew takes ${ratio.toFixed(2)}x one git log pass (target 1.5x)`,
  );
  let failed = ratio > 1.5;

  if (MEMORY_CHARTERS > 0) {
    const reused = await ensureRepository(MEMORY_CHARTERS, MEMORY_COMMITS);
    console.log(
      `memory: ${repo} (${MEMORY_CHARTERS} charters, ${MEMORY_COMMITS} commits)${reused ? ' (reused)' : ''}`,
    );
    const run = peakRss(
      process.execPath,
      [bin, 'renew', '--format', 'json', '--as-of', '2026-11-27', '--fail-on', 'never'],
      repo,
    );
    if (run === undefined)
      console.log('memory: GNU time (/usr/bin/time) is not installed: no peak-memory figure');
    else {
      const mb = run.kib / 1024;
      const charters = JSON.parse(run.stdout.toString('utf8')).charters.length;
      console.log(
        `(d) charte renew over ${charters} charters, peak resident memory: ${mb.toFixed(0)} MB (target: under 600 MB)`,
      );
      console.log(
        mb < 600 ? 'verdict: PASS, peak memory under 600 MB' : 'verdict: FAIL, peak memory over 600 MB',
      );
      failed ||= mb >= 600;
    }
  }
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
