import { type Command, Option } from 'commander';
import { messages } from '../../i18n/catalogue.js';
import type { CliContext } from '../context.js';
import { commandHelp } from '../help.js';

export function registerTemplates(program: Command, ctx: CliContext): void {
  const h = messages(ctx.lang).help.templates;
  program
    .command('templates')
    .description(h.description)
    .argument('[dirs...]', h.argDirs)
    .addOption(new Option('--format <format>', h.format).choices(['text', 'json']).default('text'))
    .addHelpText('after', commandHelp(ctx.lang, h.examples))
    .action(async (dirs: string[], options: { format: 'text' | 'json' }) => {
      const { listTemplates, formatTemplates } = await import('../../init/templates-list.js');
      const templates = listTemplates(dirs, ctx.cwd, ctx.lang);
      ctx.stdout.write(formatTemplates(templates, options.format, ctx.lang, ctx.color));
      ctx.exitCode = 0;
    });
}
