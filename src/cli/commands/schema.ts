import type { Command } from 'commander';
import { messages } from '../../i18n/catalogue.js';
import type { CliContext } from '../context.js';
import { commandHelp } from '../help.js';

export function registerSchema(program: Command, ctx: CliContext): void {
  const h = messages(ctx.lang).help.schema;
  program
    .command('schema')
    .description(h.description)
    .addHelpText('after', commandHelp(ctx.lang, h.examples))
    .action(async () => {
      const { readFile } = await import('node:fs/promises');
      const { schemaPath } = await import('../../paths.js');
      ctx.stdout.write(await readFile(schemaPath, 'utf8'));
    });
}
