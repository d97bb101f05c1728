/**
 * Every regular expression of the program, checked for catastrophic backtracking (ReDoS):
 * charter text, front matter, paths, git output and messages all reach some of them, and one
 * that backtracks exponentially (the SVG sniffing of export, issue 13 item 7) hung a command on
 * a 421-byte file. Rather than sort which ones see user input, all are checked, two ways:
 *
 * - `recheck` (a ReDoS checker: automaton analysis, fuzzing when that is too slow) must find
 *   each one safe;
 * - adversarial inputs (long runs of the characters regular expressions trip on) must each be
 *   matched within a time bound.
 *
 * The expressions are the regular expression literals of src/, found with the TypeScript parser
 * (a new one is checked without anyone listing it), and the few built at run time, listed below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));

interface Found {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    // The generated validator is ajv's output: its patterns come from the schema, checked below.
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.generated.ts') ? [path] : [];
  });
}

function regexLiterals(): Found[] {
  const found: Found[] = [];
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sourceFile);
        const end = literal.lastIndexOf('/');
        const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
        found.push({
          where: `${file.slice(srcDir.length)}:${line + 1}`,
          source: literal.slice(1, end),
          flags: literal.slice(end + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

/** Expressions built at run time (`new RegExp`), with the values they are built from. */
function builtAtRunTime(): Found[] {
  const schema = JSON.parse(
    readFileSync(fileURLToPath(new URL('../schemas/charter.schema.json', import.meta.url)), 'utf8'),
  ) as unknown;
  const patterns: Found[] = [];
  const visit = (value: unknown, pointer: string) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(v, `${pointer}/${i}`);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'pattern' && typeof v === 'string') {
          patterns.push({ where: `charter.schema.json#${pointer}`, source: v, flags: 'u' });
        } else visit(v, `${pointer}/${key}`);
      }
    }
  };
  visit(schema, '');
  // src/history/version-state.ts: a top-level key of the front matter, by name.
  for (const name of ['signatures', 'version', 'decisions']) {
    patterns.push({
      where: 'history/version-state.ts (key line)',
      source: `^${name}[ \\t]*:[ \\t]*\r?$`,
      flags: '',
    });
  }
  return patterns;
}

const ALL = [...regexLiterals(), ...builtAtRunTime()];

/** Long runs of what makes backtracking explode, alone and in pairs, with a failing end. */
function adversarialInputs(): string[] {
  const atoms = [
    ' ',
    '\t',
    '\n',
    '\r\n',
    '-',
    '#',
    '*',
    '_',
    '[',
    '<',
    '>',
    '"',
    "'",
    '\\',
    '/',
    '.',
    '0',
    'a',
    '@',
    ':',
    '<!---->',
    '(Did you mean ',
    "' is invalid for argument '",
  ];
  const inputs: string[] = [];
  for (const atom of atoms) {
    const run = atom.repeat(Math.ceil(20_000 / atom.length));
    inputs.push(run, `${run}\u0000`, `x${run}!`);
  }
  for (const [a, b] of [
    [' ', '\t'],
    ['a', '@'],
    ['-', 'a'],
    ['"', '\\'],
    ['[', ']'],
    ['<', '!'],
    ['.', 'a'],
  ] as const) {
    inputs.push(`${(a + b).repeat(10_000)}\u0000`);
  }
  return inputs;
}

describe('regular expressions', () => {
  it('finds the expressions to check', () => {
    // The literals of src/ (175 when this test was written) and the schema's patterns.
    expect(ALL.length).toBeGreaterThan(100);
    expect(ALL.some((f) => f.where.startsWith('export/assets.ts'))).toBe(true);
  });

  it('recheck finds every one safe from catastrophic backtracking', () => {
    const unsafe: string[] = [];
    for (const found of ALL) {
      const flags = found.flags.replace(/[gy]/g, '');
      let result = checkSync(found.source, flags, { timeout: 10_000 });
      // The automaton analysis gives up on some large expressions: fuzzing decides them.
      if (result.status === 'unknown')
        result = checkSync(found.source, flags, { checker: 'fuzz', timeout: 30_000 });
      if (result.status !== 'safe') {
        const attack = result.status === 'vulnerable' ? result.attack.pattern : result.error.kind;
        unsafe.push(`${found.where} /${found.source}/${found.flags}: ${result.status} (${attack})`);
      }
    }
    expect(unsafe).toEqual([]);
  }, 600_000);

  it('matches every adversarial input within a time bound', () => {
    const inputs = adversarialInputs();
    const slow: string[] = [];
    for (const found of ALL) {
      const pattern = new RegExp(found.source, found.flags.replace(/[gy]/g, ''));
      const global = new RegExp(found.source, `${found.flags.replace(/[gy]/g, '')}g`);
      for (const input of inputs) {
        const started = performance.now();
        pattern.test(input);
        input.replace(global, '');
        const ms = performance.now() - started;
        // Linear matching of 20,000 characters takes well under a millisecond; quadratic, seconds.
        if (ms > 250)
          slow.push(
            `${found.where} /${found.source}/: ${Math.round(ms)} ms on ${JSON.stringify(input.slice(0, 24))}…`,
          );
      }
    }
    expect(slow).toEqual([]);
  }, 600_000);
});
