/**
 * Diagnostics are data attached to files (as in unified-engine): every stage adds to them, a
 * fatal one makes later stages skip the file, and one reporter prints them all.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable rule name, e.g. `enum`, `unknown-key`, `yaml-syntax`, `entity-ref`. */
  rule: string;
  /** The message, already in the language of the run. */
  message: string;
  /** 1-based line and column in the whole file (front matter offset included). */
  line: number;
  column: number;
  /** JSON Pointer of the value in the front matter, when the diagnostic is about one. */
  pointer?: string;
  /** A fatal diagnostic stops later stages for that file (e.g. front matter that does not parse). */
  fatal?: boolean;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** An error a user can cause (bad flag, unreadable path): the CLI prints it without a stack and exits with `code`. */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'ExitError';
  }
}
