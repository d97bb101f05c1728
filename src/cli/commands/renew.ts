import type { Command } from 'commander';
import type { CliContext } from '../context.js';

// Placeholder registration: the command's owner replaces this file with the real definition.
export function registerRenew(_program: Command, _ctx: CliContext): void {}
