import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { exitCodesHelp } from '../help.js';

export function registerSchema(program: Command, ctx: CliContext): void {
  const fr = ctx.lang === 'fr';
  program
    .command('schema')
    .description(
      fr
        ? 'affiche le JSON Schema des chartes (pour les éditeurs : complétion et aide au survol)'
        : 'print the JSON Schema of charters (for editors: completion and hover help)',
    )
    .addHelpText(
      'after',
      `${
        fr
          ? `
Exemples :
  $ charte schema > charter.schema.json
  $ charte schema | jq '.properties.kind.enum'`
          : `
Examples:
  $ charte schema > charter.schema.json
  $ charte schema | jq '.properties.kind.enum'`
      }\n${exitCodesHelp(ctx.lang)}`,
    )
    .action(async () => {
      const { readFile } = await import('node:fs/promises');
      const { schemaPath } = await import('../../paths.js');
      ctx.stdout.write(await readFile(schemaPath, 'utf8'));
    });
}
