/**
 * Writing new YAML values in a file's own style. The `yaml` package decides when a scalar needs
 * quotes (quotes, colons, `#`, a leading `-`, `null`, numbers...); on top of that, values that a
 * YAML 1.1 reader (Ruby's Psych, PyYAML, many static site tools) would turn into a boolean, a
 * number or null are quoted too, so the file means the same thing to every tool that reads it.
 */
import { Document, isMap, isPair, isScalar, isSeq, Scalar } from 'yaml';

/**
 * A mapping the editor writes: a signature, a decision, an avenant. Values are strings, numbers,
 * lists of strings or one level of nested mapping (a decision's `file`). Key order is the order written.
 */
export type EntryValue = string | number | boolean | readonly string[] | Readonly<Record<string, string>>;
export type FlatEntry = Readonly<Record<string, EntryValue>>;

const YAML11_WORDS = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;
/** Integers, floats and sexagesimal numbers as YAML 1.1 reads them (`1_000`, `1:20`, `.5`). */
const YAML11_NUMBER = /^[-+]?(?:[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?$/;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$/;
const DOCUMENT_MARKER = /^(?:---|\.\.\.)/;

const STRINGIFY = { lineWidth: 0, minContentWidth: 0, indent: 2 } as const;

/** True for a string that a YAML 1.1 reader would not read back as the same string if left plain. */
export function ambiguousInYaml11(value: string): boolean {
  if (DATE_LIKE.test(value)) return false;
  return (
    YAML11_WORDS.test(value) || YAML11_NUMBER.test(value) || value === '=' || DOCUMENT_MARKER.test(value)
  );
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
