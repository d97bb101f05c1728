/**
 * PDF through Typst (`@myriaddreamin/typst-ts-node-compiler`, a native compiler in the npm
 * package). One compiler per run, reused for every charter; its workspace is a private empty
 * temporary directory (mode 0700) and everything it compiles is a shadow file mapped into it:
 * the template as /template/, the charter's data as /data/charter.json, its images as
 * /data/images/. Typst cannot read outside its workspace, and the workspace holds nothing else,
 * so neither the template nor the data can reach another file of the machine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { Lang } from '../i18n/index.js';
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
    const hints = [...(m[2] ?? '').matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((h) => unquote(h[1]!));
    found.push({ message: unquote(m[1]!), hints });
  }
  return found.length > 0 ? found : [{ message: text }];
}

export class TypstRenderer {
  private constructor(
    private readonly compiler: NodeCompiler,
    private readonly workspace: string,
  ) {}

  /** Creates the private workspace and the compiler (the native module loads here, on first use). */
  static async open(): Promise<TypstRenderer> {
    const workspace = await mkdtemp(join(tmpdir(), 'charte-typst-'));
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
    options: { pdfStandard?: PdfStandard | undefined; lang: Lang },
  ): Buffer {
    const compiler = this.compiler;
    const ws = this.workspace;
    compiler.resetShadow();
    for (const [path, bytes] of template.files) compiler.mapShadow(`${ws}/template/${path}`, bytes);
    compiler.mapShadow(`${ws}${DATA_PATH}`, Buffer.from(JSON.stringify(data), 'utf8'));
    images.forEach((image, i) => {
      compiler.mapShadow(`${ws}${imageSource(i, image)}`, image.bytes);
    });
    try {
      const result = compiler.compile({ mainFilePath: `${ws}/template/${template.main}` });
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
        return compiler.pdf(document, options.pdfStandard ? { pdfStandard: options.pdfStandard } : {});
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
    return new TypstError(
      lang === 'fr'
        ? `la mise en page Typst a échoué (${template.dir})`
        : `the Typst layout failed (${template.dir})`,
      details,
    );
  }

  /** Removes the workspace; the renderer is not used afterwards. */
  async close(): Promise<void> {
    this.compiler.evictCache(0);
    await rm(this.workspace, { recursive: true, force: true });
  }
}
