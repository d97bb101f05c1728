/**
 * Charter templates: a folder with a `manifest.json` and, per language, a front matter part and
 * a body part (Handlebars). The built-in ones live in the package's `templates/`; an
 * organisation may keep its own folder with the same layout and pass it to `--template`.
 *
 *   manifest.json            { name, description: {fr, en}, languages, outline: {lang: [headings]},
 *                              kind?, files?: { front_matter, body } }
 *   fr/front-matter.yaml.hbs the YAML between the `---` fences
 *   fr/body.md.hbs           the Markdown text
 */

import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ExitError } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { displayPathOf } from '../load/charter-file.js';
import { decodeSource, describeFsError } from '../load/source.js';
import { PositionedYaml } from '../load/yaml.js';
import { packageRoot, templatesDir } from '../paths.js';
import { type CompileOptions, compileTemplate, type RenderFunction } from './engine.js';

export const DEFAULT_TEMPLATE = 'solidarity';
export const DEFAULT_FILES = { front_matter: '{lang}/front-matter.yaml.hbs', body: '{lang}/body.md.hbs' };
const KINDS = ['solidarity_charter', 'twinning_charter', 'cooperation_agreement', 'amendment'];
const TEMPLATE_BYTES = 512 * 1024;

export interface TemplateManifest {
  name: string;
  description: Record<string, string>;
  languages: string[];
  outline: Record<string, string[]>;
  /** The `kind` of the charters this template writes (default `solidarity_charter`). */
  kind?: string;
  /** File names of the parts, `{lang}` standing for the language. */
  files?: { front_matter?: string; body?: string };
}

export interface CharterTemplate {
  name: string;
  /** Absolute path of the folder. */
  dir: string;
  /** The folder as messages show it. */
  displayDir: string;
  builtin: boolean;
  manifest: TemplateManifest;
}

export interface CompiledParts {
  frontMatter: RenderFunction;
  body: RenderFunction;
  /** The part files as messages show them. */
  names: { frontMatter: string; body: string };
}

function displayDirOf(dir: string, cwd: string, builtin: boolean): string {
  return builtin ? displayPathOf(dir, packageRoot) : displayPathOf(dir, cwd);
}

/** Where `offset` sits in `text`, 1-based. */
function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function readManifestFile(dir: string, display: string, lang: Lang): TemplateManifest {
  const path = join(dir, 'manifest.json');
  const shown = `${display}/manifest.json`;
  let text: string;
  try {
    text = readSourceSync(path, lang);
  } catch (error) {
    throw new ExitError(`${shown}: ${(error as Error).message}`, 2);
  }
  // JSON is read by the YAML 1.2 parser (JSON is a subset of it) for positions in its errors.
  const doc = new PositionedYaml(text, 0, lang);
  const value = doc.toValue(lang);
  if (!value.ok) {
    const problem = doc.problems[0]!;
    const { line, column } = lineColumnOf(text, problem.offset);
    throw new ExitError(`${shown}:${line}:${column}: ${problem.message.replace(/\bYAML\b/g, 'JSON')}`, 2);
  }
  const problem = manifestProblem(value.value, lang);
  if (problem) {
    const { line, column } = lineColumnOf(text, doc.locate(problem.pointer));
    throw new ExitError(
      `${shown}:${line}:${column}: ${problem.message} (${messages(lang).render.see} ${displayPathOf(join(templatesDir, DEFAULT_TEMPLATE, 'manifest.json'), packageRoot)})`,
      2,
    );
  }
  return value.value as TemplateManifest;
}

// Template files are small and read once: a synchronous read through the loader's strict UTF-8 decoder.
function readSourceSync(path: string, lang: Lang): string {
  let bytes: Buffer;
  try {
    if (statSync(path).size > TEMPLATE_BYTES) {
      throw new Error(messages(lang).render.templateTooLarge(TEMPLATE_BYTES / 1024));
    }
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    throw new Error(describeFsError(error, lang));
  }
  return decodeSource(bytes, lang).text;
}

function manifestProblem(value: unknown, lang: Lang): { pointer: string; message: string } | undefined {
  const isStringRecord = (v: unknown) =>
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.values(v).every((s) => typeof s === 'string');
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      pointer: '',
      message: messages(lang).render.manifestNotObject,
    };
  }
  const m = value as Record<string, unknown>;
  if (typeof m.name !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(m.name)) {
    return {
      pointer: '/name',
      message: messages(lang).render.manifestName,
    };
  }
  if (!isStringRecord(m.description)) {
    return {
      pointer: '/description',
      message: messages(lang).render.manifestDescription,
    };
  }
  const languages = m.languages;
  if (
    !Array.isArray(languages) ||
    languages.length === 0 ||
    !languages.every((l) => typeof l === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(l))
  ) {
    return {
      pointer: '/languages',
      message: messages(lang).render.manifestLanguages,
    };
  }
  const outline = m.outline;
  if (
    outline === null ||
    typeof outline !== 'object' ||
    Array.isArray(outline) ||
    !Object.values(outline).every((o) => Array.isArray(o) && o.every((h) => typeof h === 'string'))
  ) {
    return {
      pointer: '/outline',
      message: messages(lang).render.manifestOutline,
    };
  }
  if (m.kind !== undefined && !KINDS.includes(m.kind as string)) {
    return { pointer: '/kind', message: `\`kind\`: ${KINDS.join(' | ')}` };
  }
  if (m.files !== undefined && !isStringRecord(m.files)) {
    return {
      pointer: '/files',
      message: messages(lang).render.manifestFiles,
    };
  }
  return undefined;
}

/** The built-in templates, sorted by name. */
export function builtinTemplates(lang: Lang): CharterTemplate[] {
  return templatesIn(templatesDir, templatesDir, true, lang);
}

function templatesIn(root: string, cwd: string, builtin: boolean, lang: Lang): CharterTemplate[] {
  const found: CharterTemplate[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.isDirectory()) continue;
    const dir = join(root, entry.name);
    if (!existsSync(join(dir, 'manifest.json'))) continue;
    found.push(templateAt(dir, cwd, builtin, lang));
  }
  return found;
}

function templateAt(dir: string, cwd: string, builtin: boolean, lang: Lang): CharterTemplate {
  const displayDir = displayDirOf(dir, cwd, builtin);
  const manifest = readManifestFile(dir, displayDir, lang);
  return { name: manifest.name, dir, displayDir, builtin, manifest };
}

/**
 * The templates under `path`: the folder itself when it holds a manifest, else each of its
 * subfolders that does (an organisation's collection of templates).
 */
export function templatesAt(path: string, cwd: string, lang: Lang): CharterTemplate[] {
  const dir = resolve(cwd, path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ExitError(messages(lang).render.templatesDirMissing(path), 2);
  }
  if (existsSync(join(dir, 'manifest.json'))) return [templateAt(dir, cwd, false, lang)];
  return templatesIn(dir, cwd, false, lang);
}

/** A folder path rather than a name: it holds a separator or starts with a dot. */
export function looksLikePath(value: string): boolean {
  return value.includes('/') || value.includes(sep) || value.startsWith('.') || isAbsolute(value);
}

/** `--template <name|dir>`: a built-in template by name, or an organisation's folder. */
export function resolveTemplate(nameOrDir: string | undefined, cwd: string, lang: Lang): CharterTemplate {
  const wanted = nameOrDir ?? DEFAULT_TEMPLATE;
  if (looksLikePath(wanted)) {
    const dir = resolve(cwd, wanted);
    if (!existsSync(join(dir, 'manifest.json'))) {
      throw new ExitError(
        messages(lang).render.templateManifestMissing(
          wanted,
          displayDirOf(join(templatesDir, DEFAULT_TEMPLATE), cwd, true),
        ),
        2,
      );
    }
    return templateAt(dir, cwd, false, lang);
  }
  const builtins = builtinTemplates(lang);
  const found = builtins.find((t) => t.name === wanted);
  if (found) return found;
  const known = builtins.map((t) => t.name).join(', ');
  throw new ExitError(messages(lang).render.unknownTemplate(wanted, known), 2);
}

/** The description in `lang`, else in any language the manifest has. */
export function describeTemplate(template: CharterTemplate, lang: Lang): string {
  const d = template.manifest.description;
  return d[lang] ?? d.fr ?? d.en ?? Object.values(d)[0] ?? '';
}

function partPath(
  template: CharterTemplate,
  part: 'front_matter' | 'body',
  language: string,
  lang: Lang,
): string {
  const pattern = template.manifest.files?.[part] ?? DEFAULT_FILES[part];
  const path = resolve(template.dir, pattern.replaceAll('{lang}', language));
  // A part stays inside its template folder, symbolic links included.
  const root = realpathSync(template.dir);
  const real = existsSync(path) ? realpathSync(path) : path;
  const rel = relative(root, real);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new ExitError(messages(lang).render.manifestPathOutside(template.displayDir, pattern), 2);
  }
  return path;
}

/** Reads and compiles both parts of `template` for `language`. */
export function compileParts(
  template: CharterTemplate,
  language: string,
  cwd: string,
  lang: Lang,
  options: CompileOptions = { eager: true },
): CompiledParts {
  if (!template.manifest.languages.includes(language)) {
    throw new ExitError(
      messages(lang).render.templateLacksLanguage(
        template.name,
        language,
        template.manifest.languages.join(', '),
      ),
      2,
    );
  }
  const compile = (part: 'front_matter' | 'body') => {
    const path = partPath(template, part, language, lang);
    const shown = template.builtin ? displayPathOf(path, packageRoot) : displayPathOf(path, cwd);
    let source: string;
    try {
      source = readSourceSync(path, lang);
    } catch (error) {
      throw new ExitError(`${shown}: ${(error as Error).message}`, 2);
    }
    return { render: compileTemplate(source, shown, lang, options), shown };
  };
  const frontMatter = compile('front_matter');
  const body = compile('body');
  return {
    frontMatter: frontMatter.render,
    body: body.render,
    names: { frontMatter: frontMatter.shown, body: body.shown },
  };
}
