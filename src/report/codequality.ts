/**
 * GitLab Code Quality report (a JSON array of issues): description, check_name, fingerprint,
 * severity, location.path, location.lines.begin. The fingerprint is stable across runs, edits
 * elsewhere in the file and languages, so GitLab can tell new findings from old ones.
 */
import { createHash } from 'node:crypto';
import type { ReportFile } from './index.js';

export function formatCodeQuality(files: readonly ReportFile[]): string {
  const issues = files.flatMap((file) => {
    // GitLab matches findings across pipelines by fingerprint, and merges equal ones: leave out
    // what moves when a line is added above (line, column) or changes with --lang (the message),
    // and number the findings that share a rule and a pointer so that each stays unique.
    const occurrences = new Map<string, number>();
    return file.diagnostics.map((d) => {
      const anchor = `${file.path}\0${d.rule}\0${d.pointer ?? ''}`;
      const occurrence = occurrences.get(anchor) ?? 0;
      occurrences.set(anchor, occurrence + 1);
      return {
        type: 'issue',
        description: d.message,
        check_name: d.rule,
        fingerprint: createHash('sha256').update(`${anchor}\0${occurrence}`).digest('hex'),
        severity: d.severity === 'error' ? 'major' : 'minor',
        location: { path: file.path, lines: { begin: d.line } },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
