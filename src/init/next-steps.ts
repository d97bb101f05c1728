/** The text `charte init` ends with: what to do with the new charter, in the interface language. */
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';

/** A path as a POSIX shell reads it back. */
export function shellQuote(text: string): string {
  return /^[\w./@%+=:,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export interface NextStepsInput {
  lang: Lang;
  /** The charter's path, relative to the working directory. */
  charter: string;
  /** The code of the first entity that signs, for the `charte sign` example. */
  firstSigner: string;
  /** Whether the text still holds « à préciser » / "to be specified" placeholders. */
  placeholders: boolean;
  /** Other files written (CI job). */
  others: readonly string[];
  /** Whether the charter is in a git repository (or one was just created). */
  inRepository: boolean;
  /** Whether every required signer has signed already (the answers gave the signatures). */
  signed: boolean;
}

export function nextSteps(input: NextStepsInput): string {
  const path = shellQuote(input.charter);
  const fr = input.lang === 'fr';
  const steps: string[] = [];
  steps.push(
    fr
      ? `Relisez et complétez ${path}${input.placeholders ? ' : remplacez les mentions « à préciser », ' : ' : '}adaptez le préambule, les engagements et les moyens, puis discutez-en en Comité de suivi 21.`
      : `Read and complete ${path}${input.placeholders ? ': replace the "to be specified" placeholders, ' : ': '}adapt the preamble, the commitments and the resources, then discuss it in the follow-up committee.`,
  );
  steps.push(messages(input.lang).init.stepValidate(path));
  if (input.inRepository) {
    const files = [path, ...input.others.map(shellQuote)].join(' ');
    steps.push(messages(input.lang).init.stepCommit(files));
  }
  if (!input.signed) {
    steps.push(messages(input.lang).init.stepSign(path, input.firstSigner));
  }
  steps.push(messages(input.lang).init.stepExport(path));
  const title = messages(input.lang).init.nextStepsTitle;
  return `${title}\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}\n`;
}
