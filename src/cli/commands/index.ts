/**
 * Every command, registered in the order `charte --help` lists them. Each module here is light
 * (commander only); its action imports the pipeline stage it needs.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerCompletion } from './completion.js';
import { registerDiff } from './diff.js';
import { registerExport } from './export.js';
import { registerInit } from './init.js';
import { registerAmend, registerCommitment, registerDecide, registerStanding } from './lifecycle.js';
import { registerLog } from './log.js';
import { registerPublish } from './publish.js';
import { registerRenew } from './renew.js';
import { registerReport } from './report.js';
import { registerSchema } from './schema.js';
import { registerSign } from './sign.js';
import { registerSync } from './sync.js';
import { registerTemplates } from './templates.js';
import { registerValidate } from './validate.js';

export function registerCommands(program: Command, ctx: CliContext): void {
  registerInit(program, ctx);
  registerValidate(program, ctx);
  registerSign(program, ctx);
  registerAmend(program, ctx);
  registerDecide(program, ctx);
  registerStanding(program, ctx);
  registerCommitment(program, ctx);
  registerSync(program, ctx);
  registerRenew(program, ctx);
  registerReport(program, ctx);
  registerLog(program, ctx);
  registerDiff(program, ctx);
  registerExport(program, ctx);
  registerPublish(program, ctx);
  registerTemplates(program, ctx);
  registerSchema(program, ctx);
  registerCompletion(program, ctx);
}
