import { type Command, Option } from 'commander';
import { messages } from '../../i18n/catalogue.js';
import type { CliContext } from '../context.js';
import { commandHelp } from '../help.js';

export function registerDiff(program: Command, ctx: CliContext): void {
  const h = messages(ctx.lang).help.diff;
  program
    .command('diff')
    .description(h.description)
    .argument('<file>', h.argFile)
    .option('--from <ref>', h.from)
    .option('--to <ref>', h.to)
    .addOption(new Option('--format <format>', h.format).choices(['text', 'json']).default('text'))
    .addHelpText('after', commandHelp(ctx.lang, h.examples))
    .action(async (file: string, options: { from?: string; to?: string; format: 'text' | 'json' }) => {
      const { charterDiff, formatDiffJson, formatDiffText } = await import('../../lifecycle/diff.js');
      const diff = await charterDiff(file, {
        cwd: ctx.cwd,
        lang: ctx.lang,
        env: ctx.env,
        from: options.from,
        to: options.to,
      });
      ctx.stdout.write(options.format === 'json' ? formatDiffJson(diff) : formatDiffText(diff, ctx.lang));
      ctx.exitCode = 0;
    });
}
