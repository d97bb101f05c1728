/**
 * A charter file as the pipeline sees it: its text, its front matter value, its body, and the
 * diagnostics every stage attaches to it. Positions are computed lazily: only a file with
 * something to report pays for the positioned YAML parse.
 */

import { relative, sep } from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { type FrontMatterSplit, splitFrontMatter } from './frontmatter.js';
import { decodeSource, readSource, SourceError, type SourceText } from './source.js';
import { PositionedYaml, parseYamlFast } from './yaml.js';

export class CharterFile {
  readonly diagnostics: Diagnostic[] = [];
  source?: SourceText;
  split?: FrontMatterSplit;
  /** The front matter value, once it parsed to a mapping. */
  data?: Record<string, unknown>;
  private positioned?: PositionedYaml;
  private lineStarts?: number[];

  constructor(
    /** Absolute path. */
    readonly path: string,
    /** Path relative to the current directory, with `/`, as reporters print it. */
    readonly displayPath: string,
    readonly lang: Lang,
  ) {}

  get fatal(): boolean {
    return this.diagnostics.some((d) => d.fatal === true);
  }

  get text(): string {
    return this.source?.text ?? '';
  }

  /** True when the front matter is a mapping with the key `charte`. */
  get isCharter(): boolean {
    return this.data !== undefined && Object.hasOwn(this.data, 'charte');
  }

  get body(): string {
    return this.split?.body ?? '';
  }

  add(diagnostic: Omit<Diagnostic, 'line' | 'column'> & { line?: number; column?: number }): void {
    this.diagnostics.push({ line: 1, column: 1, ...diagnostic });
  }

  /** Adds a diagnostic about the value at `pointer`, placed on that value (or where it belongs). */
  addAt(
    pointer: string,
    diagnostic: Omit<Diagnostic, 'line' | 'column' | 'pointer'>,
    options: { key?: boolean } = {},
  ): void {
    const { line, column } = this.locate(pointer, options);
    this.diagnostics.push({ ...diagnostic, line, column, pointer });
  }

  locate(pointer: string, options: { key?: boolean } = {}): { line: number; column: number } {
    const yaml = this.positions();
    if (!yaml || !this.split) return { line: 1, column: 1 };
    return this.lineColumn(this.split.matterOffset + yaml.locate(pointer, options));
  }

  /** The positioned YAML document of the front matter (parsed on first use). */
  positions(): PositionedYaml | undefined {
    if (!this.split) return undefined;
    this.positioned ??= new PositionedYaml(this.split.matter, this.split.matterOffset, this.lang);
    return this.positioned;
  }

  /** 1-based line and column of an offset in the text (columns count UTF-16 units, as editors do). */
  lineColumn(offset: number): { line: number; column: number } {
    if (!this.lineStarts) {
      const starts = [0];
      const text = this.text;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /**
   * Drops the text, bytes, parsed data and positions, keeping the path, the diagnostics and
   * `id`: a run over ten thousand files then holds only what its report needs.
   */
  release(): void {
    const id = this.data?.id;
    if (typeof id === 'string') this.releasedId = id;
    delete this.source;
    delete this.split;
    delete this.data;
    delete this.positioned;
    delete this.lineStarts;
  }

  /** The charter's `id`, also after `release()`. */
  get id(): string | undefined {
    const id = this.data?.id;
    return typeof id === 'string' ? id : this.releasedId;
  }

  private releasedId?: string;

  sortedDiagnostics(): Diagnostic[] {
    return [...this.diagnostics].sort(compareDiagnostics);
  }
}

export function displayPathOf(path: string, cwd: string): string {
  const rel = relative(cwd, path) || path;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

export interface LoadOptions {
  cwd: string;
  lang: Lang;
  /** Already-read bytes (e.g. a file version read from git); the path is then only a name. */
  bytes?: Buffer;
}

/**
 * Reads and parses one file. Never throws for anything in the file: problems become fatal
 * diagnostics. `isCharter` tells whether the front matter declares `charte:`.
 */
export async function loadCharterFile(path: string, options: LoadOptions): Promise<CharterFile> {
  const file = new CharterFile(path, displayPathOf(path, options.cwd), options.lang);
  try {
    file.source = options.bytes
      ? decodeSource(options.bytes, options.lang)
      : await readSource(path, options.lang);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    file.add({
      severity: 'error',
      rule: error.rule,
      message: error.message,
      line: error.line,
      column: error.column,
      fatal: true,
    });
    return file;
  }
  parseCharterText(file);
  return file;
}

/** Splits and parses the text of a file whose source is set. */
export function parseCharterText(file: CharterFile): void {
  const lang = file.lang;
  const split = splitFrontMatter(file.text, lang);
  if ('rule' in split) {
    file.add({
      severity: 'error',
      rule: split.rule,
      message: split.message,
      line: split.line,
      column: split.column,
      fatal: true,
    });
    return;
  }
  file.split = split;
  const fast = parseYamlFast(split.matter);
  let value: unknown;
  if (fast.ok) {
    value = fast.value;
  } else {
    const yaml = file.positions()!;
    const slow = yaml.toValue(lang);
    if (!slow.ok || yaml.problems.length > 0) {
      // After the first syntax error, the parser's further syntax errors are mostly echoes of it.
      let syntaxReported = false;
      for (const problem of yaml.problems) {
        const { line, column } = file.lineColumn(split.matterOffset + problem.offset);
        if (problem.rule === 'yaml-syntax') {
          if (syntaxReported) continue;
          syntaxReported = true;
        }
        file.add({
          severity: 'error',
          rule: problem.rule,
          message: problem.message,
          line,
          column,
          fatal: true,
        });
      }
      if (yaml.problems.length === 0) {
        file.add({
          severity: 'error',
          rule: 'yaml-syntax',
          message: messages(lang).load.yamlSyntax2,
          line: 2,
          column: 1,
          fatal: true,
        });
      }
      return;
    }
    value = slow.value;
  }
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    const what = value === null || value === undefined ? 'empty' : Array.isArray(value) ? 'list' : 'scalar';
    file.add({
      severity: 'error',
      rule: 'front-matter-root',
      line: 2,
      column: 1,
      fatal: true,
      message: messages(lang).load.frontMatterRoot(what),
    });
    return;
  }
  file.data = value as Record<string, unknown>;
}
