/**
 * The touches of one charter grouped into versions (one signature cycle each), with the
 * signing commit of each version and of each of its avenants.
 */
import { fieldsAmendmentSignedOn } from './lifecycle-fields.js';
import type { AmendmentHistory, Touch, VersionRecord } from './types.js';

/** Consecutive commits with the same `version` form one version; its signing commit is the first complete one. */
export function groupVersions(touches: readonly Touch[]): VersionRecord[] {
  const versions: VersionRecord[] = [];
  let current: VersionRecord | undefined;
  for (const touch of touches) {
    const version = touch.state.fields?.version;
    if (current === undefined || (version !== undefined && current.version !== version)) {
      const existing = versions.find((v) => v.version !== undefined && v.version === version);
      if (existing) current = existing;
      else if (current !== undefined && current.version === undefined) current.version = version;
      else {
        current = { version, touches: [], signingUnknown: false, signatures: [], amendments: [] };
        versions.push(current);
      }
    }
    current.touches.push(touch);
  }
  for (const record of versions) {
    for (const touch of record.touches) {
      const { state } = touch;
      const atEdge = touch.boundary && touch === record.touches[0];
      if (state.fields) {
        record.fields = state.fields;
        record.signatures = state.fields.signatures;
        for (const a of state.fields.amendments) {
          let amendment = record.amendments.find((x) => x.number === a.number);
          if (!amendment) {
            amendment = { number: a.number, opened: touch, signingUnknown: false };
            record.amendments.push(amendment);
          }
          if (a.purpose !== undefined) amendment.purpose = a.purpose;
          if (!state.completedAmendments?.includes(a.number)) continue;
          recordSigning(amendment, touch, atEdge);
          const on = fieldsAmendmentSignedOn(state.fields, a.number);
          if (on !== undefined) amendment.signedOn = on;
        }
      }
      if (state.signedOn === undefined) continue;
      recordSigning(record, touch, atEdge);
      // A later commit of the same version may correct a date: the last complete one counts.
      record.signedOn = state.signedOn;
      if (state.dueOn !== undefined) record.dueOn = state.dueOn;
    }
    record.amendments.sort((a, b) => a.number - b.number);
  }
  return versions;
}

function recordSigning(record: VersionRecord | AmendmentHistory, touch: Touch, atEdge: boolean): void {
  if (record.signing !== undefined || record.signingUnknown) return;
  if (atEdge) record.signingUnknown = true;
  else record.signing = touch;
}
