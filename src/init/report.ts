/** What `charte init` prints once the charter is written. */

import pc from 'picocolors';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import type { InitResult } from './index.js';

export function formatInitResult(result: InitResult, lang: Lang, color: boolean): string {
  const paint = pc.createColors(color);
  const fr = lang === 'fr';
  const lines: string[] = [];
  const signed = (result.charter.signatures ?? []).length > 0;
  lines.push(
    `${paint.green('✔')} ${
      fr
        ? `charte écrite : ${paint.bold(result.display)} (modèle ${result.template}, langue ${result.charter.language}, version ${result.charter.version}${signed ? '' : ', projet non signé'})`
        : `charter written: ${paint.bold(result.display)} (template ${result.template}, language ${result.charter.language}, version ${result.charter.version}${signed ? '' : ', unsigned draft'})`
    }`,
  );
  for (const other of result.written.slice(1)) {
    lines.push(`${paint.green('✔')} ${messages(lang).init.ciJobWritten(other)}`);
  }
  if (result.gitInitialised) lines.push(`${paint.green('✔')} ${messages(lang).init.gitRepositoryCreated}`);
  for (const d of result.warnings) {
    lines.push(
      `${paint.bold(`${result.display}:${d.line}:${d.column}`)}  ${paint.yellow(messages(lang).init.warningWord)}  ${d.message}  ${paint.dim(`(${d.rule})`)}`,
    );
  }
  return `${lines.join('\n')}\n\n${result.nextSteps}`;
}
