/**
 * Where the package's own files are, and the one helper for the folder files share. This module
 * sits one level below the package root both in src/ (tests) and in dist/ (the built CLI), so the
 * same relative URL works from either. Every layer may import it; it imports nothing from src/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const packageRoot = fileURLToPath(new URL('..', import.meta.url));
export const schemaPath = fileURLToPath(new URL('../schemas/charter.schema.json', import.meta.url));
export const templatesDir = fileURLToPath(new URL('../templates', import.meta.url));

let version: string | undefined;
export function packageVersion(): string {
  version ??= (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  ).version;
  return version;
}

/**
 * The deepest folder that holds every one of `files` (paths split on `separator`), or '' when
 * they share none: `a/b/x.md` and `a/c/y.md` give `a`.
 */
export function commonDirectory(files: readonly string[], separator: string): string {
  const folders = files.map((path) => path.split(separator).slice(0, -1));
  const first = folders[0] ?? [];
  let shared = first.length;
  for (const folder of folders) {
    let i = 0;
    while (i < shared && i < folder.length && folder[i] === first[i]) i++;
    shared = i;
  }
  return first.slice(0, shared).join(separator);
}
