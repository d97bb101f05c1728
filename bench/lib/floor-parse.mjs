// The floor of `charte validate`: read every *.md file of a directory and parse its front
// matter with the fastest safe YAML 1.2 core-schema parser (js-yaml 4), nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';

const { CORE_SCHEMA, load } = jsYaml;

const dir = process.argv[2];
let parsed = 0;
for (const name of readdirSync(dir)) {
  if (!name.endsWith('.md')) continue;
  const text = readFileSync(join(dir, name), 'utf8');
  const end = text.indexOf('\n---', 3);
  load(text.slice(3, end), { schema: CORE_SCHEMA });
  parsed++;
}
process.stdout.write(`${parsed}\n`);
