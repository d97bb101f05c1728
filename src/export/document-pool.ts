/**
 * Rendering documents on worker threads, each with a time and a memory limit. What a charter
 * contains decides how long its layout takes and how much memory it needs; on a worker thread
 * (with `resourceLimits`), a document that runs past its limit is stopped and named, instead of
 * hanging the command or crashing the process (V8 heap exhaustion is fatal to a process, not to
 * a worker). A batch also uses the cores: each thread renders one document at a time, with a
 * Typst compiler of its own made once; the main thread only finds, validates and writes.
 *
 * A failure (an error, a limit) fails the whole batch: the error of the first document to fail
 * in input order is what the caller sees (export.ts awaits in input order), and every thread is
 * stopped. Each worker compiles in a private workspace, made here and removed by `close()`.
 */
import { Worker } from 'node:worker_threads';
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import type { BodyWarning } from './markdown.js';
import type { DocumentResult, DocumentTask } from './render.js';
import type { TemplateFiles } from './template.js';
import { makeWorkspace, removeWorkspace, TypstError } from './typst.js';

/** The bounds of one document's rendering. */
export interface DocumentLimits {
  /** Wall time of one document, in milliseconds. */
  timeMs: number;
  /** The worker's V8 heap (old generation), in megabytes. */
  heapMb: number;
  /**
   * The whole process's resident memory, in megabytes. The Typst compiler's memory is native,
   * outside any V8 heap: the process is watched, and the documents in hand fail past this.
   */
  rssMb: number;
}

/**
 * Two minutes a document (a 100-page charter takes a few seconds), 512 MB of heap a thread, and
 * 1.5 GB for the process (a batch stays under 300 MB; a charter of 2,000 entities needs 650 MB).
 */
export const DEFAULT_LIMITS: DocumentLimits = { timeMs: 120_000, heapMb: 512, rssMb: 1536 };

/** How often the process's memory is looked at. */
const MEMORY_CHECK_MS = 200;

/** What a worker thread starts with. */
export interface PoolWorkerData {
  workspace: string;
  template: { dir: string; main: string; files: Map<string, Uint8Array> };
}

/** One document to render. */
export interface PoolRequest {
  id: number;
  task: DocumentTask;
}

export type PoolReply =
  | { id: number; ok: true; bytes: Uint8Array; warnings: BodyWarning[] }
  | { id: number; ok: false; typst: { message: string; details: string[] } }
  | { id: number; ok: false; message: string };

interface Request {
  id: number;
  task: DocumentTask;
  /** The charter, as the user sees its path (for the limit messages). */
  shown: string;
  resolve: (result: DocumentResult) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  workspace: string;
  current?: { request: Request; timer: NodeJS.Timeout } | undefined;
}

/**
 * The worker's entry point. Built (`dist/`), it is the compiled `document-worker.js` beside this
 * file. From the TypeScript sources (tests under vitest, the CLI under tsx), a worker thread
 * knows no TypeScript: it first registers tsx's loader (a development dependency, present
 * wherever the sources run), then imports `document-worker.ts`.
 */
function spawn(workerData: PoolWorkerData, limits: DocumentLimits): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: limits.heapMb };
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./document-worker.js', import.meta.url), { workerData, resourceLimits });
  }
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./document-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}

/** How long `close()` waits for a thread that does not stop (stuck in native code) before leaving it. */
const STOP_WAIT_MS = 2000;

export class DocumentPool {
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;
  private readonly queue: Request[] = [];
  private readonly watch: NodeJS.Timeout;

  private constructor(
    private readonly threads: Thread[],
    private readonly lang: Lang,
    private readonly limits: DocumentLimits,
  ) {
    const say = messages(lang).export;
    this.watch = setInterval(() => {
      const rssMb = process.memoryUsage.rss() / (1024 * 1024);
      if (rssMb <= limits.rssMb) return;
      // The oldest document in hand is named: it is the one the batch reports first.
      const oldest = threads
        .flatMap((t) => (t.current ? [t.current.request] : []))
        .sort((a, b) => a.id - b.id)[0];
      if (oldest) this.fail(new ExitError(say.memoryLimit(oldest.shown, limits.rssMb), 2));
    }, MEMORY_CHECK_MS);
    this.watch.unref();
    for (const thread of threads) {
      thread.worker.on('message', (reply: PoolReply) => this.settle(thread, reply));
      thread.worker.on('error', (error: Error & { code?: string }) => {
        const shown = thread.current?.request.shown ?? '';
        this.fail(
          new ExitError(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? say.memoryLimit(shown, limits.heapMb)
              : say.threadFailed(shown, error.message),
            2,
          ),
        );
      });
      thread.worker.on('exit', (code) => {
        if (this.closing) return;
        const shown = thread.current?.request.shown ?? '';
        this.fail(new ExitError(say.threadFailed(shown, `exit ${code}`), 2));
      });
    }
  }

  /** Starts `size` worker threads for this template. */
  static async open(
    size: number,
    template: TemplateFiles,
    lang: Lang,
    limits: DocumentLimits = DEFAULT_LIMITS,
  ): Promise<DocumentPool> {
    const workspaces: string[] = [];
    const threads: Thread[] = [];
    const files = new Map<string, Uint8Array>(template.files);
    try {
      for (let i = 0; i < size; i++) workspaces.push(await makeWorkspace());
      // Spawned with no await until the pool listens to them: no event of theirs goes unheard.
      for (const workspace of workspaces) {
        const workerData = { workspace, template: { dir: template.dir, main: template.main, files } };
        threads.push({ workspace, worker: spawn(workerData, limits) });
      }
    } catch (error) {
      await Promise.all(threads.map((t) => t.worker.terminate()));
      await Promise.all(workspaces.map((w) => removeWorkspace(w)));
      throw error;
    }
    return new DocumentPool(threads, lang, limits);
  }

  /** Renders one document on the next free thread: the same result as `renderDocument` here. */
  render(task: DocumentTask, shown: string): Promise<DocumentResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<DocumentResult>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, shown, resolve, reject });
      this.dispatch();
    });
  }

  /** Hands queued documents to idle threads, each with its time limit. */
  private dispatch(): void {
    for (const thread of this.threads) {
      if (thread.current || this.failure) continue;
      const request = this.queue.shift();
      if (!request) return;
      const timer = setTimeout(() => this.timeout(thread), this.limits.timeMs);
      thread.current = { request, timer };
      thread.worker.postMessage({ id: request.id, task: request.task } satisfies PoolRequest);
    }
  }

  private timeout(thread: Thread): void {
    const shown = thread.current?.request.shown ?? '';
    const seconds = Math.round(this.limits.timeMs / 100) / 10;
    this.fail(new ExitError(messages(this.lang).export.timeLimit(shown, seconds), 2));
  }

  private settle(thread: Thread, reply: PoolReply): void {
    const current = thread.current;
    if (!current || current.request.id !== reply.id) return;
    clearTimeout(current.timer);
    thread.current = undefined;
    const { request } = current;
    if (reply.ok) {
      const bytes = Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength);
      request.resolve({ bytes, warnings: reply.warnings });
    } else if ('typst' in reply) request.reject(new TypstError(reply.typst.message, reply.typst.details));
    else request.reject(new Error(reply.message));
    this.dispatch();
  }

  /** The batch fails: the document being rendered, and every later one, fail with `error`. */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const thread of this.threads) {
      if (!thread.current) continue;
      clearTimeout(thread.current.timer);
      thread.current.request.reject(this.failure);
      thread.current = undefined;
    }
    for (const request of this.queue.splice(0)) request.reject(this.failure);
  }

  /**
   * Stops the threads (at once: after a failure, what they still render is not wanted) and
   * removes their workspaces. A thread stuck in the compiler's native code cannot be stopped
   * before it returns: it is left to end with the process.
   */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.watch);
    this.fail(new Error(messages(this.lang).export.layoutStopped));
    await Promise.all(
      this.threads.map((t) => {
        t.worker.unref();
        return Promise.race([
          t.worker.terminate(),
          new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref()),
        ]);
      }),
    );
    await Promise.all(this.threads.map((t) => removeWorkspace(t.workspace)));
  }
}
