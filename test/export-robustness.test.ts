/**
 * No input makes `export` hang or crash, and a failing export writes nothing (issue 13, items 7,
 * 8, 9, 12, 14). What could hang runs as a real process with a time bound: a hang fails the test
 * after the bound instead of hanging the suite.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ExitError } from '../src/diagnostics.js';
import { looksLikeSvg, sniffImage } from '../src/export/assets.js';
import { leftoversIn, pendingTemporaries, sweepStale } from '../src/export/cleanup.js';
import { type ExportOptions, exportCharters } from '../src/export/index.js';
import { forbiddenImport } from '../src/export/template.js';
import { today } from '../src/model/dates.js';
import { checkBodyLimits, MAX_NESTING } from '../src/validate/limits.js';
import { runCli } from './helpers/cli.js';
import { commitAll, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

/**
 * Each export renders on a worker thread, which from the sources first loads tsx and the
 * pipeline: seconds on a loaded machine. A bound, not a speed measure (speed is in bench/).
 */
const EXPORT_TEST_TIMEOUT = 180_000;

const french = readFileSync(new URL('fixtures/export/villeneuve-kassande.md', import.meta.url), 'utf8');
const english = readFileSync(new URL('fixtures/export/saint-aubin-akwadum.md', import.meta.url), 'utf8');
const withBody = (extra: string) => `${french}\n${extra}\n`;
/** The line of the fixture's body where an appended text starts. */
const appendedLine = french.split('\n').length + 1;

const isRoot = process.getuid?.() === 0;
const inCI = process.env.CI !== undefined && process.env.CI !== '';

/** The built CLI when there is one (133 ms a start), else the sources through tsx. */
const builtBin = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const sourceBin = fileURLToPath(new URL('../src/cli/bin.ts', import.meta.url));
const cliArgs = (args: readonly string[]) =>
  existsSync(builtBin) ? [builtBin, ...args] : ['--import', tsxLoader, sourceBin, ...args];

const ENV = {
  ...process.env,
  LANG: 'en_US.UTF-8',
  NO_COLOR: '1',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/** Runs the CLI as a process, killed after `timeout` ms: `timedOut` says a hang. */
function runBounded(args: readonly string[], cwd: string, timeout: number, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, cliArgs(args), {
    cwd,
    env: { ...ENV, ...env },
    encoding: 'utf8',
    timeout,
    killSignal: 'SIGKILL',
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    timedOut: result.error !== undefined || result.signal === 'SIGKILL',
  };
}

function options(cwd: string, extra: Partial<ExportOptions> = {}): ExportOptions {
  return {
    cwd,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    lang: 'en',
    format: 'pdf',
    today: today(),
    ...extra,
  };
}

async function failure(run: Promise<unknown>): Promise<ExitError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof ExitError) return error;
    throw error;
  }
  throw new Error('the export succeeded');
}

const savedTmp = process.env.TMPDIR;
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

/** A TMPDIR of the test's own, to see the compilers' workspaces. */
function ownTmp(): string {
  const tmp = join(tempDir(), 'tmp');
  mkdirSync(tmp);
  process.env.TMPDIR = tmp;
  return tmp;
}

describe('item 7: a crafted "image" does not hang the export', { timeout: EXPORT_TEST_TIMEOUT }, () => {
  // 421 bytes: `<!---->` repeated, then a space; the old SVG regex backtracked exponentially.
  const crafted = `${'<!---->'.repeat(60)} `;

  it('sniffs it in linear time, and still knows real SVG', () => {
    expect(Buffer.byteLength(crafted)).toBe(421);
    expect(sniffImage(Buffer.from(crafted))).toBeUndefined();
    expect(sniffImage(Buffer.from(`${'<!---->\t'.repeat(200_000)}x`))).toBeUndefined();
    expect(looksLikeSvg('<svg xmlns="http://www.w3.org/2000/svg"/>')).toBe(true);
    expect(
      looksLikeSvg(
        '\uFEFF<?xml version="1.0"?>\n<!-- a -->\n<!---->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN">\n<SVG>',
      ),
    ).toBe(true);
    expect(looksLikeSvg('<!-- unclosed <svg>')).toBe(false);
    expect(looksLikeSvg('<svgx>')).toBe(false);
    expect(looksLikeSvg('<html><svg>')).toBe(false);
  });

  it('exports a charter showing it, in a process that ends within its bound', () => {
    const dir = writeTree(tempDir(), { 'a.md': withBody('![logo](logo.svg)'), 'logo.svg': crafted });
    const result = runBounded(['export', 'a.md'], dir, 60_000);
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('is not a PNG, JPEG, GIF, WebP or SVG image');
    expect(existsSync(join(dir, 'a.pdf'))).toBe(true);
  });
});

/** Bodies that made the parser run for minutes, exhaust the heap or the stack (issue 13, item 8). */
const HOSTILE: Record<string, { body: string; limit: string }> = {
  dashes: { body: '- '.repeat(20_000), limit: 'nested lists or quotes' },
  'few dashes': { body: '- '.repeat(1_000), limit: 'nested lists or quotes' },
  emphasis: { body: '*a'.repeat(100_000), limit: 'formatting marks' },
  brackets: { body: '['.repeat(100_000), limit: 'formatting marks' },
  quotes: { body: '>'.repeat(3_000), limit: 'nested lists or quotes' },
  'deep list': {
    body: Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(2 * (i % 200))}- x`).join('\n'),
    limit: 'nested lists or quotes',
  },
  'wide table': {
    body: `|${' a |'.repeat(5_000)}\n|${'-|'.repeat(5_000)}\n`,
    limit: 'columns, over the limit of 64',
  },
  'long table': { body: `| a | b |\n|---|---|\n${'| x | y |\n'.repeat(3_000)}`, limit: 'cells' },
  'huge body': { body: 'word '.repeat(120_000), limit: 'KiB' },
};

describe('item 8: bodies over the limits are refused before parsing', {
  timeout: EXPORT_TEST_TIMEOUT,
}, () => {
  it('finds each limit by a linear scan, at its offset', () => {
    for (const [name, { body }] of Object.entries(HOSTILE)) {
      expect(checkBodyLimits(body), name).not.toEqual([]);
    }
    const nested = `intro\n\n${'>'.repeat(MAX_NESTING)} fine\n${'>'.repeat(MAX_NESTING + 1)} too deep\n`;
    expect(checkBodyLimits(nested)).toEqual([
      { limit: 'nesting', offset: nested.indexOf(`${'>'.repeat(MAX_NESTING + 1)} `), found: 33, max: 32 },
    ]);
    // Escaped marks and ordinary prose are not formatting.
    expect(checkBodyLimits(`${'\\*'.repeat(5_000)}\n\n${'Une phrase ordinaire. '.repeat(2_000)}`)).toEqual(
      [],
    );
    expect(checkBodyLimits(french)).toEqual([]);
    expect(checkBodyLimits(english)).toEqual([]);
  });

  it('validate reports each at file:line:column with the limit and the fix; export writes nothing', () => {
    const dir = tempDir();
    const files: Record<string, string> = {};
    for (const [i, { body }] of Object.values(HOSTILE).entries()) files[`c${i}.md`] = withBody(body);
    writeTree(dir, files);
    const validate = runBounded(['validate', '.'], dir, 120_000);
    expect(validate.timedOut).toBe(false);
    expect(validate.code).toBe(1);
    // Placed where the hostile text starts (the deep list: where it gets too deep).
    expect(validate.stdout).toContain(`c0.md:${appendedLine}:1 `);
    for (const [i, { limit }] of Object.values(HOSTILE).entries()) {
      const line = validate.stdout
        .split('\n')
        .find((l) => l.startsWith(`c${i}.md:`) && l.includes('(body-limit)'));
      expect(line, `c${i}.md`).toBeDefined();
      expect(line).toContain(limit);
      expect(line).toMatch(/over the limit of \d+( KiB)?: \w/);
      expect(line).toMatch(new RegExp(`^c${i}\\.md:\\d+:\\d+ `));
    }
    const exported = runBounded(['export', '.', '-o', 'out'], dir, 120_000);
    expect(exported.timedOut).toBe(false);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toContain('nothing was exported');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(readdirSync(dir).filter((n) => !n.endsWith('.md'))).toEqual([]);
  }, 300_000);

  it('one bad charter in a batch: the batch stops cleanly, naming it, and writes nothing', async () => {
    const dir = writeTree(tempDir(), {
      'a.md': french,
      'b.md': withBody('>'.repeat(100)),
      'c.md': english,
    });
    const result = await runCli(['export', '.', '-o', 'out', '--lang', 'fr'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`b.md:${appendedLine}:1`);
    expect(result.stderr).toContain(
      '100 listes ou citations imbriquées sur cette ligne, au-delà de la limite de 32',
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('stops a document past its time limit, names it, and leaves nothing behind', async () => {
    const tmp = ownTmp();
    const dir = writeTree(tempDir(), { 'a.md': french, 'b.md': english });
    const error = await failure(
      exportCharters(['.'], options(dir, { output: 'out', limits: { timeMs: 1, heapMb: 512, rssMb: 4096 } })),
    );
    expect(error.code).toBe(2);
    expect(error.message).toMatch(
      /^a\.md: the layout took more than 0 s and was stopped; nothing was written/,
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(readdirSync(tmp).filter((n) => n.startsWith('charte-typst-'))).toEqual([]);
    expect(pendingTemporaries()).toEqual([]);
  });

  it('stops a document past its heap limit, names it, and the process lives on', async () => {
    const tmp = ownTmp();
    const dir = writeTree(tempDir(), { 'a.md': french });
    const error = await failure(
      exportCharters(['a.md'], options(dir, { limits: { timeMs: 120_000, heapMb: 2, rssMb: 4096 } })),
    );
    expect(error.code).toBe(2);
    expect(error.message).toContain('needed more than 2 MB of memory and was stopped; nothing was written');
    expect(existsSync(join(dir, 'a.pdf'))).toBe(false);
    expect(readdirSync(tmp).filter((n) => n.startsWith('charte-typst-'))).toEqual([]);
  });
});

describe('item 8/15: the process memory is watched', { timeout: EXPORT_TEST_TIMEOUT }, () => {
  it('stops the batch when the process grows past its bound, naming the document in hand', async () => {
    ownTmp();
    const dir = writeTree(tempDir(), { 'a.md': french, 'b.md': english });
    // A bound below what the process already holds: the first document in hand is named.
    const error = await failure(
      exportCharters(
        ['.'],
        options(dir, { output: 'out', limits: { timeMs: 120_000, heapMb: 512, rssMb: 1 } }),
      ),
    );
    expect(error.message).toMatch(
      /^a\.md: the layout needed more than 1 MB of memory and was stopped; nothing was written/,
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

/** Twelve charters in a committed repository: a batch that takes a while. */
function batch(): string {
  const dir = tempDir();
  initRepo(dir);
  const files: Record<string, string> = {};
  for (let i = 0; i < 12; i++) files[`charters/c${String(i).padStart(2, '0')}.md`] = i % 2 ? english : french;
  writeTree(dir, files);
  commitAll(dir, 'charters', '2025-02-10');
  return dir;
}

/** Starts a batch export as a process; resolves once its first staged file exists. */
function startBatch(
  dir: string,
  tmp: string,
): { child: ChildProcess; staged: Promise<void>; done: Promise<number | null> } {
  const child = spawn(process.execPath, cliArgs(['export', 'charters', '-o', 'out']), {
    cwd: dir,
    env: { ...ENV, TMPDIR: tmp },
    stdio: 'ignore',
  });
  const done = new Promise<number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))),
  );
  const staged = new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (leftoversIn(join(dir, 'out')).some((n) => n.endsWith('.tmp'))) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > 120_000 || child.exitCode !== null) {
        clearInterval(poll);
        reject(new Error('the batch never staged a file'));
      }
    }, 20);
  });
  return { child, staged, done };
}

describe('item 9: an interrupted batch leaves nothing behind', () => {
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`${signal} mid-batch: no staged file, no workspace, nothing written`, async () => {
      const dir = batch();
      const tmp = join(tempDir(), 'tmp');
      mkdirSync(tmp);
      const run = startBatch(dir, tmp);
      await run.staged;
      run.child.kill(signal);
      expect(await run.done).toBe(code);
      const out = join(dir, 'out');
      expect(existsSync(out) ? readdirSync(out).filter((n) => n.startsWith('.')) : []).toEqual([]);
      expect(existsSync(out) ? readdirSync(out).filter((n) => n.endsWith('.pdf')) : []).toEqual([]);
      expect(readdirSync(tmp).filter((n) => n.startsWith('charte-typst-'))).toEqual([]);
    }, 180_000);
  }

  it('what a killed run left (SIGKILL) is removed by the next run; a live process keeps its own', async () => {
    const dir = batch();
    const tmp = join(tempDir(), 'tmp');
    mkdirSync(tmp);
    const run = startBatch(dir, tmp);
    await run.staged;
    run.child.kill('SIGKILL');
    await run.done;
    const out = join(dir, 'out');
    expect(leftoversIn(out).length).toBeGreaterThan(0);
    expect(leftoversIn(tmp).length).toBeGreaterThan(0);
    // A live process's leftovers look the same and stay.
    writeFileSync(join(out, `.x.pdf.charte-${process.pid}-abc123.tmp`), 'mine');
    mkdirSync(join(tmp, `charte-typst-${process.pid}-AbC123`));
    const next = runBounded(['export', 'charters', '-o', 'out'], dir, 180_000, { TMPDIR: tmp });
    expect(next.code).toBe(0);
    expect(leftoversIn(out)).toEqual([`.x.pdf.charte-${process.pid}-abc123.tmp`]);
    expect(leftoversIn(tmp)).toEqual([`charte-typst-${process.pid}-AbC123`]);
    expect(readdirSync(out).filter((n) => n.endsWith('.pdf'))).toHaveLength(12);
    // And the sweep itself leaves a live process's files.
    expect(await sweepStale([out])).toEqual([]);
  }, 300_000);
});

describe('item 12: a template reads nothing outside itself and nothing from the network', {
  timeout: EXPORT_TEST_TIMEOUT,
}, () => {
  it('finds package imports and computed paths, and lets plain paths through', () => {
    expect(forbiddenImport('#import "@local/leak:0.1.0": secret')).toBe(1);
    expect(forbiddenImport('\n#import "@preview/cetz:0.2.2"')).toBe(2);
    expect(forbiddenImport('#let p = "@pre" + "view/x:0.1.0"\n#import p: *')).toBe(2);
    expect(forbiddenImport('#include ("@local/x:0.1.0/" + "a.typ")')).toBe(1);
    expect(forbiddenImport('#import "\\u{40}local/x:0.1.0"')).toBe(1);
    expect(
      forbiddenImport('#import "parts/head.typ": title\n#include "parts/body.typ"\n#important'),
    ).toBeUndefined();
  });

  it('refuses @local and @preview imports with a clear message, writing nothing', async () => {
    // A real local package: without the refusal, Typst would read it from the data directory.
    const data = tempDir();
    writeTree(data, {
      'typst/packages/local/leak/0.1.0/typst.toml':
        '[package]\nname = "leak"\nversion = "0.1.0"\nentrypoint = "lib.typ"\nauthors = ["x"]\nlicense = "MIT"\ndescription = "x"\n',
      'typst/packages/local/leak/0.1.0/lib.typ': '#let secret = "SECRET-FROM-OUTSIDE"\n',
    });
    const dir = writeTree(tempDir(), {
      'a.md': french,
      'local/charter.typ': '#import "@local/leak:0.1.0": secret\n#secret\n',
      'preview/charter.typ': '#import "@preview/example:0.1.0": *\nhello\n',
      'computed/charter.typ': '#let p = "@local/" + "leak:0.1.0"\n#import p: secret\n#secret\n',
      'plain/charter.typ': '#import "parts/title.typ": title\n#title\n',
      'plain/parts/title.typ': '#let title = json("/data/charter.json").title\n',
    });
    for (const template of ['local', 'preview', 'computed']) {
      const result = await runCli(['export', 'a.md', '--template', template], {
        cwd: dir,
        env: { XDG_DATA_HOME: data, XDG_CACHE_HOME: data },
      });
      expect(result.code, template).toBe(2);
      expect(result.stderr).toContain(`--template ${template}: charter.typ:`);
      expect(result.stderr).toContain('Typst packages (@preview/…, @local/…) and computed paths are refused');
      expect(existsSync(join(dir, 'a.pdf'))).toBe(false);
    }
    const french2 = await runCli(['export', 'a.md', '--template', 'local', '--lang', 'fr'], { cwd: dir });
    expect(french2.stderr).toContain(
      'les paquets Typst (@preview/…, @local/…) et les chemins calculés sont refusés',
    );
    const plain = await runCli(['export', 'a.md', '--template', 'plain'], { cwd: dir });
    expect(plain.stderr).toBe('');
    expect(plain.code).toBe(0);
  });
});

describe('item 14: write failures name their cause', { timeout: EXPORT_TEST_TIMEOUT }, () => {
  it('a path through a file (ENOTDIR): the cause, what to do, nothing written', async () => {
    const dir = writeTree(tempDir(), { 'a.md': french, 'b.md': english, 'plain.txt': 'x' });
    const result = await runCli(['export', 'a.md', 'b.md', '-o', 'plain.txt/out/'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('part of this path is a file, not a directory; nothing was written');
    expect(result.stderr).not.toContain('unexpected error');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md', 'plain.txt']);
  });

  it('a directory that refuses writing (EACCES), when not root', async (context) => {
    if (isRoot) {
      // root writes through permission bits: the read-only mount below covers refusal.
      context.skip();
    }
    const dir = writeTree(tempDir(), { 'a.md': french });
    mkdirSync(join(dir, 'locked'), { mode: 0o555 });
    const result = await runCli(['export', 'a.md', '-o', 'locked/a.pdf'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('permission denied');
    expect(readdirSync(join(dir, 'locked'))).toEqual([]);
  });

  /** Mounts a tmpfs (root only): skipped, visibly, elsewhere; failing in CI, where root is given. */
  function mountTmpfs(context: { skip: () => void }, mountOptions: string): string | undefined {
    if (!isRoot) {
      if (inCI) throw new Error('CI runs as root: the tmpfs tests must run there');
      console.warn('export-robustness: not root, the tmpfs tests (disk full, read-only) are skipped');
      context.skip();
      return undefined;
    }
    const point = tempDir();
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', mountOptions, 'tmpfs', point]);
    if (mounted.status !== 0) {
      if (inCI) throw new Error(`mount failed: ${mounted.stderr}`);
      console.warn(`export-robustness: cannot mount a tmpfs here (${mounted.stderr}); skipped`);
      context.skip();
      return undefined;
    }
    return point;
  }
  const unmount = (point: string) => spawnSync('umount', [point]);

  it('a full disk (ENOSPC): the cause, what to do, no partial file', async (context) => {
    const point = mountTmpfs(context, 'size=256k');
    if (!point) return;
    try {
      // Leave a few KiB free: less than a PDF.
      writeFileSync(join(point, 'filler'), Buffer.alloc(240 * 1024));
      const dir = writeTree(tempDir(), { 'a.md': french, 'b.md': english });
      const result = await runCli(['export', 'a.md', 'b.md', '-o', join(point, 'out/')], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        'the disk is full; nothing was written: free some space or export elsewhere',
      );
      expect(readdirSync(point)).toEqual(['filler']);
      const french2 = await runCli(['export', 'a.md', '-o', join(point, 'a.pdf'), '--lang', 'fr'], {
        cwd: dir,
      });
      expect(french2.stderr).toContain('le disque est plein ; rien n’a été écrit');
      expect(readdirSync(point)).toEqual(['filler']);
    } finally {
      unmount(point);
    }
  });

  it('a read-only file system (EROFS): the cause, what to do', async (context) => {
    const point = mountTmpfs(context, 'ro,size=64k');
    if (!point) return;
    try {
      const dir = writeTree(tempDir(), { 'a.md': french });
      const result = await runCli(['export', 'a.md', '-o', join(point, 'a.pdf')], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        'the file system is read-only; nothing was written: export elsewhere with -o',
      );
      expect(result.stderr).not.toContain('unexpected error');
    } finally {
      unmount(point);
    }
  });
});
