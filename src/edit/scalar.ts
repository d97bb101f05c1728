/**
 * Writing new YAML values in a file's own style. The `yaml` package lays the values out; whether a
 * string may stay plain is decided by the program's one quoting rule (`mustQuote`, in
 * src/load/yaml-quote.ts, shared with the templates' values): a value that any reader (the
 * loader's two paths, a YAML 1.1 tool) would not read back as the same string is double-quoted.
 */
import { Document, isMap, isPair, isScalar, isSeq, Scalar } from 'yaml';
import { mustQuote } from '../load/yaml-quote.js';

/**
 * A mapping the editor writes: a signature, a decision, an avenant. Values are strings, numbers,
 * lists of strings or one level of nested mapping (a decision's `file`). Key order is the order written.
 */
export type EntryValue = string | number | boolean | readonly string[] | Readonly<Record<string, string>>;
export type FlatEntry = Readonly<Record<string, EntryValue>>;

const STRINGIFY = { lineWidth: 0, minContentWidth: 0, indent: 2 } as const;

/** True for a string that must be quoted to read back as itself everywhere (see `mustQuote`). */
export function ambiguousInYaml11(value: string): boolean {
  return mustQuote(value);
}

/** Quotes, at every depth, the strings a YAML 1.1 reader would read as something else. */
function quoteAmbiguous(node: unknown): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && ambiguousInYaml11(node.value)) node.type = Scalar.QUOTE_DOUBLE;
  } else if (isMap(node) || isSeq(node)) {
    for (const item of node.items) {
      if (isPair(item)) quoteAmbiguous(item.value);
      else quoteAmbiguous(item);
    }
  }
}

function entryDocument(entry: FlatEntry): Document {
  const doc = new Document(entry, { version: '1.2' });
  if (!isMap(doc.contents)) throw new TypeError('entry must be a mapping');
  quoteAmbiguous(doc.contents);
  return doc;
}

/**
 * The lines of a block mapping (`key: value`, one per line, without line endings). Values are
 * one line each: callers refuse control characters before getting here.
 */
export function blockMapLines(entry: FlatEntry): string[] {
  const text = entryDocument(entry).toString(STRINGIFY);
  return text.replace(/\n$/, '').split('\n');
}

/** A flow mapping on one line: `{entity: x, date: 2024-01-01}` (`{ ... }` with `padding`). */
export function flowMap(entry: FlatEntry, padding: boolean): string {
  const doc = entryDocument(entry);
  (doc.contents as { flow?: boolean }).flow = true;
  return doc.toString({ ...STRINGIFY, flowCollectionPadding: padding }).replace(/\n$/, '');
}

/** A single scalar as it would be written after `key: ` (used for `version: 3`). */
export function scalarText(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return blockMapLines({ v: value })[0]!.slice('v: '.length);
}

/** Control characters, line and paragraph separators: values given on the command line hold none. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
