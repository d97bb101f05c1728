/**
 * One thread of the Typst pool (see typst-pool.ts): a compiler of its own, made once in the
 * workspace its pool made for it and reused for every document it is handed. It receives a
 * document's prepared inputs (its JSON data and image bytes; the template came with the thread)
 * and answers with the PDF's bytes, or with the compiler's error as data: the main thread turns
 * it back into the same `TypstError` an in-process compile throws.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { TemplateFiles } from './template.js';
import { type RenderOptions, TypstError, TypstRenderer } from './typst.js';
import type { PoolReply, PoolRequest, PoolWorkerData } from './typst-pool.js';

/** Structured cloning hands Buffers over as plain Uint8Arrays: the compiler wants Buffers. */
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const port = parentPort;
if (!port) throw new Error('typst-worker runs as a worker thread of the Typst pool');
const init = workerData as PoolWorkerData;
const template: TemplateFiles = {
  dir: init.template.dir,
  main: init.template.main,
  files: new Map([...init.template.files].map(([path, bytes]) => [path, asBuffer(bytes)])),
};
// The listener is in place before the compiler is made, so that no request can arrive unheard.
const ready = TypstRenderer.open(init.workspace);

port.on('message', async (request: PoolRequest) => {
  let reply: PoolReply;
  try {
    const renderer = await ready;
    const options: RenderOptions = { pdfStandard: request.pdfStandard, lang: request.lang };
    const images = request.images.map((image) => ({ ...image, bytes: asBuffer(image.bytes) }));
    const pdf = renderer.renderPdfJson(template, asBuffer(request.json), images, options);
    reply = { id: request.id, ok: true, pdf };
  } catch (error) {
    reply =
      error instanceof TypstError
        ? { id: request.id, ok: false, typst: { message: error.message, details: error.details } }
        : {
            id: request.id,
            ok: false,
            message: error instanceof Error ? error.message : String(error),
          };
  }
  port.postMessage(reply);
});
