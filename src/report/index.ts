/**
 * One reporter prints everything: the diagnostics of every file, in the chosen format. Pure
 * functions from files to text; the CLI writes the text.
 */
import pc from 'picocolors';
import { countBySeverity, type Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import type { CharterFile } from '../load/charter-file.js';

export const VALIDATE_FORMATS = ['text', 'json', 'github', 'codequality'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export interface ReportFile {
  path: string;
  diagnostics: Diagnostic[];
}

export function reportFiles(files: readonly CharterFile[]): ReportFile[] {
  return files.map((f) => ({ path: f.displayPath, diagnostics: f.sortedDiagnostics() }));
}

export function totals(files: readonly ReportFile[]): { errors: number; warnings: number } {
  return countBySeverity(files.flatMap((f) => f.diagnostics));
}

export function formatText(files: readonly ReportFile[], lang: Lang, color: boolean): string {
  const paint = pc.createColors(color);
  const lines: string[] = [];
  for (const file of files) {
    for (const d of file.diagnostics) {
      const severity = d.severity === 'error' ? paint.red('error') : paint.yellow('warning');
      lines.push(
        `${paint.bold(`${file.path}:${d.line}:${d.column}`)}  ${severity}  ${d.message}  ${paint.dim(`(${d.rule})`)}`,
      );
    }
  }
  const { errors, warnings } = totals(files);
  const n = files.length;
  const summary =
    lang === 'fr'
      ? `${n} charte${n > 1 ? 's' : ''} vérifiée${n > 1 ? 's' : ''} : ${errors} erreur${errors > 1 ? 's' : ''}, ${warnings} avertissement${warnings > 1 ? 's' : ''}`
      : `${n} charter${n === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  lines.push(errors > 0 ? paint.red(summary) : warnings > 0 ? paint.yellow(summary) : paint.green(summary));
  return `${lines.join('\n')}\n`;
}

export function formatJson(files: readonly ReportFile[]): string {
  const { errors, warnings } = totals(files);
  const doc = {
    files: files.map((f) => ({
      path: f.path,
      diagnostics: f.diagnostics.map((d) => ({
        severity: d.severity,
        rule: d.rule,
        message: d.message,
        line: d.line,
        column: d.column,
        ...(d.pointer !== undefined ? { pointer: d.pointer } : {}),
      })),
    })),
    errors,
    warnings,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** GitHub Actions workflow commands: data is escaped as the runner expects (%, CR, LF; and , : in properties). */
export function formatGithub(files: readonly ReportFile[]): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines: string[] = [];
  for (const file of files) {
    for (const d of file.diagnostics) {
      const command = d.severity === 'error' ? 'error' : 'warning';
      lines.push(
        `::${command} file=${escapeProperty(file.path)},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}::${escapeData(d.message)}`,
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
