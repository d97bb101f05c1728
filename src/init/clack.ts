/**
 * The real prompts of `charte init`: @clack/prompts behind the `Prompter` interface, in the
 * session's language. clack writes its key hints ("↑/↓ to navigate", "Enter: confirm"), its
 * Yes/No and its "Please select at least one item" in English only: the hints are turned off and
 * written from the catalogue under the question, Yes/No come from the catalogue (`active`,
 * `inactive`), and an empty required choice is asked again here with the catalogue's sentence.
 */
import * as clack from '@clack/prompts';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import type { Prompter } from './prompts.js';

export function clackPrompter(lang: Lang): Prompter {
  const m = messages(lang).prompts;
  return {
    intro: (title) => clack.intro(title),
    outro: (message) => clack.outro(message),
    note: (message, title) => clack.note(message, title),
    text: (options) => clack.text(options),
    select: (options) =>
      clack.select({
        ...(options as Parameters<typeof clack.select>[0]),
        message: `${options.message}\n${m.selectKeys}`,
        showInstructions: false,
      }) as never,
    multiselect: async (options) => {
      for (;;) {
        const answer = await clack.multiselect({
          ...(options as Parameters<typeof clack.multiselect>[0]),
          message: `${options.message}\n${m.multiselectKeys}`,
          required: false,
          showInstructions: false,
        });
        if (clack.isCancel(answer) || options.required !== true || answer.length > 0) return answer as never;
        clack.log.warn(m.selectAtLeastOne);
      }
    },
    confirm: (options) => clack.confirm({ ...options, active: m.yes, inactive: m.no }),
    isCancel: (value): value is symbol => clack.isCancel(value),
    cancel: (message) => clack.cancel(message),
  };
}
