/**
 * YAML values for templates, emitted by the `yaml` package rather than by hand: whatever an
 * answer holds (quotes, colons, `#`, newlines, `---`, leading spaces, `yes`, digits, accents,
 * control characters), the text written reads back as the same value under the YAML 1.2 core
 * schema that the loader uses. `test/render-yaml.test.ts` proves it with fast-check.
 */
import { parse, stringify } from 'yaml';
import { parseYamlFast } from '../load/yaml.js';
import { mustQuote } from '../load/yaml-quote.js';

const SINGLE_LINE = { version: '1.2', lineWidth: 0, blockQuote: false } as const;
const FLOW = {
  ...SINGLE_LINE,
  collectionStyle: 'flow',
  flowCollectionPadding: false,
  doubleQuotedAsJSON: true,
} as const;

/** Prose longer than a line goes into a folded block scalar (`>-`), when the template gives an indent. */
const BLOCK_LINE_WIDTH = 80;
const BLOCK_FROM = BLOCK_LINE_WIDTH - 2;

export class YamlValueError extends Error {}

/**
 * The YAML text of `value`, to be placed right after `key: ` in a template.
 *
 * Without `indent`, the text is a single line (strings double-quoted with escapes when needed;
 * arrays and objects in flow style), so it is safe at any position. With `indent` (the column of
 * the key), a long or multi-line string becomes a block scalar whose lines are indented below
 * that key.
 */
export function yamlValue(value: unknown, indent?: number): string {
  if (value === undefined) {
    throw new YamlValueError('undefined value: guard it with {{#if (defined …)}}');
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new YamlValueError(`${value} has no YAML 1.2 core schema form`);
  }
  if (
    typeof value === 'string' &&
    indent !== undefined &&
    (value.includes('\n') || value.length > BLOCK_FROM)
  ) {
    return blockString(value, indent);
  }
  if (typeof value === 'string') return singleLineString(value);
  // js-yaml, the loader's fast path, reads `-0` as 0: write what both parsers agree on.
  if (Object.is(value, -0)) return '0';
  const text = stringify(value, FLOW).replace(/\n$/, '');
  return text.includes('\n') ? JSON.stringify(value) : text;
}

function singleLineString(value: string): string {
  let text = stringify(value, SINGLE_LINE).replace(/\n$/, '');
  // A line break in the value would continue the scalar on the next line, where the template's
  // indentation is unknown; a plain value that some reader would not take back as this string
  // (`yes`, `1:20`, `0b101`: the one quoting rule, src/load/yaml-quote.ts) is double-quoted too.
  if (text.includes('\n') || (!/^["']/.test(text) && mustQuote(value))) {
    text = stringify(value, {
      ...SINGLE_LINE,
      defaultStringType: 'QUOTE_DOUBLE',
      doubleQuotedAsJSON: true,
    }).replace(/\n$/, '');
  }
  // JSON is YAML 1.2 and never breaks a line.
  return text.includes('\n') ? JSON.stringify(value) : text;
}

function blockString(value: string, indent: number): string {
  // Stringified as the value of a key at column 0, then shifted under the real key: the block
  // scalar's lines (and any indentation indicator) stay relative to their parent.
  const text = stringify(
    { k: value },
    {
      version: '1.2',
      lineWidth: BLOCK_LINE_WIDTH,
      minContentWidth: 30,
      indent: 2,
      // Folded (`>-`) where the text allows it: prose reads as prose; the package falls back
      // to a literal block or to quotes when folding would change the value.
      defaultStringType: 'BLOCK_FOLDED',
      defaultKeyType: 'PLAIN',
    },
  ).replace(/\n$/, '');
  // The package's folding is not faithful for every text (a more-indented first line, spaces
  // before a line break): the block is read back by both of the loader's parsers, and any doubt
  // falls back to a quoted single line, which always is.
  if (!text.startsWith('k:') || !readsBack(text, value)) return singleLineString(value);
  const rest = text.slice('k:'.length).replace(/^ /, '');
  const pad = ' '.repeat(indent);
  return rest
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n');
}

function readsBack(text: string, value: string): boolean {
  try {
    const fast = parseYamlFast(text);
    const slow = parse(text, { version: '1.2', schema: 'core' }) as { k?: unknown } | null;
    return fast.ok && (fast.value as { k?: unknown } | null)?.k === value && slow?.k === value;
  } catch {
    return false;
  }
}
