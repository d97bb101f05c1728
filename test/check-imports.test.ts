/** The import boundaries (scripts/check-imports.mjs, run by `npm run check`): one-way layers, no cycles. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types.
import { checkImports, importSpecifiers } from '../scripts/check-imports.mjs';
import { tempDir, writeTree } from './helpers/tmp.js';

const script = fileURLToPath(new URL('../scripts/check-imports.mjs', import.meta.url));
const src = fileURLToPath(new URL('../src', import.meta.url));

/** A small src/ tree that keeps the rules. */
const clean = {
  'i18n/index.ts': 'export type Lang = "fr" | "en";\n',
  'model/charter.ts': "import type { Lang } from '../i18n/index.js';\nexport const x = 1;\n",
  'load/read.ts':
    "import { x } from '../model/charter.js';\nimport { fail } from '../diagnostics.js';\nexport const y = x;\n",
  'cli/main.ts': "export async function main() { return import('../load/read.js'); }\n",
  'diagnostics.ts': 'export function fail() {}\n',
};

function run(dir: string) {
  return spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
}

describe('check-imports', () => {
  it('passes on the project’s own sources', () => {
    expect(checkImports(src)).toEqual([]);
    const result = run(src);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^check-imports: \d+ modules, imports one-way\n$/);
  });

  it('passes on a tree that keeps the layers', () => {
    const dir = writeTree(tempDir(), clean);
    expect(checkImports(dir)).toEqual([]);
  });

  it('fails on an import of a higher layer, naming file:line and both layers', () => {
    const dir = writeTree(tempDir(), {
      ...clean,
      'model/charter.ts':
        "import type { Lang } from '../i18n/index.js';\n\nimport { main } from '../cli/main.js';\nexport const x = 1;\n",
    });
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'src/model/charter.ts:3: imports cli/main.ts: model (layer 1) must not import cli (layer 7, above it); move the shared code down',
    );
    // The same import, found in a dynamic import() and in a type-only import.
    for (const line of [
      "const m = await import('../cli/main.js');",
      "import type { main } from '../cli/main.js';",
    ]) {
      writeTree(dir, { 'model/charter.ts': `${line}\nexport const x = 1;\n` });
      expect(checkImports(dir)).toContainEqual(
        expect.stringContaining('model (layer 1) must not import cli'),
      );
    }
  });

  it('fails on side-by-side folders, a shared file that imports src/, a folder in no layer, and a cycle', () => {
    const dir = writeTree(tempDir(), {
      ...clean,
      'git/run.ts': "import { y } from '../load/read.js';\n",
      'diagnostics.ts': "import { x } from './model/charter.js';\n",
      'stray/thing.ts': "import { x } from '../model/charter.js';\n",
      'load/a.ts': "import { b } from './b.js';\nexport const a = 1;\n",
      'load/b.ts': "export { a as b } from './a.js';\n",
    });
    const problems: string[] = checkImports(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'src/git/run.ts:1: imports load/read.ts: git and load are side by side (layer 2)',
        ),
        expect.stringContaining(
          'src/diagnostics.ts:1: imports model/charter.ts: src/diagnostics.ts is shared',
        ),
        expect.stringContaining('src/stray/thing.ts:1: imports model/charter.ts: src/stray is in no layer'),
        'import cycle: load/a.ts → load/b.ts → load/a.ts; break it by moving the shared code into a module of its own',
      ]),
    );
  });

  it('reads imports in code, not in comments or strings of other statements', () => {
    const code = [
      "// import { x } from '../cli/main.js';",
      '/* import("../cli/main.js") */',
      'import {',
      '  a,',
      "} from './a.js';",
      "export * from './b.js';",
      "import './c.js';",
      "const d = await import('./d.js');",
    ].join('\n');
    expect(importSpecifiers(code)).toEqual([
      { specifier: './a.js', line: 3 },
      { specifier: './b.js', line: 6 },
      { specifier: './c.js', line: 7 },
      { specifier: './d.js', line: 8 },
    ]);
  });
});
