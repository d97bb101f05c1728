/**
 * A PDF batch typeset on worker threads (src/export/document-pool.ts): the same bytes as on the
 * main thread, the documents in input order, the same errors, nothing left behind. The pool runs
 * here from the TypeScript sources (its workers register tsx), in-process under vitest and in a
 * real `charte` process; `bench/export.bench.mjs` runs it from the built `dist/`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExitError } from '../src/diagnostics.js';
import { type ExportOptions, exportCharters, renderThreads } from '../src/export/index.js';
import { today } from '../src/model/dates.js';
import { runCli, runCliProcess } from './helpers/cli.js';
import { commitAll, initRepo } from './helpers/git.js';
import { tempDir, writeTree } from './helpers/tmp.js';

/**
 * Each export renders on a worker thread, which from the sources first loads tsx and the
 * pipeline: seconds on a loaded machine. A bound, not a speed measure (speed is in bench/).
 */
const EXPORT_TEST_TIMEOUT = 180_000;

const fixture = (name: string) => readFileSync(new URL(`fixtures/export/${name}`, import.meta.url), 'utf8');
const french = fixture('villeneuve-kassande.md');
const english = fixture('saint-aubin-akwadum.md');
const png = readFileSync(new URL('fixtures/export/logo.png', import.meta.url));
const bluePng = readFileSync(new URL('fixtures/export/logo-blue.png', import.meta.url));

/** A long body: the first document takes longest to typeset, so a pool finishes it last. */
const longBody = Array.from(
  { length: 120 },
  (_, i) => `Paragraphe ${i + 1} : la commune s’engage, avec *ses partenaires*, à suivre l’action ${i + 1}.`,
).join('\n\n');

/** Six charters, in both languages, two with images, in a committed repository. */
function sixCharters(): string {
  const dir = tempDir();
  initRepo(dir);
  writeTree(dir, {
    'charters/a.md': `${french}\n${longBody}\n`,
    'charters/b.md': english,
    'charters/c.md': `${french}\n![Logo de la commune](img/logo.png)\n`,
    'charters/d.md': `${english}\n![Logo](img/blue.png)\n\nA closing remark.\n`,
    'charters/sub/e.md': french,
    'charters/sub/f.md': `${english}\n| Year | Action |\n|---|---|\n| 2025 | Wells |\n`,
    'charters/img/logo.png': png,
    'charters/img/blue.png': bluePng,
  });
  commitAll(dir, 'charters', '2025-02-10');
  return dir;
}

function options(cwd: string, extra: Partial<ExportOptions>): ExportOptions {
  return {
    cwd,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    lang: 'en',
    format: 'pdf',
    today: today(),
    ...extra,
  };
}

const savedTmp = process.env.TMPDIR;
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

describe('a PDF batch on worker threads', { timeout: EXPORT_TEST_TIMEOUT }, () => {
  it('writes the same bytes as the main thread, in input order, and leaves no workspace', async () => {
    const dir = sixCharters();
    const progress: string[] = [];
    // The compilers' private workspaces are made under TMPDIR: a directory of the test's own
    // (where tsx, which the workers load from the sources, also keeps its cache).
    const tmp = join(tempDir(), 'tmp');
    mkdirSync(tmp);
    process.env.TMPDIR = tmp;
    const workspaces = () => readdirSync(tmp).filter((name) => name.startsWith('charte-typst-'));
    let during = -1;
    const pooled = await exportCharters(
      ['charters'],
      options(dir, {
        output: 'pool',
        workers: 2,
        onProgress: (done, total, path) => {
          if (done === 0) during = workspaces().length;
          progress.push(`${done}/${total} ${path}`);
        },
      }),
    );
    // One workspace per thread while they typeset, none left after.
    expect(during).toBe(2);
    expect(workspaces()).toEqual([]);
    const single = await exportCharters(['charters'], options(dir, { output: 'single', workers: 0 }));
    expect(pooled.kind).toBe('done');
    expect(single.kind).toBe('done');
    if (pooled.kind !== 'done' || single.kind !== 'done') return;
    const sources = [
      'charters/a.md',
      'charters/b.md',
      'charters/c.md',
      'charters/d.md',
      'charters/sub/e.md',
      'charters/sub/f.md',
    ];
    expect(pooled.written.map((w) => w.source)).toEqual(sources);
    expect(single.written.map((w) => w.source)).toEqual(sources);
    expect(pooled.written.map((w) => w.output)).toEqual(
      sources.map((s) => s.replace(/^charters\/(.*)\.md$/, 'pool/$1.pdf')),
    );
    expect(pooled.warnings).toEqual(single.warnings);
    expect(progress).toEqual([...sources.map((s, i) => `${i}/6 ${s}`), '6/6 ']);
    for (const [i, file] of pooled.written.entries()) {
      const mine = readFileSync(file.outputPath);
      const theirs = readFileSync(single.written[i]!.outputPath);
      expect(mine.subarray(0, 5).toString()).toBe('%PDF-');
      expect(file.bytes).toBe(mine.length);
      expect(mine.equals(theirs), `${file.source}: pool and main thread differ`).toBe(true);
    }
    // The documents differ from one another: the comparison is not of six copies.
    const distinct = new Set(pooled.written.map((w) => readFileSync(w.outputPath).toString('base64')));
    expect(distinct.size).toBe(6);
  });

  it('gives the same bytes for PDF/UA-1, where the pool hands over images and the standard', async () => {
    const dir = sixCharters();
    const run = async (workers: number, output: string) => {
      const outcome = await exportCharters(
        ['charters/c.md', 'charters/d.md', 'charters/a.md', 'charters/b.md'],
        options(dir, { output, workers, pdfStandard: 'ua-1' }),
      );
      if (outcome.kind !== 'done') throw new Error('not exported');
      return outcome.written.map((w) => readFileSync(w.outputPath));
    };
    const pooled = await run(3, 'pool');
    const single = await run(0, 'single');
    expect(pooled).toHaveLength(4);
    for (const [i, bytes] of pooled.entries()) {
      expect(bytes.toString('latin1')).toContain('<pdfuaid:part>1</pdfuaid:part>');
      expect(bytes.equals(single[i]!)).toBe(true);
    }
  });

  it('fails with the first failing document in input order, exactly as on the main thread, writing nothing', async () => {
    const dir = sixCharters();
    // A layout that fails on the English charters only: b.md is the first of them.
    writeTree(dir, {
      'layout/charter.typ':
        '#let data = json("/data/charter.json")\n#if data.lang == "en" { panic("no English layout") }\n#data.title\n',
    });
    const attempt = async (workers: number) => {
      try {
        await exportCharters(['charters'], options(dir, { template: 'layout', workers, output: 'out/' }));
      } catch (error) {
        return error;
      }
      throw new Error('the export succeeded');
    };
    const pooled = await attempt(2);
    const single = await attempt(0);
    expect(pooled).toBeInstanceOf(ExitError);
    expect(single).toBeInstanceOf(ExitError);
    const [p, s] = [pooled as ExitError, single as ExitError];
    expect(p.code).toBe(2);
    expect(p.message).toBe(s.message);
    expect(p.message).toContain('charters/b.md: the Typst layout failed (layout)');
    expect(p.message).toContain('layout/charter.typ:2:');
    expect(p.message).toContain('no English layout');
    // Nothing written, no temporary file, and the output directory made for the run is gone.
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(readdirSync(join(dir, 'charters')).sort()).toEqual(['a.md', 'b.md', 'c.md', 'd.md', 'img', 'sub']);
  });

  it('reports an error of the PDF writer (a PDF/UA rule) as on the main thread', async () => {
    const dir = sixCharters();
    // Typesets, but PDF/UA-1 wants a document title.
    writeTree(dir, { 'untitled/charter.typ': '#let data = json("/data/charter.json")\n#data.title\n' });
    const attempt = (workers: number) =>
      exportCharters(
        ['charters'],
        options(dir, { template: 'untitled', pdfStandard: 'ua-1', workers, output: 'out/' }),
      ).then(
        () => new Error('the export succeeded'),
        (error: unknown) => error,
      );
    const [pooled, single] = [await attempt(2), await attempt(0)];
    expect(pooled).toBeInstanceOf(ExitError);
    expect((pooled as ExitError).message).toBe((single as ExitError).message);
    expect((pooled as ExitError).message).toContain('charters/a.md: the Typst layout failed (untitled)');
    expect((pooled as ExitError).message).toContain('missing document title');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('reports through the CLI the first failing document in input order (default threads)', async () => {
    const dir = sixCharters();
    writeTree(dir, {
      // Fails on the French charters: a.md first.
      'layout/charter.typ':
        '#let data = json("/data/charter.json")\n#if data.lang == "fr" { panic("pas de mise en page") }\n#data.title\n',
    });
    const result = await runCli(['export', 'charters', '--template', 'layout', '-o', 'out'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('charters/a.md: the Typst layout failed (layout)');
    expect(result.stderr).not.toContain('charters/c.md');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('chooses the threads: one below 6 documents, else at most 4 and the cores, or as asked', () => {
    // At least one: the time and memory limits of a document need a worker thread.
    expect(renderThreads(undefined, 1)).toBe(1);
    expect(renderThreads(undefined, 5)).toBe(1);
    const cores = availableParallelism();
    const expected = (n: number) => Math.max(1, Math.min(cores, n, 4));
    expect(renderThreads(undefined, 6)).toBe(expected(6));
    expect(renderThreads(undefined, 100)).toBe(expected(100));
    expect(renderThreads(0, 100)).toBe(0);
    expect(renderThreads(2, 6)).toBe(2);
    expect(renderThreads(8, 3)).toBe(3);
    expect(renderThreads(1, 1)).toBe(1);
    expect(renderThreads(Number.NaN, 10)).toBe(0);
    expect(renderThreads(-3, 10)).toBe(0);
  });

  it('runs in a real process, which exits once the batch is written or has failed', () => {
    const dir = sixCharters();
    // The default: a pool wherever there are two cores or more (the tests above ask for one).
    const ok = runCliProcess(['export', 'charters', '-o', 'out'], { cwd: dir });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('out/a.pdf\nout/b.pdf\nout/c.pdf\nout/d.pdf\nout/sub/e.pdf\nout/sub/f.pdf\n');
    const sameAsOne = runCliProcess(['export', 'charters/d.md', '-o', 'd.pdf'], { cwd: dir });
    expect(sameAsOne.code).toBe(0);
    expect(readFileSync(join(dir, 'out/d.pdf')).equals(readFileSync(join(dir, 'd.pdf')))).toBe(true);
    writeTree(dir, {
      'layout/charter.typ':
        '#let data = json("/data/charter.json")\n#if data.lang == "en" { panic("no English layout") }\n#data.title\n',
    });
    const failed = runCliProcess(['export', 'charters', '--template', 'layout', '-o', 'failed'], {
      cwd: dir,
    });
    expect(failed.code).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toContain('charte: charters/b.md: the Typst layout failed (layout)');
    expect(existsSync(join(dir, 'failed'))).toBe(false);
  });
});
