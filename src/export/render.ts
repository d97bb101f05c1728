/**
 * One document, from its charter to its bytes: the body's Markdown made safe and its images
 * read (markdown.ts), the revision that stamps it (the last commit of the charter and of its
 * images), the document's data (document.ts), then the PDF (Typst) or the HTML. This is the part
 * of an export whose cost depends on what a charter contains, so it runs on a worker thread
 * with a time and a memory limit (document-pool.ts); its input and output are plain data.
 */

import type { Lang } from '../i18n/index.js';
import type { Charter } from '../model/charter.js';
import type { CalendarDate } from '../model/dates.js';
import { typographicData } from '../text/typography.js';
import { commitTreeFiles, type RepositoryFiles, workingTreeFiles } from './assets.js';
import { type AmendmentDocument, buildDocument, type DocumentData, type Revision } from './document.js';
import { changedPaths, type GitOptions, lastCommits } from './git.js';
import type { FileSource } from './jobs.js';
import { type BodyImage, type BodyWarning, prepareBody, toTypstBlocks } from './markdown.js';
import type { ExportFormat } from './outputs.js';
import { imageSource, type PdfStandard, type RenderOptions } from './typst.js';

/** Everything one document needs, as data (it crosses to a worker thread). */
export interface DocumentTask {
  charter: Charter;
  body: string;
  /** The charter's repository (or its directory outside git), and its path there. */
  root: string;
  rel: string;
  inRepository: boolean;
  /** `HEAD`, or the commit of `--ref`. */
  rev: string;
  source: FileSource;
  /** The charter's own revision (before its images are taken into account). */
  revision: Revision;
  env: NodeJS.ProcessEnv;
  /** Language of messages. */
  lang: Lang;
  /** Language of the document's labels. */
  documentLang: Lang;
  today: CalendarDate;
  format: ExportFormat;
  /** The HTML style (HTML only). */
  css: string;
  pdfStandard: PdfStandard | undefined;
  /** The document of this avenant (`body` is then its generated text), not the charter's. */
  amendment?: AmendmentDocument | undefined;
}

export interface DocumentResult {
  bytes: Uint8Array;
  /** Warnings about the body, with offsets in the body. */
  warnings: BodyWarning[];
}

/** Typesets a PDF with the run's template (on the thread that renders). */
export type Typeset = (
  data: DocumentData,
  images: readonly BodyImage[],
  options: RenderOptions,
) => Buffer | Promise<Buffer>;

function repositoryFiles(task: DocumentTask): RepositoryFiles {
  return task.source.kind === 'tree'
    ? workingTreeFiles(task.root)
    : commitTreeFiles(task.root, task.source.commit, { env: task.env });
}

export async function renderDocument(task: DocumentTask, typeset: Typeset): Promise<DocumentResult> {
  // What people sign in French has French typography, the data sheet included (src/text/typography.ts).
  const charter = task.documentLang === 'fr' ? typographicData(task.charter) : task.charter;
  const amendment =
    task.amendment && task.documentLang === 'fr' ? typographicData(task.amendment) : task.amendment;
  const relDir = task.rel.includes('/') ? task.rel.slice(0, task.rel.lastIndexOf('/')) : '';
  const prepared = await prepareBody(task.body, {
    lang: task.lang,
    title: charter.title,
    charterDir: relDir,
    files: repositoryFiles(task),
    signatureHeadings: ['Signatures', 'Signature'],
  });
  const revision = await revisionWithImages(
    task,
    prepared.images.map((i) => i.path),
  );
  const build = (body: DocumentData['body']) =>
    buildDocument(charter, {
      lang: task.documentLang,
      revision,
      body,
      bodyEndsWithSignatures: prepared.endsWithSignatures,
      amendment,
    });
  if (task.format === 'html') {
    // The HTML pipeline (remark-rehype, sanitiser, serialiser) loads only when it is asked for.
    const { renderHtml } = await import('./html.js');
    return {
      bytes: Buffer.from(renderHtml(build([]), prepared, task.css), 'utf8'),
      warnings: prepared.warnings,
    };
  }
  const body = toTypstBlocks(prepared, { imageSource: (i) => imageSource(i, prepared.images[i]!) });
  const data = build(body);
  // The Markdown tree is not needed any more: let it go before the layout, the largest step.
  prepared.tree.children = [];
  const bytes = await typeset(data, prepared.images, { pdfStandard: task.pdfStandard, lang: task.lang });
  return { bytes, warnings: prepared.warnings };
}

/**
 * A document is its charter and the images it shows: its stamp is the last commit that changed
 * any of them, and an image changed since HEAD makes the whole document a working copy.
 */
async function revisionWithImages(task: DocumentTask, imagePaths: readonly string[]): Promise<Revision> {
  if (!task.inRepository || task.revision.commit === undefined || imagePaths.length === 0)
    return task.revision;
  const git: GitOptions = { env: task.env };
  const images = [...new Set(imagePaths)];
  if (task.rev === 'HEAD') {
    const changed = await changedPaths(task.root, images, git);
    if (images.some((p) => changed.has(p))) return { asOf: task.today };
  }
  const found = await lastCommits(task.root, task.rev, [task.rel, ...images], git);
  // An image git does not know (ignored, never committed) is no commit's content.
  if (images.some((p) => !found.has(p))) return { asOf: task.today };
  const newest = [...found.values()].sort((a, b) => a.order - b.order)[0];
  return newest
    ? { commit: newest.commit, epochSeconds: newest.epochSeconds, asOf: newest.date }
    : task.revision;
}
