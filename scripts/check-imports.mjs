#!/usr/bin/env node
/**
 * The import boundaries of src/ (run by `npm run check`; biome has no such rule).
 *
 * src/ is a pipeline of layers; a module imports its own folder and the layers below it, never a
 * layer above it nor a sibling folder of its own layer, and no chain of imports comes back to
 * where it started (a cycle), static, dynamic (`import()`) or type-only alike:
 *
 *   0  i18n                 one catalogue per language, plurals, formats
 *   1  model                the charter's types, dates, derived state (labels use i18n's Lang)
 *   2  load, git, text      reading files; running git; the text the data writes (blocks, grammar, typography)
 *   3  validate, report     checking; reporters
 *   4  edit, history, render
 *   5  lifecycle, export, init, completion
 *   6  portfolio, opendata  the committee's report and the open data: renew's standings, drawn or published
 *   7  cli, index.ts        the program; the public API
 *
 * Files directly in src/ (diagnostics.ts, paths.ts: errors and package paths) may be imported
 * from anywhere and import nothing from src/.
 *
 *   node scripts/check-imports.mjs [srcDir]   # exit 1 with one line per forbidden import or cycle
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAYERS = [
  ['i18n'],
  ['model'],
  ['load', 'git', 'text'],
  ['validate', 'report'],
  ['edit', 'history', 'render'],
  ['lifecycle', 'export', 'init', 'completion'],
  ['portfolio', 'opendata'],
  ['cli', 'index.ts'],
];
/** Files directly in src/ that every layer may use (they import nothing from src/). */
export const SHARED = ['diagnostics.ts', 'paths.ts'];

const RANK = new Map(LAYERS.flatMap((names, rank) => names.map((name) => [name, rank])));

/** The specifiers a module imports: `import … from`, `export … from`, `import '…'`, `import('…')`. */
export function importSpecifiers(source) {
  // Comments out first (keeping line numbers), so that an example in a comment is not an import.
  const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (comment) => comment.replace(/[^\n]/g, ' '));
  const found = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) {
      const line = code.slice(0, match.index).split('\n').length;
      found.push({ specifier: match[1], line });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/** The unit a file belongs to: its top folder under src/, or its own name when directly in src/. */
function unitOf(srcDir, file) {
  return relative(srcDir, file).split(sep)[0];
}

function listSources(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listSources(path));
    else if (/\.(?:[cm]?ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** `./x.js` → the `./x.ts` file it names in the sources, when it is one. */
function resolveSource(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const target = resolve(dirname(from), specifier);
  const candidates = [
    target,
    target.replace(/\.([cm]?)js$/, '.$1ts'),
    `${target}.ts`,
    join(target, 'index.ts'),
  ];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

/** Every forbidden import and every cycle under `srcDir`, as sentences naming file:line. */
export function checkImports(srcDir) {
  const problems = [];
  const files = listSources(srcDir);
  const graph = new Map();
  for (const file of files) {
    const unit = unitOf(srcDir, file);
    const edges = [];
    for (const { specifier, line } of importSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolveSource(file, specifier);
      if (target === undefined) continue;
      edges.push({ target, line });
      const targetUnit = unitOf(srcDir, target);
      if (targetUnit === unit) continue;
      const where = `${relative(srcDir, file)}:${line}`;
      const what = `imports ${relative(srcDir, target)}`;
      if (SHARED.includes(unit)) {
        problems.push(
          `src/${where}: ${what}: src/${unit} is shared by every layer and imports nothing from src/`,
        );
        continue;
      }
      if (SHARED.includes(targetUnit)) continue;
      const from = RANK.get(unit);
      const to = RANK.get(targetUnit);
      if (from === undefined || to === undefined) {
        const unknown = from === undefined ? unit : targetUnit;
        problems.push(
          `src/${where}: ${what}: src/${unknown} is in no layer: add it to LAYERS in scripts/check-imports.mjs`,
        );
      } else if (to > from) {
        problems.push(
          `src/${where}: ${what}: ${unit} (layer ${from}) must not import ${targetUnit} (layer ${to}, above it); move the shared code down`,
        );
      } else if (to === from) {
        problems.push(
          `src/${where}: ${what}: ${unit} and ${targetUnit} are side by side (layer ${from}) and must not import each other; move the shared code down`,
        );
      }
    }
    graph.set(file, edges);
  }
  for (const cycle of findCycles(graph)) {
    const names = cycle.map((file) => relative(srcDir, file));
    problems.push(
      `import cycle: ${[...names, names[0]].join(' → ')}; break it by moving the shared code into a module of its own`,
    );
  }
  return problems;
}

/** The cycles of the import graph: one per strongly connected component (Tarjan), as a path through it. */
function findCycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const { target } of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node), low.get(target)));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node), index.get(target)));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).some(({ target }) => target === node);
      if (component.length > 1 || selfLoop) components.push(new Set(component));
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  // A readable path: from the component's first file, follow edges inside it until one comes back.
  return components.map((members) => {
    const start = [...members].sort()[0];
    const path = [start];
    const seen = new Set(path);
    let current = start;
    for (;;) {
      const next = (graph.get(current) ?? [])
        .map((e) => e.target)
        .find((t) => members.has(t) && (t === start || !seen.has(t)));
      if (next === undefined || next === start) break;
      path.push(next);
      seen.add(next);
      current = next;
    }
    return path;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const srcDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../src', import.meta.url)));
  const problems = checkImports(srcDir);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(
      `check-imports: ${problems.length} problem(s); the layers are described in scripts/check-imports.mjs`,
    );
    process.exit(1);
  }
  console.log(`check-imports: ${listSources(srcDir).length} modules, imports one-way`);
}
