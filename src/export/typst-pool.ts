/**
 * Typesetting a batch on several cores. Typst compiles one document on one thread, and a batch
 * spends most of its time there: a few worker threads, each with a compiler of its own (made
 * once, reused for every document, its cache trimmed as in-process), take the documents the
 * main thread prepares (discovery, validation, Markdown and data stay on the main thread,
 * which meanwhile prepares the next ones). A worker gets a document's inputs — its JSON data
 * and the bytes of its images; the template came once, with the thread — and returns the PDF's
 * bytes. The inputs are the same bytes the in-process compiler gets, so the PDF is the same.
 *
 * Each worker compiles in its own private workspace, made here and removed by `close()`.
 */
import { rm } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../i18n/index.js';
import type { BodyImage } from './markdown.js';
import type { TemplateFiles } from './template.js';
import { documentJson, makeWorkspace, type PdfStandard, type RenderOptions, TypstError } from './typst.js';

/** What a worker thread starts with. */
export interface PoolWorkerData {
  workspace: string;
  template: { dir: string; main: string; files: Map<string, Uint8Array> };
}

/** One document to typeset. */
export interface PoolRequest {
  id: number;
  json: Uint8Array;
  images: Array<{ bytes: Uint8Array; format: BodyImage['format']; path: string }>;
  pdfStandard: PdfStandard | undefined;
  lang: Lang;
}

export type PoolReply =
  | { id: number; ok: true; pdf: Uint8Array }
  | { id: number; ok: false; typst: { message: string; details: string[] } }
  | { id: number; ok: false; message: string };

interface Pending {
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  workspace: string;
  pending: Map<number, Pending>;
}

/**
 * The worker's entry point. Built (`dist/`), it is the compiled `typst-worker.js` beside this
 * file. From the TypeScript sources (tests under vitest, the CLI under tsx), a worker thread
 * knows no TypeScript: it first registers tsx's loader (a development dependency, present
 * wherever the sources run), then imports `typst-worker.ts`.
 */
function spawn(workerData: PoolWorkerData): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./typst-worker.js', import.meta.url), { workerData });
  }
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./typst-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

const say = (lang: Lang, fr: string, en: string) => (lang === 'fr' ? fr : en);

export class TypstPool {
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  private constructor(
    private readonly threads: Thread[],
    private readonly lang: Lang,
  ) {
    for (const thread of threads) {
      thread.worker.on('message', (reply: PoolReply) => this.settle(thread, reply));
      thread.worker.on('error', (error) =>
        this.fail(
          new Error(
            say(
              lang,
              `un fil de mise en page Typst a échoué : ${error.message}`,
              `a Typst layout thread failed: ${error.message}`,
            ),
          ),
        ),
      );
      thread.worker.on('exit', (code) => {
        if (this.closing) return;
        this.fail(
          new Error(
            say(
              lang,
              `un fil de mise en page Typst s'est arrêté (code ${code})`,
              `a Typst layout thread stopped (code ${code})`,
            ),
          ),
        );
      });
    }
  }

  /** Starts `size` worker threads for this template; their compilers load while the first documents are prepared. */
  static async open(size: number, template: TemplateFiles, lang: Lang): Promise<TypstPool> {
    const workspaces: string[] = [];
    const threads: Thread[] = [];
    const files = new Map<string, Uint8Array>(template.files);
    try {
      for (let i = 0; i < size; i++) workspaces.push(await makeWorkspace());
      // Spawned with no await until the pool listens to them: no event of theirs goes unheard.
      for (const workspace of workspaces) {
        const workerData = { workspace, template: { dir: template.dir, main: template.main, files } };
        threads.push({ workspace, worker: spawn(workerData), pending: new Map() });
      }
    } catch (error) {
      await Promise.all(threads.map((t) => t.worker.terminate()));
      await Promise.all(workspaces.map((w) => rm(w, { recursive: true, force: true })));
      throw error;
    }
    return new TypstPool(threads, lang);
  }

  /**
   * Typesets one document, with the pool's template, on the least busy thread: the same bytes as
   * `TypstRenderer.renderPdf`, the same `TypstError` when the layout fails.
   */
  typeset(data: unknown, images: readonly BodyImage[], options: RenderOptions): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    const thread = this.threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    const request: PoolRequest = {
      id,
      json: documentJson(data),
      images: images.map((i) => ({ bytes: i.bytes, format: i.format, path: i.path })),
      pdfStandard: options.pdfStandard,
      lang: options.lang,
    };
    return new Promise<Buffer>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage(request);
    });
  }

  private settle(thread: Thread, reply: PoolReply): void {
    const pending = thread.pending.get(reply.id);
    if (!pending) return;
    thread.pending.delete(reply.id);
    if (reply.ok) pending.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
    else if ('typst' in reply) pending.reject(new TypstError(reply.typst.message, reply.typst.details));
    else pending.reject(new Error(reply.message));
  }

  /** A thread died: what it was typesetting, and every later document, fail with its error. */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const thread of this.threads) {
      for (const pending of thread.pending.values()) pending.reject(this.failure);
      thread.pending.clear();
    }
  }

  /** Stops the threads (at once: after a failure, what they still compile is not wanted) and removes their workspaces. */
  async close(): Promise<void> {
    this.closing = true;
    this.fail(new Error(say(this.lang, 'mise en page interrompue', 'layout stopped')));
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
    await Promise.all(this.threads.map((t) => rm(t.workspace, { recursive: true, force: true })));
  }
}
