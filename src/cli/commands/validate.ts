import { type Command, Option } from 'commander';
import { messages } from '../../i18n/catalogue.js';
import type { CliContext } from '../context.js';
import { commandHelp } from '../help.js';
import { parseAsOf } from '../options.js';

export function registerValidate(program: Command, ctx: CliContext): void {
  const h = messages(ctx.lang).help.validate;
  program
    .command('validate')
    .description(h.description)
    .argument('[paths...]', h.argPaths)
    .addOption(
      new Option('--format <format>', h.format)
        .choices(['text', 'json', 'github', 'codequality'])
        .default('text'),
    )
    .option('--skip-non-charters', h.skipNonCharters)
    .option('--as-of <date>', h.asOf)
    .addHelpText('after', commandHelp(ctx.lang, h.examples))
    .action(
      async (paths: string[], options: { format: string; asOf?: string; skipNonCharters?: boolean }) => {
        const asOf = parseAsOf(options.asOf, ctx.lang);
        const [{ validatePaths }, report] = await Promise.all([
          import('../../validate/index.js'),
          import('../../report/index.js'),
        ]);
        const files = report.reportFiles(
          await validatePaths(paths, {
            cwd: ctx.cwd,
            lang: ctx.lang,
            asOf,
            diagnosticsOnly: true,
            skipNonCharters: options.skipNonCharters === true,
          }),
        );
        if (options.format === 'json') ctx.stdout.write(report.formatJson(files));
        else if (options.format === 'github') ctx.stdout.write(report.formatGithub(files));
        else if (options.format === 'codequality') {
          const { formatCodeQuality } = await import('../../report/codequality.js');
          ctx.stdout.write(formatCodeQuality(files));
        } else ctx.stdout.write(report.formatText(files, ctx.lang, ctx.color));
        ctx.exitCode = report.totals(files).errors > 0 ? 1 : 0;
      },
    );
}
