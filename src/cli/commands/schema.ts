import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { commandHelp } from '../help.js';

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
      commandHelp(ctx.lang, {
        fr: ['charte schema > charter.schema.json', "charte schema | jq '.properties.kind.enum'"],
        en: ['charte schema > charter.schema.json', "charte schema | jq '.properties.kind.enum'"],
      }),
    )
    .action(async () => {
      const { readFile } = await import('node:fs/promises');
      const { schemaPath } = await import('../../paths.js');
      ctx.stdout.write(await readFile(schemaPath, 'utf8'));
    });
}
