/**
 * One thread of the document pool (see document-pool.ts): it renders the documents it is handed
 * one at a time (document by document: render.ts) and answers with their bytes, or with the
 * error as data: the main thread turns a Typst error back into the same `TypstError` an
 * in-process run throws. Its Typst compiler is made on the first PDF, in the workspace its pool
 * made for it, and reused for every later document.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PoolReply, PoolRequest, PoolWorkerData } from './document-pool.js';
import { renderDocument } from './render.js';
import type { TemplateFiles } from './template.js';
import { TypstError, TypstRenderer } from './typst.js';

/** Structured cloning hands Buffers over as plain Uint8Arrays: the compiler wants Buffers. */
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const port = parentPort;
if (!port) throw new Error('document-worker runs as a worker thread of the document pool');
const init = workerData as PoolWorkerData;
const template: TemplateFiles = {
  dir: init.template.dir,
  main: init.template.main,
  files: new Map([...init.template.files].map(([path, bytes]) => [path, asBuffer(bytes)])),
};
let renderer: Promise<TypstRenderer> | undefined;

port.on('message', async (request: PoolRequest) => {
  let reply: PoolReply;
  try {
    const result = await renderDocument(request.task, async (data, images, options) => {
      renderer ??= TypstRenderer.open(init.workspace);
      return (await renderer).renderPdf(template, data, images, options);
    });
    reply = { id: request.id, ok: true, bytes: result.bytes, warnings: result.warnings };
  } catch (error) {
    reply =
      error instanceof TypstError
        ? { id: request.id, ok: false, typst: { message: error.message, details: error.details } }
        : { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
