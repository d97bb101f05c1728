/** The shapes of `charte diff`'s result: the two sides compared and the front matter changes. */
import type { Lang } from '../i18n/index.js';
import type { FrontMatterChange } from '../text/changes.js';

export type { ChangeKind, FrontMatterChange } from '../text/changes.js';

export interface DiffOptions {
  cwd: string;
  lang: Lang;
  env?: NodeJS.ProcessEnv | undefined;
  /** A git revision, `v<N>` (the signing commit of version N), or `working`. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface DiffSide {
  /** What was asked for (`v1`, a revision, `working`), or how the default was chosen. */
  ref: string;
  commit: string | null;
  version: number | null;
  /** The file's path in the repository at that commit (or the working path). */
  path: string;
}

export interface CharterDiff {
  path: string;
  from: DiffSide;
  to: DiffSide;
  changes: FrontMatterChange[];
  /** Unified diff of the bodies; empty when they have the same lines. */
  body: string;
}
