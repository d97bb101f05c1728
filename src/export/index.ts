/**
 * `charte export` as a pipeline that returns data: find the charters and validate them (jobs.ts;
 * an invalid one stops the run before anything is written), plan every output path (outputs.ts:
 * refusing to overwrite a charter, or an existing file without `force`), render each document
 * (render.ts, on worker threads with a time and a memory limit: document-pool.ts) into a
 * temporary file beside its target, and only when all succeeded rename them into place
 * (staging.ts). A failure at any step leaves the disk as it was; an interruption too, once the
 * CLI calls `removeTemporaries()` (cleanup.ts), and the next run removes what a killed one left.
 */
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import { isLang, type Lang } from '../i18n/index.js';
import { type CharterFile, displayPathOf } from '../load/charter-file.js';
import { type Charter, signedOn } from '../model/charter.js';
import type { CalendarDate } from '../model/dates.js';
import type { AmendmentInput } from './amendment.js';
import { sweepStale } from './cleanup.js';
import { DEFAULT_LIMITS, type DocumentLimits, DocumentPool } from './document-pool.js';
import type { GitOptions } from './git.js';
import { findJobs, type Job } from './jobs.js';
import { type ExportFormat, planOutputs } from './outputs.js';
import type { DocumentResult, DocumentTask } from './render.js';
import { StagedWrites } from './staging.js';
import { loadTemplate, type TemplateFiles, templateStyle } from './template.js';
import { type PdfStandard, TypstError, TypstRenderer } from './typst.js';

export { pendingTemporaries, removeTemporaries } from './cleanup.js';
export { DEFAULT_LIMITS, type DocumentLimits } from './document-pool.js';
export type { ExportFormat } from './outputs.js';
export { PDF_STANDARDS, type PdfStandard } from './typst.js';
export const EXPORT_FORMATS = ['pdf', 'html'] as const;

export interface ExportOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Language of messages. */
  lang: Lang;
  /** Language of the document's labels when `--lang` was given; else the charter's own (fr/en), else `lang`. */
  documentLang?: Lang | undefined;
  format: ExportFormat;
  output?: string | undefined;
  ref?: string | undefined;
  force?: boolean | undefined;
  template?: string | undefined;
  pdfStandard?: PdfStandard | undefined;
  /** The day of the run: validation's day, and the state's day for a working copy. */
  today: CalendarDate;
  onProgress?: ((done: number, total: number, displayPath: string) => void) | undefined;
  /**
   * Worker threads that render the documents, each with its own Typst compiler and with the
   * time and memory `limits`. Default: one, and for a batch of 6 documents or more
   * min(available cores, documents, 4). 0 renders on this thread, without limits (for
   * comparisons in tests and benchmarks only: the CLI never asks for it). The bytes written are
   * the same either way.
   */
  workers?: number | undefined;
  /** Bounds of one document's rendering on a worker thread (default `DEFAULT_LIMITS`). */
  limits?: DocumentLimits | undefined;
  /** Export the document of this avenant of the one charter named (`--amendment`). */
  amendment?: number | undefined;
}

export interface ExportWarning {
  path: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export interface ExportedFile {
  /** The charter, as the user sees its path. */
  source: string;
  /** The written file, as the user sees its path. */
  output: string;
  outputPath: string;
  bytes: number;
}

export type ExportOutcome =
  | { kind: 'invalid'; files: CharterFile[] }
  | { kind: 'done'; written: ExportedFile[]; warnings: ExportWarning[] };

export async function exportCharters(
  inputs: readonly string[],
  options: ExportOptions,
): Promise<ExportOutcome> {
  const { lang } = options;
  const say = messages(lang).export;
  if (options.pdfStandard !== undefined && options.format !== 'pdf') {
    throw new ExitError(say.pdfStandardFormat, 2);
  }
  const git: GitOptions = { env: options.env };
  const jobs = await findJobs(inputs, options.ref, options, git);
  if (jobs.length === 0) throw new ExitError(say.noCharter, 2);
  // A fully signed version is final: what it still leaves « à préciser » is an error, not a warning.
  for (const job of jobs) {
    const data = job.file.data as Charter | undefined;
    if (data === undefined || !Array.isArray(data.entities) || signedOn(data) === undefined) continue;
    for (const d of job.file.diagnostics) if (d.rule === 'placeholder') d.severity = 'error';
  }
  const invalid = jobs.map((j) => j.file).filter((f) => f.diagnostics.some((d) => d.severity === 'error'));
  if (invalid.length > 0) return { kind: 'invalid', files: invalid };

  // An avenant's document: one charter, its text read from git (the history reader loads only
  // when it is asked for).
  let amendment: AmendmentInput | undefined;
  if (options.amendment !== undefined) {
    if (jobs.length !== 1) throw new ExitError(say.amendmentDocument.only, 2);
    const { amendmentInput } = await import('./amendment.js');
    amendment = await amendmentInput(jobs[0]!, options.amendment, {
      ...options,
      documentLang: documentLangOf(jobs[0]!, options),
    });
  }
  const suffix = amendment ? `-v${amendment.document.version}-a${amendment.document.number}` : '';

  await planOutputs(jobs, { ...options, suffix });
  // What an interrupted run left (its process is gone): workspaces, and staged files here.
  await sweepStale(jobs.map((j) => dirname(j.output)));
  const template = await loadTemplate(options.template, options.cwd, lang);
  const css = options.format === 'html' ? await templateStyle(template) : '';

  const written: ExportedFile[] = [];
  const warnings: ExportWarning[] = [];
  const staging = new StagedWrites(lang, (path) => displayPathOf(path, options.cwd));
  const renderer = await openRenderer(
    template,
    renderThreads(options.workers, jobs.length),
    lang,
    options.limits ?? DEFAULT_LIMITS,
  );
  // Documents are handed out in order, and written in order: `written` follows the inputs, and
  // the first document to fail, in input order, gives the error, as in a sequential run. `ahead`
  // bounds the documents in hand (their bytes, waiting for the ones before them).
  const queue: Array<Promise<void>> = [];
  let previous: Promise<void> = Promise.resolve();
  try {
    for (const [index, job] of jobs.entries()) {
      while (queue.length >= renderer.ahead) await queue.shift();
      options.onProgress?.(index, jobs.length, job.file.displayPath);
      const rendering = renderer
        .render(documentTask(job, css, options, amendment), job.file.displayPath)
        .catch((error: unknown) => {
          if (!(error instanceof TypstError)) throw error;
          throw new ExitError(
            `${say.typstFailedFor(job.file.displayPath, error.message)}\n${error.details.map((d) => `  ${d}`).join('\n')}`,
            2,
          );
        });
      // Awaited only after the documents before it: a failure meanwhile is not "unhandled".
      rendering.catch(() => undefined);
      const step = previous.then(async () => {
        const result = await rendering;
        const bytes = Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength);
        await staging.stage(job.output, bytes);
        const bodyOffset = job.file.split?.bodyOffset ?? 0;
        for (const w of result.warnings) {
          const { line, column } = job.file.lineColumn(bodyOffset + w.offset);
          warnings.push({ path: job.file.displayPath, line, column, rule: w.rule, message: w.message });
        }
        written.push({
          source: job.file.displayPath,
          output: displayPathOf(job.output, options.cwd),
          outputPath: job.output,
          bytes: bytes.length,
        });
      });
      step.catch(() => undefined);
      queue.push(step);
      previous = step;
    }
    await previous;
    options.onProgress?.(jobs.length, jobs.length, '');
    await staging.commit();
  } catch (error) {
    await staging.abort();
    throw error;
  } finally {
    await renderer.close();
  }
  return { kind: 'done', written, warnings };
}

/** The language of a job's document: `--lang` when given, else the charter's own (fr/en). */
function documentLangOf(job: Job, options: ExportOptions): Lang {
  const charterLang = (job.file.data as unknown as Charter).language.slice(0, 2).toLowerCase();
  return options.documentLang ?? (isLang(charterLang) ? charterLang : options.lang);
}

/** A job as the data its rendering needs (an avenant's document: its own text and data). */
function documentTask(
  job: Job,
  css: string,
  options: ExportOptions,
  amendment: AmendmentInput | undefined,
): DocumentTask {
  return {
    charter: amendment?.charter ?? (job.file.data as unknown as Charter),
    body: amendment?.body ?? job.file.body,
    root: job.root,
    rel: job.rel,
    inRepository: job.inRepository,
    rev: job.rev,
    source: job.source,
    revision: amendment?.revision ?? job.revision,
    env: options.env,
    lang: options.lang,
    documentLang: documentLangOf(job, options),
    today: options.today,
    format: options.format,
    css,
    pdfStandard: options.pdfStandard,
    amendment: amendment?.document,
  };
}

/**
 * Documents from this many on are rendered on several threads by default. A thread's start (its
 * Node environment, the compiler and its fonts, a first compile with cold caches) costs about
 * what two documents do: measured on two cores, whole processes, 4 documents took as long
 * either way (with more CPU for the pool), 6 a little less with it, 8 and more clearly less.
 */
export const POOL_MIN_DOCUMENTS = 6;
/** At most this many worker threads by default (each holds a compiler, its fonts and caches). */
export const POOL_MAX_THREADS = 4;

/**
 * How many worker threads render a batch of `documents`: at least one (the limits need a
 * thread), several for a batch on several cores. 0 (asked for explicitly) means this thread.
 */
export function renderThreads(requested: number | undefined, documents: number): number {
  if (requested !== undefined) {
    return Number.isFinite(requested) ? Math.max(0, Math.min(Math.floor(requested), documents)) : 0;
  }
  if (documents < POOL_MIN_DOCUMENTS) return 1;
  return Math.max(1, Math.min(availableParallelism(), documents, POOL_MAX_THREADS));
}

/** Renders documents: on worker threads (the default), or on this thread. */
interface Renderer {
  /** Documents to have in hand: enough to keep every thread busy. */
  ahead: number;
  render(task: DocumentTask, shown: string): Promise<DocumentResult>;
  close(): Promise<void>;
}

async function openRenderer(
  template: TemplateFiles,
  threads: number,
  lang: Lang,
  limits: DocumentLimits,
): Promise<Renderer> {
  if (threads === 0) {
    // Loaded here only: rendering (remark, Typst) otherwise loads on the worker threads alone.
    const { renderDocument } = await import('./render.js');
    let typst: Promise<TypstRenderer> | undefined;
    return {
      ahead: 1,
      render: (task) =>
        renderDocument(task, async (data, images, options) => {
          typst ??= TypstRenderer.open();
          return (await typst).renderPdf(template, data, images, options);
        }),
      close: async () => {
        if (typst) await (await typst).close();
      },
    };
  }
  const pool = await DocumentPool.open(threads, template, lang, limits);
  return {
    ahead: 2 * threads,
    render: (task, shown) => pool.render(task, shown),
    close: () => pool.close(),
  };
}
