/**
 * The library face of charte: the pipeline stages the CLI is built on, for scripts and other
 * tools. Each function takes a `cwd` and options and returns data; none prints or exits.
 */
export type { Diagnostic, Severity } from './diagnostics.js';
export { ExitError } from './diagnostics.js';
export type { Lang, Msg } from './i18n/index.js';
export { resolveLang } from './i18n/index.js';
export { CharterFile, loadCharterFile } from './load/charter-file.js';
export { discover } from './load/discover.js';
export type {
  Charter,
  CharterState,
  CharterStatus,
  Commitment,
  Entity,
  Referent,
  Resource,
  Signature,
} from './model/charter.js';
export { charterStatus, dueOn, requiredSigners, signedOn } from './model/charter.js';
export type { CalendarDate } from './model/dates.js';
export { addYears, isValidDate, today } from './model/dates.js';
export { formatCodeQuality } from './report/codequality.js';
export { formatGithub, formatJson, formatText, reportFiles } from './report/index.js';
export { validateFile, validateLoaded, validatePaths } from './validate/index.js';
