// Writes src/model/charter.generated.ts from schemas/charter.schema.json: the schema is the one
// source of the charter's types. `npm run gen:types` after editing the schema; a test fails when
// the generated file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

export async function generateCharterTypes() {
  const schema = JSON.parse(readFileSync(new URL('../schemas/charter.schema.json', import.meta.url), 'utf8'));
  const banner = '/* Generated from schemas/charter.schema.json by `npm run gen:types`. Do not edit. */';
  // Titles are bilingual labels for editors; without them, type names come from the $defs keys.
  // (A `title` annotation is a string; a property named `title` is a schema object and stays.)
  const untitled = JSON.parse(JSON.stringify(schema), (key, value) =>
    key === 'title' && typeof value === 'string' ? undefined : value,
  );
  untitled.title = 'Charter';
  delete untitled.$id;
  untitled.properties.extensions.additionalProperties = true;
  return compile(untitled, 'Charter', {
    bannerComment: banner,
    additionalProperties: false,
    strictIndexSignatures: true,
    unreachableDefinitions: false,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
    ignoreMinAndMaxItems: true,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ts = await generateCharterTypes();
  writeFileSync(new URL('../src/model/charter.generated.ts', import.meta.url), ts);
  console.log('src/model/charter.generated.ts written');
}
