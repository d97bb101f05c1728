/**
 * Export layouts: a directory with `charter.typ` (the PDF layout, Typst) and `style.css` (the
 * HTML style). The default is `templates/export/`; `--template <dir>` names an organisation's
 * own, with the same layout. Its files are read once per run and handed to the compiler as
 * shadow files; symbolic links and hidden files are skipped.
 *
 * A template reads nothing but its own files and the charter's data: Typst packages
 * (`@preview/…`, fetched from the network; `@local/…`, read from the user's data directory,
 * outside the compiler's private workspace) are refused before anything is compiled, and so is
 * any `import` or `include` whose target is not a path written as a plain string (a computed
 * one could name a package).
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { templatesDir } from '../paths.js';

export const DEFAULT_TEMPLATE_DIR = join(templatesDir, 'export');
export const TEMPLATE_MAIN = 'charter.typ';
export const TEMPLATE_STYLE = 'style.css';

const MAX_FILES = 200;
const MAX_BYTES = 20 * 1024 * 1024;
const MAX_DEPTH = 4;

export interface TemplateFiles {
  /** The directory, as given (for messages). */
  dir: string;
  main: string;
  /** Path relative to the template directory (with `/`) → bytes. */
  files: Map<string, Buffer>;
}

function problem(dir: string, message: string): ExitError {
  return new ExitError(`--template ${dir}: ${message}`, 2);
}

const isIdentifierChar = (c: string | undefined): boolean =>
  c !== undefined &&
  ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === '-');

/**
 * The first `import` or `include` of a Typst source whose target is not a plain path string
 * (`"header.typ"`, no `@`, no escape): its 1-based line, or undefined. A linear scan; it errs on
 * the side of refusing (the words in prose count too).
 */
export function forbiddenImport(source: string): number | undefined {
  for (const word of ['import', 'include']) {
    for (let at = source.indexOf(word); at !== -1; at = source.indexOf(word, at + 1)) {
      if (isIdentifierChar(source[at - 1]) || isIdentifierChar(source[at + word.length])) continue;
      let i = at + word.length;
      while (source[i] === ' ' || source[i] === '\t') i++;
      let plain = source[i] === '"' && source[i + 1] !== '@';
      if (plain) {
        const end = source.indexOf('"', i + 1);
        const path = end === -1 ? '' : source.slice(i + 1, end);
        plain = end !== -1 && path !== '' && !path.includes('\\') && !path.includes('\n');
      }
      if (!plain) return source.slice(0, at).split('\n').length;
    }
  }
  return undefined;
}

export async function loadTemplate(dir: string | undefined, cwd: string, lang: Lang): Promise<TemplateFiles> {
  const say = messages(lang).export;
  const shown = dir ?? DEFAULT_TEMPLATE_DIR;
  const root = dir === undefined ? DEFAULT_TEMPLATE_DIR : resolve(cwd, dir);
  const files = new Map<string, Buffer>();
  let total = 0;
  const visit = async (absolute: string, relative: string, depth: number): Promise<void> => {
    let entries: string[];
    try {
      entries = (await readdir(absolute)).sort();
    } catch {
      throw problem(shown, say.templateUnreadable);
    }
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      const path = join(absolute, name);
      const rel = relative === '' ? name : `${relative}/${name}`;
      const info = await lstat(path);
      if (info.isDirectory() && depth < MAX_DEPTH) await visit(path, rel, depth + 1);
      if (!info.isFile()) continue;
      total += info.size;
      if (files.size >= MAX_FILES || total > MAX_BYTES) {
        throw problem(shown, say.templateTooLarge(MAX_FILES));
      }
      files.set(rel, await readFile(path));
    }
  };
  await visit(root, '', 0);
  if (!files.has(TEMPLATE_MAIN)) {
    throw problem(shown, say.templateMissingMain(TEMPLATE_MAIN));
  }
  for (const [path, bytes] of files) {
    if (!path.endsWith('.typ')) continue;
    const line = forbiddenImport(bytes.toString('utf8'));
    if (line !== undefined) throw problem(shown, say.templateImport(`${path}:${line}`));
  }
  return { dir: shown, main: TEMPLATE_MAIN, files };
}

/** The HTML style of a template: its style.css, else the default one. */
export async function templateStyle(template: TemplateFiles): Promise<string> {
  const own = template.files.get(TEMPLATE_STYLE);
  if (own) return own.toString('utf8');
  return readFile(join(DEFAULT_TEMPLATE_DIR, TEMPLATE_STYLE), 'utf8');
}
