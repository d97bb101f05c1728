/**
 * One reporter prints everything: the diagnostics of every file, in the chosen format. Pure
 * functions from files to text; the CLI writes the text.
 */
import pc from 'picocolors';
import { countBySeverity, type Diagnostic } from '../diagnostics.js';
import { messages } from '../i18n/catalogue.js';
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

/** A rule repeated this many times or more gets a count in the closing lines instead of being lost in the list. */
const RULE_SUMMARY_THRESHOLD = 3;

export function formatText(files: readonly ReportFile[], lang: Lang, color: boolean): string {
  const t = messages(lang).reporter;
  const paint = pc.createColors(color);
  const lines: string[] = [];
  const byRule = new Map<string, number>();
  for (const file of files) {
    for (const d of file.diagnostics) {
      const severity = d.severity === 'error' ? paint.red(t.error) : paint.yellow(t.warning);
      lines.push(
        `${paint.bold(`${file.path}:${d.line}:${d.column}`)}  ${severity}  ${d.message}  ${paint.dim(`(${d.rule})`)}`,
      );
      byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    }
  }
  const { errors, warnings } = totals(files);
  const summary = t.summary(files.length, errors, warnings);
  lines.push(errors > 0 ? paint.red(summary) : warnings > 0 ? paint.yellow(summary) : paint.green(summary));
  const repeated = [...byRule].filter(([, count]) => count >= RULE_SUMMARY_THRESHOLD);
  if (repeated.length > 0) {
    repeated.sort(([ra, a], [rb, b]) => b - a || ra.localeCompare(rb));
    lines.push(paint.dim(t.byRule(repeated.map(([rule, count]) => `${rule} × ${count}`).join(', '))));
  }
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
