/** What the open data builders read and what they report. */
import { type Charter, type CharterState, charterStatus } from '../model/charter.js';
import type { CalendarDate } from '../model/dates.js';
import type { SignedStanding } from '../model/standing.js';

export const PUBLISH_FORMATS = ['scdl-deliberations', 'iati', 'datapackage'] as const;
export type PublishFormat = (typeof PUBLISH_FORMATS)[number];

/** A valid charter, with what locates its fields and dates its publication. */
export interface PublishInput {
  charter: Charter;
  /** Path relative to the current directory, with `/`. */
  displayPath: string;
  /** Path relative to the repository root, with `/` (or the display path outside git). */
  repoPath: string;
  /** Where the value at a JSON pointer sits in the file (or where it belongs). */
  locate(pointer: string): { line: number; column: number };
  /** ISO date-time (with offset) of the charter's last commit; undefined outside git. */
  committedAt?: string | undefined;
  /**
   * The standing of the last fully signed version, from git history (renew's answer): a
   * renewal or an avenant in progress does not hide the version in force. Undefined: the
   * working file's own status is published.
   */
  standing?: SignedStanding | undefined;
}

/** A field a standard requires that the charter does not give. */
export interface MissingField {
  displayPath: string;
  line: number;
  column: number;
  /** Dotted path of the charter field to fill in, e.g. `entities[0].identifiers.siret`. */
  field: string;
  /** The standard's field it feeds, e.g. `COLL_SIRET`. */
  target: string;
}

export interface PublishContext {
  /** Day the standing of each charter is computed for (a commit date, never the clock). */
  asOf: CalendarDate;
  /** ISO date-time of the newest commit among the charters, when in git. */
  generatedAt?: string | undefined;
  /** Base URL where the charters' exported PDFs are published (IATI document-link). */
  documentBaseUrl?: string | undefined;
}

export interface BuiltFile {
  /** Relative path inside the output (a single file's own name, or a data package member). */
  name: string;
  content: string;
}

export interface BuildResult {
  files: BuiltFile[];
  /** Per charter (by display path): what it lacks. A charter with a missing field is left out. */
  missing: MissingField[];
  /** Display paths of the charters that made it into the output. */
  included: string[];
}

/** Records missing fields of one charter. */
export class MissingCollector {
  readonly fields: MissingField[] = [];
  constructor(private readonly input: PublishInput) {}
  need(pointer: string, field: string, target: string): void {
    const { line, column } = this.input.locate(pointer);
    this.fields.push({ displayPath: this.input.displayPath, line, column, field, target });
  }
  get ok(): boolean {
    return this.fields.length === 0;
  }
}

/** What the open data publishes of a charter's standing: its state, signed on, due on. */
export interface PublishedStatus {
  state: CharterState;
  signedOn: CalendarDate | undefined;
  dueOn: CalendarDate | undefined;
}

/**
 * The status an open data file gives a charter on `asOf`: renew's standing (the last fully
 * signed version in git) when known, the working file's own status for a charter never signed.
 */
export function publishedStatus(input: PublishInput, asOf: CalendarDate): PublishedStatus {
  const working = charterStatus(input.charter, asOf);
  const standing = input.standing;
  if (standing === undefined || standing.standing === 'never_signed') {
    return { state: working.state, signedOn: working.signedOn, dueOn: working.dueOn };
  }
  return {
    state: standing.standing,
    signedOn: standing.signedOn ?? undefined,
    dueOn: standing.dueOn ?? undefined,
  };
}
