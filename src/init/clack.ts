/** The real prompts of `charte init`: @clack/prompts behind the `Prompter` interface. */
import * as clack from '@clack/prompts';
import type { Prompter } from './prompts.js';

export function clackPrompter(): Prompter {
  return {
    intro: (title) => clack.intro(title),
    outro: (message) => clack.outro(message),
    note: (message, title) => clack.note(message, title),
    text: (options) => clack.text(options),
    select: (options) => clack.select(options as Parameters<typeof clack.select>[0]) as never,
    multiselect: (options) => clack.multiselect(options as Parameters<typeof clack.multiselect>[0]) as never,
    confirm: (options) => clack.confirm(options),
    isCancel: (value): value is symbol => clack.isCancel(value),
    cancel: (message) => clack.cancel(message),
  };
}
