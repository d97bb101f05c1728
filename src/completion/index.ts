/** Shell completion scripts for `charte completion <shell>`, generated from the commander program. */
import type { Command } from 'commander';
import { bashScript } from './bash.js';
import { fishScript } from './fish.js';
import type { Shell } from './shells.js';
import { describeProgram } from './spec.js';
import { zshScript } from './zsh.js';

export function completionScript(shell: Shell, program: Command, version: string): string {
  const spec = describeProgram(program, version);
  if (shell === 'bash') return bashScript(spec);
  if (shell === 'zsh') return zshScript(spec);
  return fishScript(spec);
}

export { isShell, SHELLS, type Shell } from './shells.js';
export { describeProgram } from './spec.js';
