/**
 * The rules of the model that a schema alone cannot express: references between entities,
 * referents, commitments, resources, decisions and signatures; unique ids; pillar coverage;
 * dates in order and not in the future; the extra requirements of `binding: true`.
 * They run only on a charter the schema accepted, so the shapes here are the schema's types.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { messages } from '../i18n/catalogue.js';
import type { Catalogue } from '../i18n/fr.js';
import type { Lang } from '../i18n/index.js';
import type { CharterFile } from '../load/charter-file.js';
import {
  amendmentSignedOn,
  amendmentSigners,
  type Charter,
  completedOn,
  type Decision,
  isWithdrawn,
  joiningEntities,
  PILLARS,
  requiredSigners,
  signaturesByEntity,
  signedOn,
} from '../model/charter.js';
import { type CalendarDate, compareDates, dateProblem, isValidDate } from '../model/dates.js';
import { didYouMean } from './suggest.js';

export interface RuleOptions {
  asOf: CalendarDate;
  /**
   * Check the decision files pinned by `decisions[].file` against the working tree (default true).
   * A reader of an older version from git passes false: the working tree is not that version's.
   */
  checkFiles?: boolean;
}

/**
 * The root of the repository holding `path`: the nearest folder above it with a `.git` entry
 * (a folder, or a file in a worktree), else the file's own folder. No git process: validate
 * reads many files.
 */
export function repositoryRootOf(path: string): string {
  const start = dirname(resolve(path));
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

type Add = (
  pointer: string,
  rule: string,
  severity: 'error' | 'warning',
  message: { fr: string; en: string },
  key?: boolean,
) => void;

export function checkRules(file: CharterFile, options: RuleOptions): void {
  const charter = file.data as unknown as Charter;
  const lang: Lang = file.lang;
  const add: Add = (pointer, rule, severity, message, key) =>
    file.addAt(pointer, { severity, rule, message: message[lang] }, key ? { key } : {});

  const entityIds = charter.entities.map((e) => e.id);
  checkUnique(
    charter.entities.map((e) => e.id),
    '/entities',
    'id',
    add,
    (r) => r.entityCode,
  );
  checkUnique(
    charter.commitments.map((c) => c.id),
    '/commitments',
    'id',
    add,
    (r) => r.commitmentCode,
  );

  const roles = new Set(charter.entities.map((e) => e.role));
  for (const role of ['north', 'south'] as const) {
    if (!roles.has(role)) {
      add(
        '/entities',
        'entity-roles',
        'error',
        bothValidate((r) => r.noEntityOfRole(role)),
      );
    }
  }

  const entityRef = (pointer: string, value: string) => {
    if (entityIds.includes(value)) return;
    const suggestion = didYouMean(value, entityIds);
    add(
      pointer,
      'entity-ref',
      'error',
      bothValidate((r) => r.unknownEntity(value, suggestion, entityIds.join(', '))),
    );
  };
  for (const [i, r] of charter.referents.entries()) entityRef(`/referents/${i}/entity`, r.entity);
  for (const [i, c] of charter.commitments.entries()) {
    for (const [j, by] of c.by.entries()) entityRef(`/commitments/${i}/by/${j}`, by);
  }
  for (const [i, r] of charter.resources.entries()) entityRef(`/resources/${i}/entity`, r.entity);
  for (const [i, d] of (charter.decisions ?? []).entries()) entityRef(`/decisions/${i}/entity`, d.entity);
  for (const [i, s] of (charter.signatures ?? []).entries()) entityRef(`/signatures/${i}/entity`, s.entity);
  for (const [i, a] of (charter.amendments ?? []).entries()) {
    for (const [j, d] of (a.decisions ?? []).entries())
      entityRef(`/amendments/${i}/decisions/${j}/entity`, d.entity);
    for (const [j, s] of (a.signatures ?? []).entries())
      entityRef(`/amendments/${i}/signatures/${j}/entity`, s.entity);
  }
  checkLifecycle(file, charter, add, options);

  // Each north and south entity has at least one referent.
  for (const entity of charter.entities) {
    if (entity.role === 'associate') continue;
    if (!charter.referents.some((r) => r.entity === entity.id)) {
      const index = charter.entities.indexOf(entity);
      add(
        `/entities/${index}`,
        'referent-missing',
        'error',
        bothValidate((r) => r.referentMissing(entity.id)),
      );
    }
  }

  const referentNames = charter.referents.map((r) => r.name);
  charter.commitments.forEach((c, i) => {
    if (c.referent === undefined || referentNames.includes(c.referent)) return;
    const suggestion = didYouMean(c.referent, referentNames);
    const name = c.referent;
    add(
      `/commitments/${i}/referent`,
      'referent-ref',
      'error',
      bothValidate((r) => r.unknownReferent(name, suggestion)),
    );
  });

  // Each pillar is carried by at least one commitment (a warning: the text may cover it).
  const carried = new Set(charter.commitments.flatMap((c) => c.pillars));
  for (const pillar of PILLARS) {
    if (!carried.has(pillar)) {
      add(
        '/commitments',
        'pillar-coverage',
        'warning',
        bothValidate((r) => r.pillarNotCarried(pillar)),
      );
    }
  }

  // At most one signature per entity and version.
  const signed = new Map<string, number>();
  (charter.signatures ?? []).forEach((s, i) => {
    const first = signed.get(s.entity);
    if (first !== undefined) {
      add(
        `/signatures/${i}`,
        'duplicate-signature',
        'error',
        bothValidate((r) => r.duplicateSignature(s.entity, first + 1)),
      );
    } else signed.set(s.entity, i);
  });

  // A signature is not dated before its entity's decision.
  const decisionDates = new Map<string, CalendarDate>();
  for (const d of charter.decisions ?? []) {
    const previous = decisionDates.get(d.entity);
    if (previous === undefined || compareDates(d.date, previous) < 0) decisionDates.set(d.entity, d.date);
  }
  (charter.signatures ?? []).forEach((s, i) => {
    const decided = decisionDates.get(s.entity);
    if (decided !== undefined && compareDates(s.date, decided) < 0) {
      add(
        `/signatures/${i}/date`,
        'signature-before-decision',
        'error',
        bothValidate((r) => r.signatureBeforeDecision(s.date, s.entity, decided)),
      );
    }
    if (s.decision !== undefined) {
      const refs = (charter.decisions ?? []).filter((d) => d.entity === s.entity).map((d) => d.reference);
      if (refs.length > 0 && !refs.includes(s.decision)) {
        const decision = s.decision;
        add(
          `/signatures/${i}/decision`,
          'decision-ref',
          'warning',
          bothValidate((r) => r.unknownDecision(decision, s.entity, refs.join(', '))),
        );
      }
    }
  });

  // Signatures complete but decisions missing: renew still answers; validate warns.
  const required = requiredSigners(charter);
  if (required.every((id) => signed.has(id))) {
    for (const id of required) {
      if (!decisionDates.has(id)) {
        add(
          `/signatures/${signed.get(id)}/entity`,
          'decision-missing',
          'warning',
          bothValidate((r) => r.decisionMissing(id)),
        );
      }
    }
  }

  // Years 0000-1899 pass the schema's date format but were computed 1,900 years off: refused.
  for (const [pointer, date] of allDatesOf(charter)) {
    if (dateProblem(date) === 'before-1900') {
      add(
        pointer,
        'date-before-1900',
        'error',
        bothValidate((r) => r.dateBefore1900(date, date.slice(0, 4))),
      );
    }
  }

  // No date lies in the future of the day of the check.
  for (const [pointer, date] of datesOf(charter)) {
    if (isValidDate(date) && compareDates(date, options.asOf) > 0) {
      add(
        pointer,
        'future-date',
        'error',
        bothValidate((r) => r.futureDate(date, options.asOf)),
      );
    }
  }

  // A binding convention (CGCT L.1115-1) states its forecast financial amounts and is voted.
  if (charter.binding === true) {
    if (!charter.resources.some((r) => r.type === 'financial')) {
      add(
        '/resources',
        'binding-financial',
        'error',
        bothValidate((r) => r.bindingFinancial),
      );
    }
    for (const entity of charter.entities) {
      if (entity.role === 'north' && !(charter.decisions ?? []).some((d) => d.entity === entity.id)) {
        add(
          '/binding',
          'binding-decision',
          'error',
          bothValidate((r) => r.bindingDecision(entity.id)),
        );
      }
    }
  }
}

/** Dates of past events (commitment due dates may lie ahead, so they are not among them). */
function datesOf(charter: Charter): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [i, d] of (charter.decisions ?? []).entries()) out.push([`/decisions/${i}/date`, d.date]);
  for (const [i, s] of (charter.signatures ?? []).entries()) out.push([`/signatures/${i}/date`, s.date]);
  for (const [i, a] of (charter.amendments ?? []).entries()) {
    out.push([`/amendments/${i}/opened_on`, a.opened_on]);
    for (const [j, d] of (a.decisions ?? []).entries())
      out.push([`/amendments/${i}/decisions/${j}/date`, d.date]);
    for (const [j, s] of (a.signatures ?? []).entries())
      out.push([`/amendments/${i}/signatures/${j}/date`, s.date]);
    if (a.withdrawn) out.push([`/amendments/${i}/withdrawn/date`, a.withdrawn.date]);
  }
  if (charter.suspended) out.push(['/suspended/since', charter.suspended.since]);
  if (charter.suspended?.resumed_on) out.push(['/suspended/resumed_on', charter.suspended.resumed_on]);
  if (charter.terminated) out.push(['/terminated/date', charter.terminated.date]);
  return out;
}

/** Every calendar date of the schema, with its pointer. */
function allDatesOf(charter: Charter): Array<[string, string]> {
  const out = datesOf(charter);
  if (charter.suspended?.resumed_on !== undefined)
    out.push(['/suspended/resumed_on', charter.suspended.resumed_on]);
  for (const [i, c] of charter.commitments.entries()) {
    if (c.due !== undefined) out.push([`/commitments/${i}/due`, c.due]);
    if (c.status_on !== undefined) out.push([`/commitments/${i}/status_on`, c.status_on]);
  }
  for (const [i, a] of (charter.amendments ?? []).entries()) {
    out.push([`/amendments/${i}/opened_on`, a.opened_on]);
    for (const [j, d] of (a.decisions ?? []).entries())
      out.push([`/amendments/${i}/decisions/${j}/date`, d.date]);
    for (const [j, s] of (a.signatures ?? []).entries())
      out.push([`/amendments/${i}/signatures/${j}/date`, s.date]);
  }
  return out;
}

/** `what` picks the name of the codes (entity code, commitment code) in each language. */
function checkUnique(
  ids: string[],
  base: string,
  key: string,
  add: Add,
  what: (rules: ValidateRules) => string,
): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) {
      add(
        `${base}/${i}/${key}`,
        'duplicate-id',
        'error',
        // Counted from 1 in the message, as people count the items of a list.
        bothValidate((r) => r.duplicateId(what(r), id, first + 1)),
      );
    } else seen.set(id, i);
  });
}

type ValidateRules = Catalogue['validate']['rules'];
type LifecycleRules = Catalogue['lifecycle']['rules'];

/** A message in both languages from the `validate.rules` section of the catalogue. */
function bothValidate(make: (rules: ValidateRules) => string): { fr: string; en: string } {
  return { fr: make(messages('fr').validate.rules), en: make(messages('en').validate.rules) };
}

/** A message in both languages from the `lifecycle.rules` section of the catalogue. */
function both(make: (rules: LifecycleRules) => string): { fr: string; en: string } {
  return { fr: make(messages('fr').lifecycle.rules), en: make(messages('en').lifecycle.rules) };
}

/**
 * The rules of avenants, decisions' files, suspension and commitments' progress
 * (docs/lifecycle.md): avenants numbered 1, 2… in order, at most one open, only on a signed
 * version, joining entities declared, signed by their signers only (once each), dated after the
 * version's signature; decision files in the repository with the pinned digest; a resumption
 * after its suspension.
 */
function checkLifecycle(file: CharterFile, charter: Charter, add: Add, options: RuleOptions): void {
  const entityIds = charter.entities.map((e) => e.id);
  const amendments = charter.amendments ?? [];
  const versionSignedOn = signedOn(charter);
  let open: number | undefined;
  const joinedBy = new Map<string, number>();
  // For withdrawn avenants: who signed the version, who joined through an avenant in effect.
  const versionSigners = signaturesByEntity(charter);
  const joined = joiningEntities(charter);
  amendments.forEach((a, i) => {
    if (a.number !== i + 1) {
      add(
        `/amendments/${i}/number`,
        'amendment-number',
        'error',
        both((r) => r.amendmentNumbers(i + 1, a.number)),
      );
    }
    if (versionSignedOn === undefined) {
      add(
        `/amendments/${i}`,
        'amendment-unsigned-version',
        'error',
        both((r) => r.amendmentUnsignedVersion),
      );
    } else if (isValidDate(a.opened_on) && compareDates(a.opened_on, versionSignedOn) < 0) {
      add(
        `/amendments/${i}/opened_on`,
        'amendment-date',
        'error',
        both((r) => r.amendmentDateBeforeVersion(a.opened_on, versionSignedOn)),
      );
    }
    const withdrawn = isWithdrawn(a);
    if (withdrawn) {
      const on = a.withdrawn!.date;
      if (isValidDate(on) && isValidDate(a.opened_on) && compareDates(on, a.opened_on) < 0) {
        add(
          `/amendments/${i}/withdrawn/date`,
          'amendment-date',
          'error',
          both((r) => r.withdrawnBeforeOpened(on, a.opened_on)),
        );
      }
      // Signed by all its signers, it took effect: a later avenant changes it.
      if (completedOn(amendmentSigners(charter, a.number), a.signatures ?? []) !== undefined) {
        add(
          `/amendments/${i}/withdrawn`,
          'amendment-withdrawn-signed',
          'error',
          both((r) => r.withdrawnSigned(a.number)),
        );
      }
      // An associate it was bringing in, still marked a required signer: the signed version
      // would now await it (`charte amend --withdraw` takes the mark away).
      (a.joining ?? []).forEach((id, j) => {
        const entity = charter.entities.find((e) => e.id === id);
        if (
          entity?.role === 'associate' &&
          entity.required_signer === true &&
          !versionSigners.has(id) &&
          !joined.has(id)
        ) {
          add(
            `/amendments/${i}/joining/${j}`,
            'withdrawn-joining-signer',
            'error',
            both((r) => r.withdrawnJoiningSigner(id, a.number)),
          );
        }
      });
    } else if (amendmentSignedOn(charter, a.number) === undefined) {
      if (open !== undefined) {
        add(
          `/amendments/${i}`,
          'amendments-open',
          'error',
          both((r) => r.amendmentsOpen(open!)),
        );
      } else open = a.number;
    }
    // A withdrawn avenant's joining list is a record of what was proposed: its entities did not
    // join (they may be gone from `entities`, and may join through a later avenant).
    if (!withdrawn)
      (a.joining ?? []).forEach((id, j) => {
        if (!entityIds.includes(id)) {
          add(
            `/amendments/${i}/joining/${j}`,
            'joining-undeclared',
            'error',
            both((r) => r.joiningUndeclared(id)),
          );
        }
        const first = joinedBy.get(id);
        if (first !== undefined) {
          add(
            `/amendments/${i}/joining/${j}`,
            'joining-twice',
            'error',
            both((r) => r.joiningTwice(id, first)),
          );
        } else joinedBy.set(id, a.number);
      });
    const signers = amendmentSigners(charter, a.number);
    const seen = new Set<string>();
    (a.signatures ?? []).forEach((s, j) => {
      const pointer = `/amendments/${i}/signatures/${j}`;
      if (entityIds.includes(s.entity) && !signers.includes(s.entity)) {
        add(
          `${pointer}/entity`,
          'amendment-signer',
          'error',
          both((r) => r.notAmendmentSigner(s.entity, a.number, signers.map((x) => `\`${x}\``).join(', '))),
        );
      }
      if (seen.has(s.entity)) {
        add(
          pointer,
          'duplicate-signature',
          'error',
          both((r) => r.duplicateAmendmentSignature(s.entity, a.number)),
        );
      }
      seen.add(s.entity);
      if (isValidDate(s.date) && isValidDate(a.opened_on) && compareDates(s.date, a.opened_on) < 0) {
        add(
          `${pointer}/date`,
          'amendment-date',
          'error',
          both((r) => r.signatureBeforeOpened(s.date, a.opened_on)),
        );
      }
    });
  });

  if (options.checkFiles !== false && file.path !== '') {
    const decisions: Array<[string, Decision]> = [
      ...(charter.decisions ?? []).map((d, i) => [`/decisions/${i}`, d] as [string, Decision]),
      ...amendments.flatMap((a, i) =>
        (a.decisions ?? []).map((d, j) => [`/amendments/${i}/decisions/${j}`, d] as [string, Decision]),
      ),
    ];
    const pinned = decisions.filter(([, d]) => d.file !== undefined);
    if (pinned.length > 0) {
      const root = repositoryRootOf(file.path);
      for (const [pointer, d] of pinned) checkDecisionFile(root, `${pointer}/file/path`, d.file!, add);
    }
  }

  const suspended = charter.suspended;
  if (suspended?.resumed_on !== undefined && compareDates(suspended.resumed_on, suspended.since) < 0) {
    add(
      '/suspended/resumed_on',
      'resumed-before-suspended',
      'error',
      both((r) => r.resumedBeforeSince(suspended.resumed_on!, suspended.since)),
    );
  }
  const lastSignature = (charter.signatures ?? [])
    .map((s) => s.date)
    .filter(isValidDate)
    .reduce<string | undefined>((a, b) => (a === undefined || compareDates(b, a) > 0 ? b : a), undefined);
  if (lastSignature !== undefined) {
    if (suspended && isValidDate(suspended.since) && compareDates(suspended.since, lastSignature) < 0) {
      add(
        '/suspended/since',
        'suspended-before-signature',
        'warning',
        both((r) => r.suspendedBeforeSignature(suspended.since, lastSignature)),
      );
    }
    const terminated = charter.terminated;
    if (terminated && isValidDate(terminated.date) && compareDates(terminated.date, lastSignature) < 0) {
      add(
        '/terminated/date',
        'terminated-before-signature',
        'warning',
        both((r) => r.terminatedBeforeSignature(terminated.date, lastSignature)),
      );
    }
  }
  charter.commitments.forEach((c, i) => {
    if (c.status === undefined && (c.status_on !== undefined || c.status_note !== undefined)) {
      add(
        `/commitments/${i}`,
        'status-missing',
        'warning',
        both((r) => r.statusOnWithoutStatus),
      );
    }
  });
}

function checkDecisionFile(
  root: string,
  pointer: string,
  pin: { path: string; sha256: string },
  add: Add,
): void {
  const target = resolve(root, pin.path);
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    add(
      pointer,
      'decision-file-missing',
      'error',
      both((r) => r.decisionFileMissing(pin.path)),
    );
    return;
  }
  const rel = relative(realpathSync(root), real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || !statSync(real).isFile()) {
    add(
      pointer,
      'decision-file-outside',
      'error',
      both((r) => r.decisionFileOutside(pin.path)),
    );
    return;
  }
  const actual = createHash('sha256').update(readFileSync(real)).digest('hex');
  if (actual !== pin.sha256) {
    add(
      pointer,
      'decision-file-changed',
      'warning',
      both((r) => r.decisionFileChanged(pin.path, actual.slice(0, 12))),
    );
  }
}
