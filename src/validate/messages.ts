/**
 * ajv errors turned into sentences (as commitlint's config-validator does): what is wrong, at
 * which key, and how to fix it, in French or English. Keywords without a sentence of their own
 * fall back to ajv-i18n's French or ajv's English message.
 */

import type { ErrorObject } from 'ajv';
import { type Catalogue, messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { joinList } from '../i18n/index.js';
import { parsePointer } from '../load/yaml.js';
import type { SchemaNode } from './schema-node.js';
import { didYouMean } from './suggest.js';

export interface DescribedError {
  rule: string;
  message: string;
  pointer: string;
  /** Point at the key rather than its value (unknown keys). */
  atKey?: boolean;
  /** For an unknown key close to a known one: the pointer of the known key it misspells. */
  misspells?: string;
  /** For a missing required key: its pointer. */
  missing?: string;
}

/** `entities[1].country` for `/entities/1/country`: how people read a location in the front matter. */
export function fieldPath(pointer: string, lang: Lang = 'en'): string {
  const parts = parsePointer(pointer);
  if (parts.length === 0) return messages(lang).validate.frontMatterWhere;
  let out = '';
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

function code(value: unknown): string {
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

function typeName(value: unknown, lang: Lang): string {
  if (value === null) return messages(lang).validate.kindEmpty;
  if (Array.isArray(value)) return messages(lang).validate.kindList;
  switch (typeof value) {
    case 'string':
      return messages(lang).validate.kindText;
    case 'number':
      return messages(lang).validate.kindNumber;
    case 'boolean':
      return messages(lang).validate.kindBoolean;
    case 'object':
      return messages(lang).validate.kindMapping;
    default:
      return typeof value;
  }
}

function expectedType(type: string, lang: Lang): string {
  switch (type) {
    case 'string':
      return messages(lang).validate.expectText;
    case 'integer':
      return messages(lang).validate.expectInteger;
    case 'number':
      return messages(lang).validate.expectNumber;
    case 'boolean':
      return messages(lang).validate.expectBoolean;
    case 'array':
      return messages(lang).validate.expectList;
    case 'object':
      return messages(lang).validate.expectMapping;
    default:
      return type;
  }
}

/** Hints for patterns (catalogue keys), by the schema location that holds the pattern. */
const PATTERN_HINTS: ReadonlyArray<[RegExp, keyof Catalogue['validate']['patternHints']]> = [
  [/\$defs\/slug\/pattern$/, 'slug'],
  [/country\/pattern$/, 'country'],
  [/currency\/pattern$/, 'currency'],
  [/language\/pattern$/, 'language'],
  [/\$defs\/text\/pattern$/, 'text'],
  [/actionRef\/pattern$/, 'actionRef'],
  [/objective\/pattern$/, 'objective'],
  [/commitment\/properties\/id\/pattern$/, 'commitmentId'],
];

function knownKeys(schema: SchemaNode | undefined): string[] {
  return schema?.properties ? Object.keys(schema.properties) : [];
}

export function describeSchemaError(error: ErrorObject, lang: Lang, fallback: string): DescribedError {
  const at = error.instancePath;
  const where = fieldPath(at, lang);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty);
      return {
        rule: 'required',
        pointer: at,
        missing: `${at}/${key}`,
        message: messages(lang).validate.requiredKey(key, where),
      };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const suggestion = didYouMean(key, knownKeys(error.parentSchema as SchemaNode | undefined));
      const pointer = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const hint = suggestion
        ? messages(lang).validate.unknownKeyDidYouMean(suggestion)
        : messages(lang).validate.unknownKeyKnown(knownKeys(error.parentSchema as SchemaNode).join(', '));
      return {
        rule: 'unknown-key',
        pointer,
        atKey: true,
        ...(suggestion ? { misspells: `${at}/${suggestion}` } : {}),
        message: messages(lang).validate.unknownKey(key, where, hint),
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = error.data;
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      const list = allowed.map((v) => `\`${v}\``).join(', ');
      const head = messages(lang).validate.enumHead(code(value), where);
      const tail = suggestion
        ? messages(lang).validate.enumDidYouMean(suggestion, list)
        : messages(lang).validate.enumAllowed(list);
      return { rule: 'enum', pointer: at, message: messages(lang).validate.enumValue(head, tail) };
    }
    case 'const':
      return {
        rule: 'const',
        pointer: at,
        message: messages(lang).validate.constValue(where, code(params.allowedValue), code(error.data)),
      };
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((t) => expectedType(t, lang));
      const found = typeName(error.data, lang);
      const quoteHint =
        params.type === 'string' && (typeof error.data === 'number' || typeof error.data === 'boolean')
          ? messages(lang).validate.quoteHint(String(error.data))
          : '';
      return {
        rule: 'type',
        pointer: at,
        message: messages(lang).validate.wrongType(
          where,
          joinList(expected, lang, { fr: 'ou', en: 'or' }),
          found,
          quoteHint,
        ),
      };
    }
    case 'format': {
      if (params.format === 'date') {
        return {
          rule: 'date',
          pointer: at,
          message: messages(lang).validate.notACalendarDate(code(error.data), where),
        };
      }
      const what =
        params.format === 'email' ? messages(lang).validate.formatEmail : messages(lang).validate.formatUri;
      return {
        rule: 'format',
        pointer: at,
        message: messages(lang).validate.wrongFormat(code(error.data), what, where),
      };
    }
    case 'pattern': {
      const hint = PATTERN_HINTS.find(([re]) => re.test(error.schemaPath))?.[1];
      const expected = hint ? messages(lang).validate.patternHints[hint] : `/${String(params.pattern)}/`;
      return {
        rule: 'pattern',
        pointer: at,
        message: messages(lang).validate.patternMismatch(code(error.data), where, expected),
      };
    }
    case 'minLength':
      return {
        rule: 'pattern',
        pointer: at,
        message: messages(lang).validate.emptyText(where),
      };
    case 'minItems': {
      const n = Number(params.limit);
      return {
        rule: 'minItems',
        pointer: at,
        message: messages(lang).validate.minItems(where, n, (error.data as unknown[]).length),
      };
    }
    case 'minimum':
    case 'maximum': {
      const bound = Number(params.limit);
      const min = error.keyword === 'minimum';
      return {
        rule: error.keyword,
        pointer: at,
        message: messages(lang).validate.outOfRange(where, code(error.data), min, bound),
      };
    }
    case 'uniqueItems':
      return {
        rule: 'uniqueItems',
        pointer: `${at}/${String(params.i)}`,
        // ajv counts from 0; people count from 1.
        message: messages(lang).validate.uniqueItems(
          where,
          String(Number(params.j) + 1),
          String(Number(params.i) + 1),
        ),
      };
    default:
      return {
        rule: error.keyword,
        pointer: at,
        message: messages(lang).validate.minimum(where, fallback),
      };
  }
}
