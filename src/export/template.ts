/**
 * Export layouts: a directory with `charter.typ` (the PDF layout, Typst) and `style.css` (the
 * HTML style). The default is `templates/export/`; `--template <dir>` names an organisation's
 * own, with the same layout. Its files are read once per run and handed to the compiler as
 * shadow files; symbolic links and hidden files are skipped.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ExitError } from '../diagnostics.js';
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

function problem(dir: string, lang: Lang, fr: string, en: string): ExitError {
  return new ExitError(`--template ${dir}: ${lang === 'fr' ? fr : en}`, 2);
}

export async function loadTemplate(dir: string | undefined, cwd: string, lang: Lang): Promise<TemplateFiles> {
  const shown = dir ?? DEFAULT_TEMPLATE_DIR;
  const root = dir === undefined ? DEFAULT_TEMPLATE_DIR : resolve(cwd, dir);
  const files = new Map<string, Buffer>();
  let total = 0;
  const visit = async (absolute: string, relative: string, depth: number): Promise<void> => {
    let entries: string[];
    try {
      entries = (await readdir(absolute)).sort();
    } catch {
      throw problem(
        shown,
        lang,
        'dossier illisible : donnez un dossier qui contient charter.typ (voyez templates/export/ dans le paquet)',
        'unreadable directory: give a directory that holds charter.typ (see templates/export/ in the package)',
      );
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
        throw problem(
          shown,
          lang,
          `trop volumineux (plus de ${MAX_FILES} fichiers ou de 20 Mio)`,
          `too large (more than ${MAX_FILES} files or 20 MiB)`,
        );
      }
      files.set(rel, await readFile(path));
    }
  };
  await visit(root, '', 0);
  if (!files.has(TEMPLATE_MAIN)) {
    throw problem(
      shown,
      lang,
      `il manque ${TEMPLATE_MAIN} : copiez templates/export/ du paquet et adaptez-le`,
      `${TEMPLATE_MAIN} is missing: copy templates/export/ from the package and adapt it`,
    );
  }
  return { dir: shown, main: TEMPLATE_MAIN, files };
}

/** The HTML style of a template: its style.css, else the default one. */
export async function templateStyle(template: TemplateFiles): Promise<string> {
  const own = template.files.get(TEMPLATE_STYLE);
  if (own) return own.toString('utf8');
  return readFile(join(DEFAULT_TEMPLATE_DIR, TEMPLATE_STYLE), 'utf8');
}
