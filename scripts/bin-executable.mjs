// Makes the built entry points executable: tsc writes every file 0644, and `npx charte` (or
// `./dist/cli/bin.js`) then depends on npm setting the mode itself, which it does not always do
// (after `npm ci` and other installs in the same clone, it ran into "Permission denied").
import { chmodSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const bins = typeof pkg.bin === 'string' ? [pkg.bin] : Object.values(pkg.bin ?? {});
for (const bin of bins) chmodSync(new URL(`../${bin}`, import.meta.url), 0o755);
