import type { Command } from 'commander';
import { ExitError } from '../../diagnostics.js';
import { messages } from '../../i18n/catalogue.js';
import type { CliContext } from '../context.js';
import { exitCodesHelp } from '../help.js';
import { parseAsOf } from '../options.js';

interface SignFlags {
  entity?: string;
  signatory?: string;
  capacity?: string;
  date?: string;
  place?: string;
  decision?: string;
  commit?: boolean;
  asOf?: string;
}

const REQUIRED = ['entity', 'signatory', 'capacity', 'date'] as const;

export function registerSign(program: Command, ctx: CliContext): void {
  const h = messages(ctx.lang).help.sign;
  program
    .command('sign')
    .description(h.description)
    .argument('<file>', h.argFile)
    .option('--entity <id>', h.entity)
    .option('--signatory <name>', h.signatory)
    .option('--capacity <text>', h.capacity)
    .option('--date <date>', h.date)
    .option('--place <text>', h.place)
    .option('--decision <reference>', h.decision)
    .option('--commit', h.commit)
    .option('--as-of <date>', h.asOf)
    .addHelpText('after', `${h.after}\n${exitCodesHelp(ctx.lang)}`)
    .action(async (file: string, flags: SignFlags) => {
      const missing = REQUIRED.filter((name) => flags[name] === undefined).map((name) => `--${name}`);
      if (missing.length > 0) {
        throw new ExitError(h.error(missing.join(', ')), 2);
      }
      const asOf = parseAsOf(flags.asOf, ctx.lang);
      const { signCharter, describeSignResult } = await import('../../lifecycle/sign.js');
      const result = await signCharter(file, {
        cwd: ctx.cwd,
        lang: ctx.lang,
        env: ctx.env,
        entity: flags.entity!,
        signatory: flags.signatory!,
        capacity: flags.capacity!,
        date: flags.date!,
        asOf,
        ...(flags.place !== undefined ? { place: flags.place } : {}),
        ...(flags.decision !== undefined ? { decision: flags.decision } : {}),
        ...(flags.commit ? { commit: true } : {}),
      });
      const { warningLine } = await import('../../report/warning-line.js');
      for (const warning of result.warnings) {
        ctx.stderr.write(warningLine({ ...warning, path: result.path }, ctx.lang));
      }
      ctx.stdout.write(describeSignResult(result, ctx.lang));
      ctx.exitCode = 0;
    });
}
