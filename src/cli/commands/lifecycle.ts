/**
 * The commands that move a charter's life forward after its signature: amend, decide, suspend,
 * resume, terminate, commitment. Thin: each parses its flags and calls its stage in
 * src/lifecycle/, imported when it runs.
 */
import { type Command, Option } from 'commander';
import { ExitError } from '../../diagnostics.js';
import { messages } from '../../i18n/catalogue.js';
import { localTerms } from '../commander-fr.js';
import type { CliContext } from '../context.js';
import { commandHelp } from '../help.js';
import { parseAsOf } from '../options.js';

interface CommonFlags {
  commit?: boolean;
  asOf?: string;
}

function requireFlags(ctx: CliContext, flags: object, names: readonly string[], usage: string): void {
  const missing = names.filter((name) => (flags as Record<string, unknown>)[name] === undefined);
  if (missing.length > 0) {
    const list = missing
      .map((name) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`)
      .join(', ');
    throw new ExitError(messages(ctx.lang).lifecycle.values.missing(list, localTerms(usage, ctx.lang)), 2);
  }
}

function common(ctx: CliContext, flags: CommonFlags) {
  return {
    cwd: ctx.cwd,
    lang: ctx.lang,
    env: ctx.env,
    asOf: parseAsOf(flags.asOf, ctx.lang),
    ...(flags.commit ? { commit: true } : {}),
  };
}

function examples(ctx: CliContext, list: readonly string[]): string {
  return commandHelp(ctx.lang, list);
}

function withCommon(command: Command, ctx: CliContext): Command {
  const h = messages(ctx.lang).lifecycle.help;
  return command.option('--commit', h.commit).option('--as-of <date>', h.asOf);
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerAmend(program: Command, ctx: CliContext): void {
  const h = messages(ctx.lang).lifecycle.help;
  withCommon(
    program
      .command('amend')
      .description(h.amend.description)
      .argument('<file>', h.file)
      .option('--purpose <text>', h.amend.purpose)
      .option('--join <id>', h.amend.join, collect)
      .option('--join-entity <fields>', h.amend.joinEntity, collect)
      .option('--date <date>', h.amend.date)
      .option('--withdraw', h.amend.withdraw)
      .option('--reason <text>', h.amend.reason)
      .option('--decision <text>', h.amend.decision),
    ctx,
  )
    .addHelpText('after', examples(ctx, h.amend.examples))
    .action(
      async (
        file: string,
        flags: CommonFlags & {
          purpose?: string;
          join?: string[];
          joinEntity?: string[];
          date?: string;
          withdraw?: boolean;
          reason?: string;
          decision?: string;
        },
      ) => {
        if (flags.withdraw) {
          const t = messages(ctx.lang).lifecycle.amend;
          const wrong = [
            ...(flags.purpose !== undefined ? ['--purpose'] : []),
            ...(flags.join !== undefined ? ['--join'] : []),
            ...(flags.joinEntity !== undefined ? ['--join-entity'] : []),
          ];
          if (wrong.length > 0) throw new ExitError(t.withdrawFlags(wrong.length, wrong.join(', ')), 2);
          requireFlags(
            ctx,
            flags,
            ['reason'],
            'charte amend <file> --withdraw --reason <text> [--decision <text>] [--date <date>]',
          );
          const { withdrawAmendment, describeWithdrawResult } = await import('../../lifecycle/amend.js');
          const result = await withdrawAmendment(file, {
            ...common(ctx, flags),
            reason: flags.reason!,
            ...(flags.decision !== undefined ? { decision: flags.decision } : {}),
            ...(flags.date !== undefined ? { date: flags.date } : {}),
          });
          ctx.stdout.write(describeWithdrawResult(result, ctx.lang));
          ctx.exitCode = 0;
          return;
        }
        const misplaced = [
          ...(flags.reason !== undefined ? ['--reason'] : []),
          ...(flags.decision !== undefined ? ['--decision'] : []),
        ];
        if (misplaced.length > 0) {
          throw new ExitError(
            messages(ctx.lang).lifecycle.amend.withdrawOnly(misplaced.length, misplaced.join(', ')),
            2,
          );
        }
        requireFlags(ctx, flags, ['purpose'], 'charte amend <file> --purpose <text> [--join <id>]');
        const { openAmendment, describeAmendResult, parseJoinEntity } = await import(
          '../../lifecycle/amend.js'
        );
        const result = await openAmendment(file, {
          ...common(ctx, flags),
          purpose: flags.purpose!,
          join: flags.join ?? [],
          joinEntities: (flags.joinEntity ?? []).map((value) => parseJoinEntity(value, ctx.lang)),
          ...(flags.date !== undefined ? { date: flags.date } : {}),
        });
        ctx.stdout.write(describeAmendResult(result, ctx.lang));
        ctx.exitCode = 0;
      },
    );
}

export function registerDecide(program: Command, ctx: CliContext): void {
  const h = messages(ctx.lang).lifecycle.help;
  withCommon(
    program
      .command('decide')
      .description(h.decide.description)
      .argument('<file>', h.file)
      .option('--entity <id>', h.decide.entity)
      .option('--body <text>', h.decide.body)
      .option('--reference <text>', h.decide.reference)
      .option('--date <date>', h.decide.date)
      .option('--url <url>', h.decide.url)
      .option('--file <path>', h.decide.fileOption)
      .option('--amendment <number>', h.decide.amendment),
    ctx,
  )
    .addHelpText('after', examples(ctx, h.decide.examples))
    .action(
      async (
        file: string,
        flags: CommonFlags & {
          entity?: string;
          body?: string;
          reference?: string;
          date?: string;
          url?: string;
          file?: string;
          amendment?: string;
        },
      ) => {
        requireFlags(
          ctx,
          flags,
          ['entity', 'body', 'reference', 'date'],
          'charte decide <file> --entity <id> --body <text> --reference <text> --date <YYYY-MM-DD>',
        );
        let amendment: number | undefined;
        if (flags.amendment !== undefined) {
          if (!/^[1-9][0-9]{0,2}$/.test(flags.amendment)) {
            throw new ExitError(
              messages(ctx.lang).lifecycle.values.number('--amendment', flags.amendment),
              2,
            );
          }
          amendment = Number(flags.amendment);
        }
        const { recordDecision, describeDecideResult } = await import('../../lifecycle/decide.js');
        const result = await recordDecision(file, {
          ...common(ctx, flags),
          entity: flags.entity!,
          body: flags.body!,
          reference: flags.reference!,
          date: flags.date!,
          ...(flags.url !== undefined ? { url: flags.url } : {}),
          ...(flags.file !== undefined ? { file: flags.file } : {}),
          ...(amendment !== undefined ? { amendment } : {}),
        });
        ctx.stdout.write(describeDecideResult(result, ctx.lang));
        ctx.exitCode = 0;
      },
    );
}

export function registerStanding(program: Command, ctx: CliContext): void {
  const h = messages(ctx.lang).lifecycle.help;
  for (const action of ['suspend', 'terminate'] as const) {
    withCommon(
      program
        .command(action)
        .description(h[action].description)
        .argument('<file>', h.file)
        .option('--date <date>', h[action].date)
        .option('--reason <text>', h[action].reason)
        .option('--decision <reference>', h[action].decision),
      ctx,
    )
      .addHelpText('after', examples(ctx, h[action].examples))
      .action(
        async (file: string, flags: CommonFlags & { date?: string; reason?: string; decision?: string }) => {
          requireFlags(
            ctx,
            flags,
            ['date', 'reason'],
            `charte ${action} <file> --date <YYYY-MM-DD> --reason <text>`,
          );
          const stage = await import('../../lifecycle/standing.js');
          const run = action === 'suspend' ? stage.suspendCharter : stage.terminateCharter;
          const result = await run(file, {
            ...common(ctx, flags),
            date: flags.date!,
            reason: flags.reason!,
            ...(flags.decision !== undefined ? { decision: flags.decision } : {}),
          });
          ctx.stdout.write(stage.describeStandingResult(result, ctx.lang));
          ctx.exitCode = 0;
        },
      );
  }
  withCommon(
    program
      .command('resume')
      .description(h.resume.description)
      .argument('<file>', h.file)
      .option('--date <date>', h.resume.date),
    ctx,
  )
    .addHelpText('after', examples(ctx, h.resume.examples))
    .action(async (file: string, flags: CommonFlags & { date?: string }) => {
      requireFlags(ctx, flags, ['date'], 'charte resume <file> --date <YYYY-MM-DD>');
      const stage = await import('../../lifecycle/standing.js');
      const result = await stage.resumeCharter(file, { ...common(ctx, flags), date: flags.date! });
      ctx.stdout.write(stage.describeStandingResult(result, ctx.lang));
      ctx.exitCode = 0;
    });
}

export function registerCommitment(program: Command, ctx: CliContext): void {
  const h = messages(ctx.lang).lifecycle.help;
  withCommon(
    program
      .command('commitment')
      .description(h.commitment.description)
      .argument('<file>', h.file)
      .argument('<commitment>', h.commitment.id)
      .addOption(
        new Option('--status <status>', h.commitment.status).choices([
          'planned',
          'in_progress',
          'done',
          'abandoned',
        ]),
      )
      .option('--note <text>', h.commitment.note)
      .option('--date <date>', h.commitment.date),
    ctx,
  )
    .addHelpText('after', examples(ctx, h.commitment.examples))
    .action(
      async (
        file: string,
        commitment: string,
        flags: CommonFlags & {
          status?: 'planned' | 'in_progress' | 'done' | 'abandoned';
          note?: string;
          date?: string;
        },
      ) => {
        requireFlags(
          ctx,
          flags,
          ['status'],
          'charte commitment <file> <id> --status planned|in_progress|done|abandoned',
        );
        const stage = await import('../../lifecycle/commitment.js');
        const result = await stage.setCommitmentStatus(file, {
          ...common(ctx, flags),
          commitment,
          status: flags.status!,
          ...(flags.note !== undefined ? { note: flags.note } : {}),
          ...(flags.date !== undefined ? { date: flags.date } : {}),
        });
        ctx.stdout.write(stage.describeCommitmentResult(result, ctx.lang));
        ctx.exitCode = 0;
      },
    );
}
