/**
 * The text in force before avenant n° k of a version, read from git: the version as signed, or
 * as the last avenant concluded before k left it. An avenant's document compares its own text
 * with it (what the avenant changes); withdrawing an avenant puts the entities it touched back
 * as that text has them.
 */
import type { Lang } from '../i18n/index.js';
import type { HistoryReader } from './index.js';
import type { CharterHistory, Touch } from './types.js';
import { parseVersion } from './version-state.js';

export interface TextInForce {
  /** The commit whose text is in force. */
  touch: Touch;
  /** The day the version was signed. */
  versionSignedOn: string;
  /** The avenant concluded last before k, whose text is in force (undefined: the version as signed). */
  after?: { number: number; signedOn: string };
  /** The commit that concluded avenant k, when the history has it. */
  concluding?: Touch;
  data: Record<string, unknown>;
  body: string;
}

/** A file version from git, as the loader reads it (undefined when unreadable). */
export async function readTouch(
  reader: HistoryReader,
  history: CharterHistory,
  touch: Touch,
  lang: Lang,
): Promise<{ data: Record<string, unknown>; body: string } | undefined> {
  const bytes = await reader.blob(history, touch.blob);
  if (bytes === undefined) return undefined;
  const parsed = parseVersion(bytes, lang);
  return parsed.data === undefined ? undefined : { data: parsed.data, body: parsed.body };
}

/**
 * The text in force before avenant `number` of version `version` of the charter read by `reader`
 * (undefined when git does not hold the version's signature: never committed, or beyond a
 * shallow clone's edge).
 */
export async function textInForce(
  reader: HistoryReader,
  path: string,
  version: number,
  number: number,
  lang: Lang,
): Promise<TextInForce | undefined> {
  const history = reader.histories.get(path);
  if (!history) return undefined;
  const record = history.versions.filter((v) => v.version === version).at(-1);
  if (!record?.signing || record.signedOn === undefined) return undefined;
  let touch = record.signing;
  let after: TextInForce['after'];
  for (const a of record.amendments) {
    if (a.number >= number || a.signing === undefined || a.signedOn === undefined) continue;
    if (after === undefined || a.number > after.number) {
      touch = a.signing;
      after = { number: a.number, signedOn: a.signedOn };
    }
  }
  const text = await readTouch(reader, history, touch, lang);
  if (text === undefined) return undefined;
  const concluding = record.amendments.find((a) => a.number === number)?.signing;
  return {
    touch,
    versionSignedOn: record.signedOn,
    ...(after !== undefined ? { after } : {}),
    ...(concluding !== undefined ? { concluding } : {}),
    ...text,
  };
}
