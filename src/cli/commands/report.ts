import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { ExitError } from '../../diagnostics.js';
import { messages } from '../../i18n/catalogue.js';
import type { CliContext } from '../context.js';
import { commandHelp } from '../help.js';
import { parseAsOf } from '../options.js';
import { historyStartFor } from '../prestart.js';

const STANDINGS = ['never_signed', 'in_force', 'due_soon', 'overdue', 'suspended', 'terminated'] as const;
const FORMATS = ['text', 'markdown', 'json', 'csv', 'oda', 'html', 'pdf'] as const;

interface ReportFlags {
  asOf?: string;
  year?: string;
  months: string;
  state?: string[];
  country?: string[];
  entity?: string;
  pilot?: string;
  tag?: string[];
  format: (typeof FORMATS)[number];
  output?: string;
}

const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== ''),
];

export function registerReport(program: Command, ctx: CliContext): void {
  const H = messages(ctx.lang).report.help;
  program
    .command('report')
    .description(H.description)
    .argument('[paths...]', H.paths)
    .addOption(new Option('--format <format>', H.format).choices(FORMATS).default('text'))
    .option('-o, --output <file>', H.output)
    .option('--as-of <date>', H.asOf)
    .option('--year <year>', H.year)
    .option('--months <n>', H.months, '6')
    .option('--state <states>', H.state(STANDINGS.map((state) => JSON.stringify(state)).join(', ')), collect)
    .option('--country <codes>', H.country, collect)
    .option('--entity <text>', H.entity)
    .option('--pilot <text>', H.pilot)
    .option('--tag <tags>', H.tag, collect)
    .addHelpText('after', commandHelp(ctx.lang, messages(ctx.lang).report.help.examples))
    .action(async (paths: string[], options: ReportFlags) => {
      const R = messages(ctx.lang).report;
      const asOf = parseAsOf(options.asOf, ctx.lang);
      let year: number | null = null;
      if (options.year !== undefined) {
        if (!/^\d{4}$/.test(options.year)) throw new ExitError(R.badYear(options.year), 2);
        year = Number(options.year);
      }
      const months = Number(options.months);
      if (!Number.isInteger(months) || months < 1 || months > 60)
        throw new ExitError(R.badMonths(options.months), 2);
      for (const state of options.state ?? []) {
        if (!(STANDINGS as readonly string[]).includes(state))
          throw new ExitError(R.badState(state, STANDINGS.join(', ')), 2);
      }
      // git's log pass starts before the report's code is even loaded: it is the longest part.
      const early = await historyStartFor(ctx, 'report', paths);
      // The formats with pictures load their libraries while git works.
      if (options.format === 'html' || options.format === 'pdf') {
        const formatter =
          options.format === 'html'
            ? import('../../portfolio/format-html.js')
            : import('../../portfolio/format-pdf.js');
        void Promise.all([import('../../portfolio/document.js'), formatter]).catch(() => {});
      }
      let report: Awaited<ReturnType<typeof import('../../portfolio/index.js').portfolioReport>>;
      let renderReport: typeof import('../../portfolio/index.js').renderReport;
      try {
        const portfolioModule = await import('../../portfolio/index.js');
        renderReport = portfolioModule.renderReport;
        report = await portfolioModule.portfolioReport(paths, {
          cwd: ctx.cwd,
          lang: ctx.lang,
          asOf,
          year,
          horizonMonths: months,
          env: ctx.env,
          early,
          filters: {
            state: options.state as (typeof STANDINGS)[number][] | undefined,
            country: options.country,
            entity: options.entity,
            pilot: options.pilot,
            tag: options.tag,
          },
        });
      } finally {
        early.close();
      }
      const { portfolio, notices, found } = report;
      if (found === 0 && notices.length === 0 && paths.length > 0) throw new ExitError(R.noChartersFound, 2);
      const output = await renderReport(
        portfolio,
        options.format,
        ctx.lang,
        ctx.color && options.output === undefined,
      );
      let target = options.output;
      if (target === undefined && (options.format === 'html' || options.format === 'pdf'))
        target = `${H.defaultFile}-${asOf}.${options.format}`;
      if (target === undefined) ctx.stdout.write(output as string);
      else {
        const { writeFileOrExit } = await import('../../edit/write.js');
        await writeFileOrExit(resolve(ctx.cwd, target), target, output, ctx.lang);
        ctx.stderr.write(`charte: ${R.written(target)}\n`);
      }
      for (const n of notices) ctx.stderr.write(`charte: ${n.message}\n`);
      ctx.exitCode = notices.some((n) => n.severity === 'error') ? 1 : 0;
    });
}
