// `npm run bench`: builds nothing, runs every bench/*.bench.mjs in turn (they need dist/: `npm run build`).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
let failed = 0;
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith('.bench.mjs'))
  .sort()) {
  if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, [`${dir}${name}`], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
