/**
 * Where the package's own files are. This module sits one level below the package root both in
 * src/ (tests) and in dist/ (the built CLI), so the same relative URL works from either.
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
