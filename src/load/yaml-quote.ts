/**
 * One quoting rule for every value the program writes into front matter (an edit's new entry in
 * src/edit/scalar.ts, a template's value in src/render/yaml-value.ts): a string may be written
 * plain only when every reader takes the plain text back as that same string: the loader's two
 * paths (js-yaml with the exact YAML 1.2 core schema, the `yaml` package), and a YAML 1.1 reader
 * (Ruby's Psych, PyYAML, many static site tools read `yes`, `1_000`, `1:20`, `0b101` as a
 * boolean or a number). A calendar date stays plain, as in every charter: the project reads
 * YAML 1.2, where it is text. Anything else is quoted (double quotes, escapes where needed).
 */
import jsYaml from 'js-yaml';
import { parse } from 'yaml';
import { isValidDate } from '../model/dates.js';
import { CORE_SCHEMA_12 } from './yaml.js';

/** YAML 1.1 words read as booleans or null, in any case (a few more than the spec: quoting them is harmless). */
const YAML11_WORDS = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;
/** `---` and `...` start a line as document markers; `=` is YAML 1.1's value key. */
const MARKERS = /^(?:---|\.\.\.|=$)/;
/** Outside YAML's printable set (U+FFFE, U+FFFF, control characters...): never plain. */
const NON_PRINTABLE = /[^\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

function readsAs(read: () => unknown, value: string, allowDate = false): boolean {
  try {
    const result = read();
    return result === value || (allowDate && result instanceof Date && isValidDate(value));
  } catch {
    return false;
  }
}

/**
 * True when `value`, written as a plain scalar after `key: `, would not read back as the same
 * string in every reader (the loader's two paths, YAML 1.1): such a value must be quoted.
 */
export function mustQuote(value: string): boolean {
  if (value === '' || value.trim() !== value || YAML11_WORDS.test(value) || MARKERS.test(value)) return true;
  if (NON_PRINTABLE.test(value)) return true;
  return !(
    readsAs(() => jsYaml.load(value, { schema: CORE_SCHEMA_12 }), value) &&
    readsAs(() => parse(value, { version: '1.2', schema: 'core', strict: true }), value) &&
    readsAs(() => parse(value, { version: '1.1' }), value, true)
  );
}
