/**
 * `charte publish`: open data exports. A command of its own rather than `export --format`: export
 * renders one document per charter (PDF, HTML) from a revision, publish builds one dataset over
 * the whole portfolio with its own rules (required fields, --partial); see docs/opendata.md.
 */
import { type Command, Option } from 'commander';
import { messages } from '../../i18n/catalogue.js';
import type { CliContext } from '../context.js';
import { commandHelp } from '../help.js';
import { parseDateOption } from '../options.js';

interface PublishFlags {
  format: 'scdl-deliberations' | 'iati' | 'datapackage';
  out?: string;
  partial?: boolean;
  force?: boolean;
  asOf?: string;
  documentBaseUrl?: string;
}

const STANDARD_NAMES = {
  'scdl-deliberations': 'SCDL Délibérations 2.1.5',
  iati: 'IATI 2.03',
  datapackage: 'Data Package 2.0',
} as const;

export function registerPublish(program: Command, ctx: CliContext): void {
  const m = messages(ctx.lang).opendata;
  program
    .command('publish')
    .description(m.publishDescription)
    .argument('[paths...]', m.publishPaths)
    .addOption(
      new Option('--format <format>', m.publishFormat)
        .choices(['scdl-deliberations', 'iati', 'datapackage'])
        .makeOptionMandatory(),
    )
    .option('-o, --out <path>', m.publishOut)
    .option('--partial', m.publishPartial)
    .option('--force', m.publishForce)
    .option('--as-of <date>', m.publishAsOf)
    .option('--document-base-url <url>', m.publishDocumentBaseUrl)
    .addHelpText('after', commandHelp(ctx.lang, m.publishExamples))
    .action(async (paths: string[], flags: PublishFlags) => {
      const asOf = flags.asOf === undefined ? undefined : parseDateOption(flags.asOf, ctx.lang, '--as-of');
      const [{ publish }, report] = await Promise.all([
        import('../../opendata/index.js'),
        import('../../report/index.js'),
      ]);
      const msg = messages(ctx.lang);
      const outcome = await publish(paths, {
        cwd: ctx.cwd,
        lang: ctx.lang,
        env: ctx.env,
        format: flags.format,
        out: flags.out,
        partial: flags.partial,
        force: flags.force,
        asOf,
        documentBaseUrl: flags.documentBaseUrl,
      });
      if (outcome.kind === 'invalid') {
        ctx.stderr.write(report.formatText(report.reportFiles(outcome.files), ctx.lang, false));
        ctx.stderr.write(`charte: ${msg.opendata.invalid}\n`);
        ctx.exitCode = 1;
        return;
      }
      if (outcome.kind === 'exists') {
        ctx.stderr.write(`charte: ${msg.opendata.outputExists(outcome.output)}\n`);
        ctx.exitCode = 2;
        return;
      }
      const standard = STANDARD_NAMES[flags.format];
      for (const field of outcome.missing) {
        const severity = outcome.kind === 'incomplete' ? msg.reporter.error : msg.reporter.warning;
        ctx.stderr.write(
          `${field.displayPath}:${field.line}:${field.column}  ${severity}  ${msg.opendata.missingField(field.field, field.target, standard)}  (opendata-required)\n`,
        );
      }
      const lacking = new Set(outcome.missing.map((f) => f.displayPath)).size;
      if (outcome.kind === 'incomplete') {
        ctx.stderr.write(`charte: ${msg.opendata.nothingWritten(msg.common.charters(lacking))}\n`);
        ctx.exitCode = 1;
        return;
      }
      if (lacking > 0)
        ctx.stderr.write(`charte: ${msg.opendata.partialSkipped(msg.common.charters(lacking))}\n`);
      if (outcome.stdout !== undefined) {
        if (flags.format === 'datapackage') ctx.stderr.write(`charte: ${msg.opendata.stdoutDataPackage}\n`);
        ctx.stdout.write(outcome.stdout);
      } else if (outcome.output !== undefined) ctx.stdout.write(`${outcome.output}\n`);
      ctx.exitCode = 0;
    });
}
