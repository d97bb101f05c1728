import { type Command, Option } from 'commander';
import { messages } from '../../i18n/catalogue.js';
import type { CliContext } from '../context.js';
import { commandHelp } from '../help.js';

export function registerLog(program: Command, ctx: CliContext): void {
  const h = messages(ctx.lang).help.log;
  program
    .command('log')
    .description(h.description)
    .argument('<file>', h.argFile)
    .addOption(new Option('--format <format>', h.format).choices(['text', 'json']).default('text'))
    .addHelpText('after', commandHelp(ctx.lang, h.examples))
    .action(async (file: string, options: { format: 'text' | 'json' }) => {
      const { charterLog, formatLogJson, formatLogText } = await import('../../lifecycle/log.js');
      const log = await charterLog(file, { cwd: ctx.cwd, lang: ctx.lang, env: ctx.env });
      ctx.stdout.write(options.format === 'json' ? formatLogJson(log) : formatLogText(log, ctx.lang));
      ctx.exitCode = 0;
    });
}
