/**
 * YAML front matter, read as YAML 1.2 core schema and never executed.
 *
 * Two parsers, one contract. The fast path (js-yaml 4, core schema)
 * reads every file; the `yaml` package, about eight times slower, builds a document with source
 * ranges only for a file that has something to report, to give each diagnostic its line and
 * column. Both refuse custom tags, duplicate keys and alias bombs; a YAML directive (`%YAML 1.1`
 * would switch `yes` to a boolean) is refused before either runs.
 */

import { createRequire } from 'node:module';
import jsYaml from 'js-yaml';
import type * as YamlModule from 'yaml';
import type { Document, Pair, Node as YamlNode } from 'yaml';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { parseSimpleYaml } from './yaml-simple.js';

const { FAILSAFE_SCHEMA, Type, load: loadFast } = jsYaml;

let yamlModule: typeof YamlModule | undefined;
/** The `yaml` package, loaded on first use: only a file with something to report needs positions. */
function yamlPackage(): typeof YamlModule {
  yamlModule ??= createRequire(import.meta.url)('yaml') as typeof YamlModule;
  return yamlModule;
}
// js-yaml 4 exports its built-in types; @types/js-yaml does not declare them.
const { types } = jsYaml as unknown as {
  types: { null: InstanceType<typeof Type>; bool: InstanceType<typeof Type> };
};

/*
 * The YAML 1.2 core schema's scalar resolution (YAML 1.2.2, section 10.3.2), the one the `yaml`
 * package applies. js-yaml's own CORE_SCHEMA goes beyond it (`0b101`, `-0b1`, `+0x1F`, `-0o17`
 * are numbers there, `+.5` is text, `-0` is 0), so the two paths would give one file two
 * meanings: its int and float types are replaced by these, null and bool already agree.
 */
const CORE_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const CORE_FLOAT =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

function coreInt(text: string): number {
  if (text.startsWith('0o')) return Number.parseInt(text.slice(2), 8);
  if (text.startsWith('0x')) return Number.parseInt(text.slice(2), 16);
  return Number.parseInt(text, 10);
}

function coreFloat(text: string): number {
  const sign = text.startsWith('-') ? -1 : 1;
  if (/\.(?:inf|Inf|INF)$/.test(text)) return sign * Number.POSITIVE_INFINITY;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return Number.NaN;
  return Number.parseFloat(text);
}

const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && CORE_INT.test(data),
  construct: (data: string) => coreInt(data),
  predicate: (object: unknown) => typeof object === 'number' && Number.isInteger(object),
  represent: (object: unknown) => String(object),
});

const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && CORE_FLOAT.test(data) && !CORE_INT.test(data),
  construct: (data: string) => coreFloat(data),
  predicate: (object: unknown) => typeof object === 'number',
  represent: (object: unknown) => String(object),
});

/** The core schema's implicit types, in js-yaml's order of trial for a plain scalar. */
const IMPLICIT_TYPES = [types.null, types.bool, intType, floatType];

/** A plain scalar's value as js-yaml resolves it with CORE_SCHEMA_12 (the first implicit type that matches). */
export function resolvePlainScalar(text: string): unknown {
  for (const type of IMPLICIT_TYPES) {
    if (type.resolve(text)) return type.construct(text);
  }
  return text;
}

/** The YAML 1.2 core schema, exactly: what the fast path reads with. */
export const CORE_SCHEMA_12 = FAILSAFE_SCHEMA.extend({
  implicit: [types.null, types.bool, intType, floatType],
});

export const MAX_ALIASES = 100;
export const MAX_DEPTH = 64;

export interface YamlProblem {
  rule: 'yaml-syntax' | 'yaml-tag' | 'yaml-directive' | 'yaml-duplicate-key' | 'yaml-alias' | 'yaml-depth';
  message: string;
  /** Offset in the parsed text. */
  offset: number;
}

export type FastParse = { ok: true; value: unknown } | { ok: false };

/**
 * The fast path: the value, or a signal that the slow path must explain what is wrong. js-yaml 4
 * (about twice as fast as js-yaml 5 here) shares aliased nodes instead of copying them, so an
 * alias bomb would parse quickly and explode later, in validation: any alias, like any directive
 * or deep flow nesting, sends the file to the slow path, whose alias budget counts expanded nodes.
 */
export function parseYamlFast(text: string): FastParse {
  // The same text twice in a row (discovery asks whether a file is a charter, then the loader
  // reads it): parsed once. Values are never modified by their readers.
  if (text === lastFast.text) return lastFast.result;
  const result = parseFastUncached(text);
  lastFast = { text, result };
  return result;
}

let lastFast: { text: string | undefined; result: FastParse } = { text: undefined, result: { ok: false } };

function parseFastUncached(text: string): FastParse {
  // The plain shapes front matter is made of, read without js-yaml (the same value, or declined).
  const simple = parseSimpleYaml(text, resolvePlainScalar);
  if (simple !== undefined) return { ok: true, value: simple.value };
  if (hasDirective(text) || ALIAS_RE.test(text) || flowDepthExceeded(text) !== undefined)
    return { ok: false };
  try {
    const value: unknown = loadFast(text, { schema: CORE_SCHEMA_12 });
    // Deep block nesting parses here but not in the positioned path: both must give one answer.
    return valueDepthExceeded(value) ? { ok: false } : { ok: true, value };
  } catch {
    return { ok: false };
  }
}

/** True when a parsed value nests deeper than MAX_DEPTH (an iterative walk: depth cannot overflow it). */
function valueDepthExceeded(root: unknown): boolean {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return true;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * Offset of the first line indented (spaces and `- ` markers) by more than two columns per
 * allowed level, if any: such nesting is refused before the yaml package recurses into it.
 */
function deepBlockOffset(text: string): number | undefined {
  let offset = 0;
  for (const line of text.split('\n')) {
    const indent = /^(?: |- )*/.exec(line)?.[0].length ?? 0;
    if (indent > 2 * MAX_DEPTH) return offset + 2 * MAX_DEPTH;
    offset += line.length + 1;
  }
  return undefined;
}

/** An alias (`*name`) where YAML allows one; a false positive only costs the slow path. */
const ALIAS_RE = /(?:^|[\s[{,])\*[^\s,[\]{}]/m;

function hasDirective(text: string): boolean {
  return /^%/m.test(text);
}

/** A parsed YAML document that can tell where each value sits. */
export class PositionedYaml {
  readonly doc: Document.Parsed;
  readonly lineCounter = new (yamlPackage().LineCounter)();
  readonly problems: YamlProblem[] = [];
  /** Offset of the parsed text in the file's text, to report file positions. */
  constructor(
    readonly text: string,
    readonly baseOffset: number,
    lang: Lang,
  ) {
    const directive = /^%.*$/m.exec(text);
    if (directive) {
      this.problems.push({
        rule: 'yaml-directive',
        offset: directive.index,
        message: messages(lang).load.yamlDirective(directive[0].trim()),
      });
    }
    const deepFlow = flowDepthExceeded(text) ?? deepBlockOffset(text);
    if (deepFlow !== undefined) {
      // The yaml package recurses per nesting level: refuse before it runs out of stack.
      this.problems.push(depthProblem(deepFlow, lang));
      this.doc = yamlPackage().parseDocument('', {
        version: '1.2',
        schema: 'core',
        lineCounter: this.lineCounter,
      });
      return;
    }
    try {
      this.doc = yamlPackage().parseDocument(
        directive ? text.replace(/^%.*$/gm, (m) => `#${m.slice(1)}`) : text,
        {
          version: '1.2',
          schema: 'core',
          lineCounter: this.lineCounter,
          prettyErrors: false,
          uniqueKeys: true,
          merge: false,
          strict: true,
          keepSourceTokens: false,
        },
      );
    } catch (error) {
      // Deep block nesting (thousands of indented levels) exhausts the parser's recursion.
      if (!(error instanceof RangeError)) throw error;
      this.problems.push(depthProblem(deepBlockOffset(text) ?? 0, lang));
      this.doc = yamlPackage().parseDocument('', {
        version: '1.2',
        schema: 'core',
        lineCounter: this.lineCounter,
      });
      return;
    }
    for (const error of this.doc.errors) this.problems.push(fromYamlError(error, lang));
    for (const warning of this.doc.warnings) {
      if (warning.code === 'TAG_RESOLVE_FAILED') this.problems.push(fromYamlError(warning, lang));
    }
    if (this.problems.length === 0) {
      const depthProblem = findExcessiveDepth(this.doc.contents as YamlNode | null, lang);
      if (depthProblem) this.problems.push(depthProblem);
    }
  }

  /** The value, when the document has no problem (aliases resolved, bounded). */
  toValue(lang: Lang): { ok: true; value: unknown } | { ok: false } {
    if (this.problems.length > 0) return { ok: false };
    try {
      return { ok: true, value: this.doc.toJS({ maxAliasCount: MAX_ALIASES }) };
    } catch {
      let offset = 0;
      yamlPackage().visit(this.doc, {
        Alias: (_key, node) => {
          offset = node.range?.[0] ?? 0;
          return yamlPackage().visit.BREAK;
        },
      });
      this.problems.push({
        rule: 'yaml-alias',
        offset,
        message: messages(lang).load.yamlAlias(MAX_ALIASES),
      });
      return { ok: false };
    }
  }

  /** 1-based line and column in the file of an offset in the parsed text. */
  position(offset: number, fileLineOf: (fileOffset: number) => { line: number; column: number }) {
    return fileLineOf(this.baseOffset + offset);
  }

  /**
   * The source offset of the value a JSON Pointer names. When the value is missing, the
   * offset of the deepest mapping or sequence that exists on the way (where the key belongs).
   * With `key: true`, the offset of the key of the last segment instead of its value.
   */
  locate(pointer: string, options: { key?: boolean } = {}): number {
    const segments = parsePointer(pointer);
    let node: unknown = this.doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      const last = i === segments.length - 1;
      if (yamlPackage().isMap(node)) {
        const pair = (node.items as Pair[]).find(
          (p) => yamlPackage().isScalar(p.key) && String(p.key.value) === segment,
        );
        if (!pair) return offset;
        if (last && options.key) return rangeStart(pair.key) ?? offset;
        node = pair.value;
        offset = rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset;
      } else if (yamlPackage().isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined) return offset;
        node = item;
        offset = rangeStart(item) ?? offset;
      } else {
        return offset;
      }
    }
    return offset;
  }
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] }).range;
    if (range) return range[0];
  }
  if (yamlPackage().isPair(node)) return rangeStart(node.key);
  return undefined;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function fromYamlError(
  error: { code: string; message: string; pos: [number, number] },
  lang: Lang,
): YamlProblem {
  const detail = error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
  const offset = error.pos[0];
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return {
        rule: 'yaml-duplicate-key',
        offset,
        message: messages(lang).load.yamlDuplicateKey,
      };
    case 'TAG_RESOLVE_FAILED':
      return {
        rule: 'yaml-tag',
        offset,
        message: messages(lang).load.yamlTag(detail.replace('Unresolved tag: ', '')),
      };
    case 'TAB_AS_INDENT':
      return {
        rule: 'yaml-syntax',
        offset,
        message: messages(lang).load.yamlTabIndent,
      };
    case 'RESOURCE_EXHAUSTION':
      if (/call stack/i.test(error.message)) return depthProblem(offset, lang);
      return {
        rule: 'yaml-alias',
        offset,
        message: messages(lang).load.yamlTooManyAliases,
      };
    default: {
      return {
        rule: 'yaml-syntax',
        offset,
        message: messages(lang).load.yamlSyntax(error.code, detail),
      };
    }
  }
}

function findExcessiveDepth(root: YamlNode | null, lang: Lang): YamlProblem | undefined {
  // Iterative, so that depth itself cannot overflow the stack.
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return depthProblem(rangeStart(node) ?? 0, lang);
    if (yamlPackage().isMap(node)) for (const p of node.items) stack.push([p.value, depth + 1]);
    else if (yamlPackage().isSeq(node)) for (const item of node.items) stack.push([item, depth + 1]);
  }
  return undefined;
}

function depthProblem(offset: number, lang: Lang): YamlProblem {
  return {
    rule: 'yaml-depth',
    offset,
    message: messages(lang).load.yamlDepth(MAX_DEPTH),
  };
}

/**
 * Offset where flow collections (`[`, `{`) nest deeper than MAX_DEPTH, if they do. A cheap scan
 * that skips quoted scalars and comments; block nesting is bounded by indentation and checked
 * on the parsed document instead.
 */
export function flowDepthExceeded(text: string): number | undefined {
  // Fewer opening brackets than the limit cannot nest beyond it: most files stop here.
  let openings = 0;
  for (let i = text.indexOf('['); i !== -1 && openings <= MAX_DEPTH; i = text.indexOf('[', i + 1)) openings++;
  for (let i = text.indexOf('{'); i !== -1 && openings <= MAX_DEPTH; i = text.indexOf('{', i + 1)) openings++;
  if (openings <= MAX_DEPTH) return undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === "'") {
      for (i++; i < text.length && text[i] !== "'"; i++);
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return undefined;
}
