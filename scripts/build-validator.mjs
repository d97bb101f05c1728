// Writes src/validate/charter-validator.generated.ts: the schema compiled ahead of time by ajv's
// standalone mode, so that `charte validate` does not spend ~300 ms compiling at every start.
// `npm run gen:validator` after editing the schema; a test fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';

export function ajvOptions() {
  return { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true };
}

export function createAjv(extra = {}) {
  const ajv = new Ajv2020.default({ ...ajvOptions(), ...extra });
  addFormats.default(ajv, { mode: 'full', formats: ['date', 'email', 'uri'] });
  ajv.addKeyword({ keyword: 'x-label', schemaType: 'object' });
  return ajv;
}

export function generateValidator() {
  const schema = JSON.parse(readFileSync(new URL('../schemas/charter.schema.json', import.meta.url), 'utf8'));
  const ajv = createAjv({ code: { source: true, esm: true } });
  const validate = ajv.compile(schema);
  const code = standaloneCode.default(ajv, validate);
  // ajv's standalone code calls require() for its runtime helpers, even in ESM output.
  const header = [
    '// @ts-nocheck',
    '/* Generated from schemas/charter.schema.json by `npm run gen:validator`. Do not edit. */',
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
  ].join('\n');
  return `${header}\n${code.replace(/^"use strict";/, '')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(
    new URL('../src/validate/charter-validator.generated.ts', import.meta.url),
    generateValidator(),
  );
  console.log('src/validate/charter-validator.generated.ts written');
}
