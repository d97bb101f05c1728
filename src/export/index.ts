/**
 * `charte export` as a pipeline that returns data: find the charters, validate them (an invalid
 * one stops the run before anything is written), plan every output path (refusing to overwrite
 * a charter, or an existing file without `force`), typeset each document into a temporary file
 * beside its target, and only when all succeeded rename them into place. A failure at any step
 * leaves the disk as it was.
 */
import { realpath, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { ExitError } from '../diagnostics.js';
import { isLang, type Lang } from '../i18n/index.js';
import { type CharterFile, displayPathOf, loadCharterFile } from '../load/charter-file.js';
import { discover, looksLikeCharter } from '../load/discover.js';
import { MAX_FILE_BYTES, peekText } from '../load/source.js';
import type { Charter } from '../model/charter.js';
import type { CalendarDate } from '../model/dates.js';
import { commonDirectory } from '../paths.js';
import { typographicData } from '../text/typography.js';
import { validateFile, validateLoaded } from '../validate/index.js';
import { commitTreeFiles, type RepositoryFiles, workingTreeFiles } from './assets.js';
import { buildDocument, type DocumentData, type Revision } from './document.js';
import {
  changedPaths,
  existingAncestor,
  type GitOptions,
  lastCommits,
  listTreeMarkdown,
  readTreeFile,
  repoRelative,
  repositoryRoot,
  resolveCommit,
} from './git.js';
import { type BodyImage, type PreparedBody, prepareBody, toTypstBlocks } from './markdown.js';
import { StagedWrites } from './staging.js';
import { loadTemplate, type TemplateFiles, templateStyle } from './template.js';
import { imageSource, type PdfStandard, type RenderOptions, TypstError, TypstRenderer } from './typst.js';

export type ExportFormat = 'pdf' | 'html';
export const EXPORT_FORMATS = ['pdf', 'html'] as const;
export { PDF_STANDARDS, type PdfStandard } from './typst.js';

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
   * Worker threads that typeset a PDF batch, each with its own Typst compiler, while this thread
   * prepares the next documents; 0 typesets on this thread. Default: from 6 documents on,
   * min(available cores, documents, 4) (none on one core); fewer documents stay on this thread,
   * which starts faster. The bytes written are the same either way.
   */
  workers?: number | undefined;
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

/** A charter to export: its file (validated), where its repository files come from, and its revision. */
interface Job {
  file: CharterFile;
  root: string;
  /** Path of the charter relative to the root. */
  rel: string;
  files: RepositoryFiles;
  revision: Revision;
  output: string;
  inRepository: boolean;
  /** The revision the files come from: `HEAD` for the working tree, else the commit of `--ref`. */
  rev: string;
}

const say = (lang: Lang, fr: string, en: string) => (lang === 'fr' ? fr : en);

export async function exportCharters(
  inputs: readonly string[],
  options: ExportOptions,
): Promise<ExportOutcome> {
  const { lang } = options;
  if (options.pdfStandard !== undefined && options.format !== 'pdf') {
    throw new ExitError(
      say(
        lang,
        '--pdf-standard ne vaut que pour --format pdf',
        '--pdf-standard applies to --format pdf only',
      ),
      2,
    );
  }
  const git: GitOptions = { env: options.env };
  const jobs =
    options.ref === undefined
      ? await workingTreeJobs(inputs, options, git)
      : await refJobs(inputs, options.ref, options, git);
  if (jobs.length === 0) {
    throw new ExitError(say(lang, 'aucune charte trouvée', 'no charter found'), 2);
  }
  const invalid = jobs.map((j) => j.file).filter((f) => f.diagnostics.some((d) => d.severity === 'error'));
  if (invalid.length > 0) return { kind: 'invalid', files: invalid };

  await planOutputs(jobs, options);
  const template = await loadTemplate(options.template, options.cwd, lang);

  const written: ExportedFile[] = [];
  const warnings: ExportWarning[] = [];
  const staging = new StagedWrites();
  const css = options.format === 'html' ? await templateStyle(template) : '';
  const typesetter =
    options.format === 'pdf'
      ? await openTypesetter(template, typesetThreads(options.workers, jobs.length), lang)
      : undefined;
  // Documents are prepared one after the other, in order, on this thread; each is then typeset
  // (here, or on a worker thread while the next ones are prepared) and written, in order too:
  // `written` follows the inputs, and the first document to fail, in input order, gives the
  // error, as in a sequential run. `ahead` bounds the documents in hand (their data and images).
  const ahead = typesetter?.ahead ?? 1;
  const queue: Array<Promise<void>> = [];
  let previous: Promise<void> = Promise.resolve();
  try {
    for (const [index, job] of jobs.entries()) {
      while (queue.length >= ahead) await queue.shift();
      options.onProgress?.(index, jobs.length, job.file.displayPath);
      let typesetting: Promise<Buffer>;
      try {
        typesetting = (await renderJob(job, typesetter, css, options, warnings)).bytes;
      } catch (error) {
        await previous;
        throw error;
      }
      // Awaited only after the documents before it: a failure meanwhile is not "unhandled".
      typesetting.catch(() => undefined);
      const step = previous.then(async () => {
        const bytes = await typesetting;
        await staging.stage(job.output, bytes);
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
    await typesetter?.close();
  }
  return { kind: 'done', written, warnings };
}

/**
 * Documents from this many on are typeset on worker threads by default. A thread's start (its
 * Node environment, the compiler and its fonts, a first compile with cold caches) costs about
 * what two documents do: measured on two cores, whole processes, 4 documents took as long
 * either way (with more CPU for the pool), 6 a little less with it, 8 and more clearly less.
 */
export const POOL_MIN_DOCUMENTS = 6;
/** At most this many worker threads by default (each holds a compiler, its fonts and caches). */
export const POOL_MAX_THREADS = 4;

/** How many worker threads typeset a batch of `documents`: 0 means this thread. */
export function typesetThreads(requested: number | undefined, documents: number): number {
  if (requested !== undefined) {
    return Number.isFinite(requested) ? Math.max(0, Math.min(Math.floor(requested), documents)) : 0;
  }
  if (documents < POOL_MIN_DOCUMENTS) return 0;
  const threads = Math.min(availableParallelism(), documents, POOL_MAX_THREADS);
  // One core: a worker would only add its start-up to the same sequential work.
  return threads >= 2 ? threads : 0;
}

/** Typesets PDF documents with the run's template: on this thread, or on a pool of worker threads. */
interface Typesetter {
  /** Documents to have in hand: enough to keep every thread busy while the next is prepared. */
  ahead: number;
  typeset(data: unknown, images: readonly BodyImage[], options: RenderOptions): Promise<Buffer>;
  close(): Promise<void>;
}

async function openTypesetter(template: TemplateFiles, threads: number, lang: Lang): Promise<Typesetter> {
  if (threads === 0) {
    const renderer = await TypstRenderer.open();
    return {
      ahead: 1,
      // Synchronous: the document is typeset before the next one is prepared.
      typeset: async (data, images, options) => renderer.renderPdf(template, data, images, options),
      close: () => renderer.close(),
    };
  }
  // The pool's module, and worker_threads, load only for a batch.
  const { TypstPool } = await import('./typst-pool.js');
  const pool = await TypstPool.open(threads, template, lang);
  return {
    ahead: 2 * threads,
    typeset: (data, images, options) => pool.typeset(data, images, options),
    close: () => pool.close(),
  };
}

/**
 * Prepares one document (its Markdown, warnings, revision and data) and starts typesetting it:
 * the bytes come later (in a wrapper, so that awaiting the preparation does not await them).
 */
async function renderJob(
  job: Job,
  typesetter: Typesetter | undefined,
  css: string,
  options: ExportOptions,
  warnings: ExportWarning[],
): Promise<{ bytes: Promise<Buffer> }> {
  const data = job.file.data as unknown as Charter;
  const charterLang = data.language.slice(0, 2).toLowerCase();
  const documentLang: Lang = options.documentLang ?? (isLang(charterLang) ? charterLang : options.lang);
  // What people sign in French has French typography, the data sheet included (src/render/typography.ts).
  const charter = documentLang === 'fr' ? typographicData(data) : data;
  const relDir = job.rel.includes('/') ? job.rel.slice(0, job.rel.lastIndexOf('/')) : '';
  const prepared: PreparedBody = await prepareBody(job.file.body, {
    lang: options.lang,
    title: charter.title,
    charterDir: relDir,
    files: job.files,
    signatureHeadings: ['Signatures', 'Signature'],
  });
  const revision = await revisionWithImages(job, prepared, options);
  const bodyOffset = job.file.split?.bodyOffset ?? 0;
  for (const w of prepared.warnings) {
    const { line, column } = job.file.lineColumn(bodyOffset + w.offset);
    warnings.push({ path: job.file.displayPath, line, column, rule: w.rule, message: w.message });
  }
  const build = (body: DocumentData['body']) =>
    buildDocument(charter, {
      lang: documentLang,
      revision,
      body,
      bodyEndsWithSignatures: prepared.endsWithSignatures,
    });
  if (!typesetter) {
    // The HTML pipeline (remark-rehype, sanitiser, serialiser) loads only when it is asked for.
    const { renderHtml } = await import('./html.js');
    return { bytes: Promise.resolve(Buffer.from(renderHtml(build([]), prepared, css), 'utf8')) };
  }
  const body = toTypstBlocks(prepared, { imageSource: (i) => imageSource(i, prepared.images[i]!) });
  const bytes = typesetter
    .typeset(build(body), prepared.images, { pdfStandard: options.pdfStandard, lang: options.lang })
    .catch((error: unknown) => {
      if (!(error instanceof TypstError)) throw error;
      throw new ExitError(
        `${job.file.displayPath}: ${error.message}\n${error.details.map((d) => `  ${d}`).join('\n')}`,
        2,
      );
    });
  return { bytes };
}

/**
 * A document is its charter and the images it shows: its stamp is the last commit that changed
 * any of them, and an image changed since HEAD makes the whole document a working copy.
 */
async function revisionWithImages(
  job: Job,
  prepared: PreparedBody,
  options: ExportOptions,
): Promise<Revision> {
  if (!job.inRepository || job.revision.commit === undefined || prepared.images.length === 0)
    return job.revision;
  const git: GitOptions = { env: options.env };
  const images = [...new Set(prepared.images.map((i) => i.path))];
  if (job.rev === 'HEAD') {
    const changed = await changedPaths(job.root, images, git);
    if (images.some((p) => changed.has(p))) return { asOf: options.today };
  }
  const found = await lastCommits(job.root, job.rev, [job.rel, ...images], git);
  // An image git does not know (ignored, never committed) is no commit's content.
  if (images.some((p) => !found.has(p))) return { asOf: options.today };
  const newest = [...found.values()].sort((a, b) => a.order - b.order)[0];
  return newest
    ? { commit: newest.commit, epochSeconds: newest.epochSeconds, asOf: newest.date }
    : job.revision;
}

// ---------------------------------------------------------------------------------------------
// Finding the charters and their revision.

/** Root of the repository holding a directory, cached: a batch asks once per directory. */
function rootFinder(git: GitOptions) {
  const cache = new Map<string, Promise<string | undefined>>();
  return (dir: string) => {
    let root = cache.get(dir);
    if (!root) {
      root = repositoryRoot(dir, git);
      cache.set(dir, root);
    }
    return root;
  };
}

async function workingTreeJobs(
  inputs: readonly string[],
  options: ExportOptions,
  git: GitOptions,
): Promise<Job[]> {
  const candidates = await discover(inputs, options.cwd, options.lang);
  const findRoot = rootFinder(git);
  const jobs: Job[] = [];
  for (const candidate of candidates) {
    if (!candidate.explicit) {
      const head = peekText(candidate.path);
      if (head === undefined || !looksLikeCharter(head)) continue;
    }
    const file = await validateFile(candidate.path, {
      cwd: options.cwd,
      lang: options.lang,
      asOf: options.today,
    });
    let real: string;
    try {
      real = await realpath(candidate.path);
    } catch {
      real = candidate.path;
    }
    const repo = await findRoot(dirname(real));
    const root = repo ?? dirname(real);
    const rel = repoRelative(root, real);
    jobs.push({
      file,
      root,
      rel,
      files: workingTreeFiles(root),
      revision: { asOf: options.today },
      output: '',
      inRepository: repo !== undefined,
      rev: 'HEAD',
    });
  }
  // Two git questions per repository, whatever the number of charters: which commit last
  // changed each one, and which differ from HEAD (those are working copies, not commits).
  const byRoot = new Map<string, Job[]>();
  for (const job of jobs) {
    if (!job.inRepository) continue;
    byRoot.set(job.root, [...(byRoot.get(job.root) ?? []), job]);
  }
  for (const [root, group] of byRoot) {
    const rels = group.map((j) => j.rel);
    const [stamps, changed] = await Promise.all([
      lastCommits(root, 'HEAD', rels, git),
      changedPaths(root, rels, git),
    ]);
    for (const job of group) {
      const stamp = stamps.get(job.rel);
      if (stamp && !changed.has(job.rel)) {
        job.revision = { commit: stamp.commit, epochSeconds: stamp.epochSeconds, asOf: stamp.date };
      }
    }
  }
  return jobs;
}

async function refJobs(
  inputs: readonly string[],
  ref: string,
  options: ExportOptions,
  git: GitOptions,
): Promise<Job[]> {
  const { lang } = options;
  const jobs: Job[] = [];
  const commits = new Map<string, string>();
  const seen = new Set<string>();
  for (const input of inputs) {
    const absolute = resolve(options.cwd, input);
    const isDirectory = await stat(absolute).then(
      (s) => s.isDirectory(),
      () => false,
    );
    const anchor = isDirectory ? await realpath(absolute) : await existingAncestor(absolute);
    const root = await repositoryRoot(anchor, git);
    if (root === undefined) {
      throw new ExitError(
        say(
          lang,
          `${input} : --ref demande un dépôt git, et ce chemin n'est dans aucun`,
          `${input}: --ref needs a git repository, and this path is in none`,
        ),
        2,
      );
    }
    let commit = commits.get(root);
    if (commit === undefined) {
      commit = await resolveCommit(root, ref, lang, git);
      commits.set(root, commit);
    }
    // The path inside the repository, through the real path of its existing part.
    const rel = repoRelative(root, isDirectory ? anchor : await realParentJoin(absolute));
    if (rel.startsWith('..')) {
      throw new ExitError(`${input}: ${say(lang, 'hors du dépôt', 'outside the repository')} ${root}`, 2);
    }
    const paths = isDirectory ? await listTreeMarkdown(root, commit, rel === '' ? '' : rel, git) : [rel];
    for (const path of paths) {
      const key = `${root}\0${path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = await readTreeFile(root, commit, path, MAX_FILE_BYTES, git);
      const where = `${displayPathOf(join(root, path), options.cwd)}`;
      if (entry.kind !== 'file') {
        if (isDirectory) continue;
        throw new ExitError(
          say(
            lang,
            `${where} : absent de ${ref} (ou ce n'est pas un fichier ordinaire) ; voyez \`git log --oneline -- ${path}\``,
            `${where}: not in ${ref} (or not a regular file); see \`git log --oneline -- ${path}\``,
          ),
          2,
        );
      }
      if (
        isDirectory &&
        !looksLikeCharter(entry.bytes.toString('utf8', 0, Math.min(entry.bytes.length, 65536)))
      )
        continue;
      const file = await loadCharterFile(join(root, ...path.split('/')), {
        cwd: options.cwd,
        lang,
        bytes: entry.bytes,
      });
      await validateLoaded(file, { asOf: options.today });
      jobs.push({
        file,
        root,
        rel: path,
        files: commitTreeFiles(root, commit, git),
        revision: { asOf: options.today },
        output: '',
        inRepository: true,
        rev: commit,
      });
    }
  }
  // One `git log` per repository for the stamps of all its charters at the ref.
  for (const [root, commit] of commits) {
    const group = jobs.filter((j) => j.root === root);
    const stamps = await lastCommits(
      root,
      commit,
      group.map((j) => j.rel),
      git,
    );
    for (const job of group) {
      const stamp = stamps.get(job.rel);
      if (stamp) job.revision = { commit: stamp.commit, epochSeconds: stamp.epochSeconds, asOf: stamp.date };
    }
  }
  return jobs;
}

/** The real path of a possibly missing file: its existing ancestor's real path, then the rest. */
async function realParentJoin(absolute: string): Promise<string> {
  const ancestor = await existingAncestor(absolute);
  let existing = dirname(absolute);
  // Walk up the given path as far as the ancestor that exists, then append the missing rest.
  const rest: string[] = [basename(absolute)];
  for (;;) {
    try {
      if ((await realpath(existing)) === ancestor) break;
    } catch {
      // not there yet
    }
    const parent = dirname(existing);
    if (parent === existing) break;
    rest.unshift(basename(existing));
    existing = parent;
  }
  return join(ancestor, ...rest);
}

// ---------------------------------------------------------------------------------------------
// Output paths.

function withExtension(path: string, format: ExportFormat): string {
  const ext = extname(path);
  return `${ext.toLowerCase() === '.md' ? path.slice(0, -ext.length) : path}.${format}`;
}

async function planOutputs(jobs: Job[], options: ExportOptions): Promise<void> {
  const { lang, format } = options;
  const sources = jobs.map((j) => j.file.path);
  let outputDir: string | undefined;
  if (options.output !== undefined) {
    const out = resolve(options.cwd, options.output);
    const isDir = await stat(out).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (jobs.length > 1 || isDir || /[/\\]$/.test(options.output)) outputDir = out;
    else jobs[0]!.output = out;
  }
  const common = commonDirectory(sources, sep) || sep;
  for (const job of jobs) {
    if (job.output !== '') continue;
    const name = withExtension(basename(job.file.path), format);
    job.output =
      outputDir === undefined
        ? join(dirname(job.file.path), name)
        : join(outputDir, relative(common, dirname(job.file.path)), name);
  }

  const realSources = new Set<string>();
  for (const source of sources) {
    realSources.add(source);
    realSources.add(await realpath(source).catch(() => source));
  }
  const taken = new Map<string, string>();
  for (const job of jobs) {
    const shown = displayPathOf(job.output, options.cwd);
    const real = await realpath(job.output).catch(() => job.output);
    if (realSources.has(job.output) || realSources.has(real)) {
      throw new ExitError(
        say(
          lang,
          `${shown} est une charte : l'export l'écraserait ; choisissez un autre fichier avec -o`,
          `${shown} is a charter: the export would overwrite it; choose another file with -o`,
        ),
        2,
      );
    }
    const other = taken.get(job.output);
    if (other !== undefined) {
      throw new ExitError(
        say(
          lang,
          `${job.file.displayPath} et ${other} s'exporteraient tous deux dans ${shown} ; exportez-les séparément ou dans un dossier avec -o`,
          `${job.file.displayPath} and ${other} would both be exported to ${shown}; export them separately or into a directory with -o`,
        ),
        2,
      );
    }
    taken.set(job.output, job.file.displayPath);
    const existing = await stat(job.output).catch(() => undefined);
    if (existing?.isDirectory()) {
      throw new ExitError(
        say(
          lang,
          `${shown} est un dossier : donnez un nom de fichier`,
          `${shown} is a directory: give a file name`,
        ),
        2,
      );
    }
    if (existing && options.force !== true) {
      throw new ExitError(
        say(
          lang,
          `${shown} existe déjà : rien n'a été écrit ; ajoutez --force pour le remplacer`,
          `${shown} already exists: nothing was written; add --force to replace it`,
        ),
        2,
      );
    }
  }
}
