/**
 * PDF through Typst (`@myriaddreamin/typst-ts-node-compiler`, a native compiler in the npm
 * package). One compiler per thread that typesets (this one, or each worker of a batch's pool:
 * see document-pool.ts), reused for every charter; its workspace is a private empty temporary
 * directory (mode 0700) and everything it compiles is a shadow file mapped into it:
 * the template as /template/, the charter's data as /data/charter.json, its images as
 * /data/images/. Typst cannot read outside its workspace, and the workspace holds nothing else,
 * so neither the template nor the data can reach another file of the machine. The one way
 * out, Typst packages (`@local/…` from the user's data directory, `@preview/…` from the
 * network), is refused when the template is loaded (template.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { temporaries, workspacePrefix } from './cleanup.js';
import type { BodyImage } from './markdown.js';
import type { TemplateFiles } from './template.js';

export const PDF_STANDARDS = ['a-2b', 'ua-1'] as const;
export type PdfStandard = (typeof PDF_STANDARDS)[number];

export const DATA_PATH = '/data/charter.json';
export const imageSource = (index: number, image: BodyImage) => `/data/images/${index}.${image.format}`;

/** The compiler rejected the template or the data: its diagnostics, as `path:line:column: message`. */
export class TypstError extends Error {
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super(message);
  }
}

interface Diagnostic {
  message?: string;
  path?: string;
  severity?: number | string;
  range?: { start?: { line?: number; character?: number } };
  hints?: string[];
}

/**
 * After each document, results unused for this many documents leave the compiler's memo cache:
 * what every document shares (the template, fonts) stays warm, and a batch of a hundred charters
 * keeps its memory flat (measured: the same speed as an age of 10 every 10 documents, with a
 * third less peak memory).
 */
const CACHE_AGE = 3;

/**
 * The PDF exporter reports its errors (e.g. a PDF/UA rule) as one string, the Rust debug form of
 * its diagnostics: their messages and hints are picked out of it.
 */
function exportDiagnostics(error: unknown): Diagnostic[] {
  const text = error instanceof Error ? error.message : String(error);
  const found: Diagnostic[] = [];
  const unquote = (s: string) => s.replace(/\\(.)/g, '$1');
  for (const m of text.matchAll(
    /message: "((?:[^"\\]|\\.)*)"(?:, trace: \[[^\]]*\])?(?:, hints: \[((?:"(?:[^"\\]|\\.)*",? ?)*)\])?/g,
  )) {
    const hints = quotedStrings(m[2] ?? '').map(unquote);
    found.push({ message: unquote(m[1]!), hints });
  }
  return found.length > 0 ? found : [{ message: text }];
}

/**
 * The contents of the double-quoted strings (with backslash escapes) of a text, by one scan:
 * `/"((?:[^"\\]|\\.)*)"/g` retried from every quote when one is not closed (quadratic).
 */
export function quotedStrings(text: string): string[] {
  const found: string[] = [];
  let i = text.indexOf('"');
  while (i !== -1) {
    let j = i + 1;
    while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
    if (j >= text.length) break;
    found.push(text.slice(i + 1, j));
    i = text.indexOf('"', j + 1);
  }
  return found;
}

export interface RenderOptions {
  pdfStandard?: PdfStandard | undefined;
  /** Language of the error messages. */
  lang: Lang;
}

/** The document's data as the template reads it: one serialisation, wherever it is compiled. */
export const documentJson = (data: unknown): Buffer => Buffer.from(JSON.stringify(data), 'utf8');

/**
 * A private, empty workspace for one compiler (mode 0700, as `mkdtemp` makes it), named with
 * this process's id and registered for removal on interruption (see cleanup.ts).
 */
export async function makeWorkspace(): Promise<string> {
  const workspace = await mkdtemp(workspacePrefix());
  temporaries.addDirectory(workspace);
  return workspace;
}

/** Removes a workspace made by `makeWorkspace`. */
export async function removeWorkspace(workspace: string): Promise<void> {
  await rm(workspace, { recursive: true, force: true });
  temporaries.removeDirectory(workspace);
}

export class TypstRenderer {
  private constructor(
    private readonly compiler: NodeCompiler,
    private readonly workspace: string,
  ) {}

  /**
   * Creates the compiler (the native module loads here, on first use) in a private workspace:
   * a new one, or `workspace`, an empty directory made by `makeWorkspace` (a worker thread
   * compiles in the one its pool made).
   */
  static async open(workspace?: string): Promise<TypstRenderer> {
    workspace ??= await makeWorkspace();
    const require = createRequire(import.meta.url);
    const { NodeCompiler: Compiler } = require('@myriaddreamin/typst-ts-node-compiler') as {
      NodeCompiler: typeof NodeCompiler;
    };
    return new TypstRenderer(Compiler.create({ workspace }), workspace);
  }

  /** Typesets one document. `data` is serialised as JSON: the template reads it with `json()`. */
  renderPdf(
    template: TemplateFiles,
    data: unknown,
    images: readonly BodyImage[],
    options: RenderOptions,
  ): Buffer {
    return this.renderPdfJson(template, documentJson(data), images, options);
  }

  /** Typesets one document whose data is already JSON (as `documentJson` writes it). */
  renderPdfJson(
    template: TemplateFiles,
    json: Buffer,
    images: readonly BodyImage[],
    options: RenderOptions,
  ): Buffer {
    const compiler = this.compiler;
    const ws = this.workspace;
    compiler.resetShadow();
    for (const [path, bytes] of template.files) compiler.mapShadow(`${ws}/template/${path}`, bytes);
    compiler.mapShadow(`${ws}${DATA_PATH}`, json);
    images.forEach((image, i) => {
      compiler.mapShadow(`${ws}${imageSource(i, image)}`, image.bytes);
    });
    const mainFilePath = `${ws}/template/${template.main}`;
    const pdfOptions = options.pdfStandard ? { pdfStandard: options.pdfStandard } : {};
    try {
      try {
        // Compiled and written in one call, the laid-out document never becomes a JavaScript
        // object: its native memory is freed at once, not at some later garbage collection (a
        // worker thread, which allocates little, waits long for one: a batch of 100 on two
        // threads peaked at 380 MB, 230 MB so). The bytes are those of the two steps below.
        return compiler.pdf({ mainFilePath }, pdfOptions);
      } catch {
        // This call says nothing about what failed: the two steps say where, as data.
      }
      const result = compiler.compile({ mainFilePath });
      const document = result.result;
      if (result.hasError() || !document) {
        const error = result.takeError() ?? result.takeDiagnostics();
        throw this.failure(
          error ? (compiler.fetchDiagnostics(error) as Diagnostic[]) : [],
          template,
          options.lang,
        );
      }
      try {
        return compiler.pdf(document, pdfOptions);
      } catch (error) {
        throw this.failure(exportDiagnostics(error), template, options.lang);
      }
    } finally {
      compiler.resetShadow();
      compiler.evictCache(CACHE_AGE);
    }
  }

  private failure(diagnostics: Diagnostic[], template: TemplateFiles, lang: Lang): TypstError {
    const details = diagnostics
      .filter((d) => d.severity === undefined || d.severity === 1 || d.severity === 'error')
      .map((d) => {
        const path = (d.path ?? '').replace(`${this.workspace}/template/`, `${template.dir}/`);
        const where = d.range?.start
          ? `${path}:${(d.range.start.line ?? 0) + 1}:${(d.range.start.character ?? 0) + 1}: `
          : path
            ? `${path}: `
            : '';
        const hints = (d.hints ?? []).map((h) => ` (${h})`).join('');
        return `${where}${d.message ?? ''}${hints}`;
      });
    return new TypstError(messages(lang).export.typstFailed(template.dir), details);
  }

  /** Removes the workspace; the renderer is not used afterwards. */
  async close(): Promise<void> {
    this.compiler.evictCache(0);
    await removeWorkspace(this.workspace);
  }
}
