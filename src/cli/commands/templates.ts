import { type Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { commandHelp } from '../help.js';

export function registerTemplates(program: Command, ctx: CliContext): void {
  const fr = ctx.lang === 'fr';
  program
    .command('templates')
    .description(
      fr
        ? 'liste les modèles de charte disponibles (nom, description, langues)'
        : 'list the available charter templates (name, description, languages)',
    )
    .argument(
      '[dirs...]',
      fr
        ? 'dossiers de modèles de l’organisation à lister aussi'
        : 'organisation template folders to list as well',
    )
    .addOption(
      new Option('--format <format>', fr ? 'format de sortie' : 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      commandHelp(ctx.lang, {
        fr: [
          'charte templates',
          'charte templates ./modeles --format json',
          'charte init --template solidarity',
        ],
        en: [
          'charte templates',
          'charte templates ./templates --format json',
          'charte init --template solidarity',
        ],
      }),
    )
    .action(async (dirs: string[], options: { format: 'text' | 'json' }) => {
      const { listTemplates, formatTemplates } = await import('../../init/templates-list.js');
      const templates = listTemplates(dirs, ctx.cwd, ctx.lang);
      ctx.stdout.write(formatTemplates(templates, options.format, ctx.lang, ctx.color));
      ctx.exitCode = 0;
    });
}
