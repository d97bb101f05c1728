/**
 * GitLab Code Quality report (a JSON array of issues): description, check_name, fingerprint,
 * severity, location.path, location.lines.begin. The fingerprint is stable across runs for the
 * same finding at the same place, so GitLab can tell new findings from old ones.
 */
import { createHash } from 'node:crypto';
import type { ReportFile } from './index.js';

export function formatCodeQuality(files: readonly ReportFile[]): string {
  const issues = files.flatMap((file) =>
    file.diagnostics.map((d) => ({
      type: 'issue',
      description: d.message,
      check_name: d.rule,
      fingerprint: createHash('sha256')
        .update(`${file.path}\0${d.rule}\0${d.pointer ?? ''}\0${d.line}:${d.column}\0${d.message}`)
        .digest('hex'),
      severity: d.severity === 'error' ? 'major' : 'minor',
      location: { path: file.path, lines: { begin: d.line } },
    })),
  );
  return `${JSON.stringify(issues, null, 2)}\n`;
}
