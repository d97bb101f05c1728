/**
 * The JSON Schema check: ajv (2020-12) with ajv-formats, compiled at build time, its errors
 * turned into sentences that say what is wrong, where, and how to fix it.
 */
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import localize from 'ajv-i18n';
import type { CharterFile } from '../load/charter-file.js';
import { schemaPath } from '../paths.js';
import precompiled from './charter-validator.generated.js';
import { describeSchemaError } from './messages.js';
import type { SchemaNode } from './schema-node.js';

export type { SchemaNode };

export interface LoadedSchema {
  schema: SchemaNode;
  validate: ValidateFunction;
}

let loaded: LoadedSchema | undefined;

export function readSchema(): SchemaNode {
  return JSON.parse(readFileSync(schemaPath, 'utf8')) as SchemaNode;
}

/**
 * The schema and its validator, compiled ahead of time (scripts/build-validator.mjs): loading
 * the generated module costs a few milliseconds where compiling the schema costs ~300.
 */
export function loadSchema(): LoadedSchema {
  loaded ??= { schema: readSchema(), validate: precompiled as unknown as ValidateFunction };
  return loaded;
}

/** Checks the front matter against the schema; adds one diagnostic per meaningful ajv error. */
export function checkSchema(file: CharterFile): void {
  const { validate } = loadSchema();
  if (validate(file.data)) return;
  const described = (validate.errors ?? [])
    .filter(keepError)
    .map((error) => describeSchemaError(error, file.lang, fallbackMessage(error, file.lang)));
  // A misspelt key reports once, as an unknown key with its did-you-mean, not also as missing.
  const misspelt = new Set(described.flatMap((d) => (d.misspells ? [d.misspells] : [])));
  for (const d of described) {
    if (d.missing !== undefined && misspelt.has(d.missing)) continue;
    file.addAt(d.pointer, { severity: 'error', rule: d.rule, message: d.message }, { key: d.atKey === true });
  }
}

/** `if` errors only say "must match then": the `then` branch's own errors say what is missing. */
function keepError(error: ErrorObject): boolean {
  return error.keyword !== 'if';
}

function fallbackMessage(error: ErrorObject, lang: 'fr' | 'en'): string {
  const copy = { ...error };
  if (lang === 'fr') (localize as unknown as typeof localize.default).fr([copy]);
  return copy.message ?? error.keyword;
}
