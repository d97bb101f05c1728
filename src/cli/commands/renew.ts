import { type Command, Option } from 'commander';
import { ExitError } from '../../diagnostics.js';
import { messages } from '../../i18n/catalogue.js';
import type { CliContext } from '../context.js';
import { exitCodesHelp } from '../help.js';
import { parseAsOf } from '../options.js';
import { historyStartFor } from '../prestart.js';

interface RenewFlags {
  asOf?: string;
  format: 'text' | 'json' | 'markdown' | 'ics';
  failOn: 'overdue' | 'due_soon' | 'never';
  start?: string;
  commit?: boolean;
}

export function registerRenew(program: Command, ctx: CliContext): void {
  const h = messages(ctx.lang).help.renew;
  program
    .command('renew')
    .description(h.description)
    .argument('[paths...]', h.argPaths)
    .option('--as-of <date>', h.asOf)
    .addOption(
      new Option('--format <format>', h.format).choices(['text', 'json', 'markdown', 'ics']).default('text'),
    )
    .addOption(
      new Option('--fail-on <state>', h.failOn).choices(['overdue', 'due_soon', 'never']).default('overdue'),
    )
    .option('--start <file>', h.start)
    .option('--commit', h.commit)
    .addHelpText('after', `${h.after}\n${exitCodesHelp(ctx.lang)}`)
    .action(async (paths: string[], options: RenewFlags, command: Command) => {
      if (options.start !== undefined) {
        const reportFlags = ['format', 'failOn'].filter(
          (name) => command.getOptionValueSource(name) === 'cli',
        );
        if (reportFlags.length > 0) {
          const flags = reportFlags.map((name) => (name === 'failOn' ? '--fail-on' : '--format')).join(', ');
          throw new ExitError(h.error(flags), 2);
        }
        if (paths.length > 0) {
          throw new ExitError(h.error2(paths.join(' ')), 2);
        }
        const startOptions = {
          cwd: ctx.cwd,
          lang: ctx.lang,
          commit: options.commit === true,
          env: ctx.env,
          ...(options.asOf !== undefined ? { asOf: parseAsOf(options.asOf, ctx.lang) } : {}),
        };
        const { startNextVersion, describeStartResult } = await import('../../lifecycle/start.js');
        const result = await startNextVersion(options.start, startOptions);
        ctx.stdout.write(describeStartResult(result, ctx.lang));
        ctx.exitCode = 0;
        return;
      }
      if (options.commit === true) {
        throw new ExitError(h.error3, 2);
      }
      const asOf = parseAsOf(options.asOf, ctx.lang);
      // git's log pass starts before the indicator's code is even loaded: it is the longest part.
      const early = await historyStartFor(ctx, 'renew', paths);
      let report: Awaited<ReturnType<typeof import('../../lifecycle/renew-report.js').computeRenewReport>>;
      let renewExitCode: typeof import('../../lifecycle/renew-report.js').renewExitCode;
      let format: typeof import('../../lifecycle/renew-format.js');
      try {
        const [renew, formatModule] = await Promise.all([
          import('../../lifecycle/renew-report.js'),
          import('../../lifecycle/renew-format.js'),
        ]);
        renewExitCode = renew.renewExitCode;
        format = formatModule;
        report = await renew.computeRenewReport(paths, {
          cwd: ctx.cwd,
          lang: ctx.lang,
          asOf,
          env: ctx.env,
          early,
        });
      } finally {
        early.close();
      }
      if (report.charters.length === 0 && report.warnings.length === 0 && paths.length > 0) {
        throw new ExitError(messages(ctx.lang).renew.noCharterFound, 2);
      }
      if (options.format === 'json') ctx.stdout.write(format.formatRenewJson(report));
      else if (options.format === 'markdown') ctx.stdout.write(format.formatRenewMarkdown(report, ctx.lang));
      else if (options.format === 'ics') {
        ctx.stdout.write(format.formatRenewIcs(report, ctx.lang));
        // The calendar stays clean on stdout; what it cannot hold goes to stderr.
        for (const w of report.warnings) ctx.stderr.write(`charte: ${w.message}\n`);
      } else ctx.stdout.write(format.formatRenewText(report, ctx.lang, ctx.color));
      if (options.format === 'json' || options.format === 'markdown') {
        for (const w of report.warnings)
          if (w.severity === 'error') ctx.stderr.write(`charte: ${w.message}\n`);
      }
      ctx.exitCode = renewExitCode(report, options.failOn);
    });
}
