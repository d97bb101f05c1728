/**
 * The rules of the model that a schema alone cannot express: references between entities,
 * referents, commitments, resources, decisions and signatures; unique ids; pillar coverage;
 * dates in order and not in the future; the extra requirements of `binding: true`.
 * They run only on a charter the schema accepted, so the shapes here are the schema's types.
 */
import type { Lang } from '../i18n/index.js';
import type { CharterFile } from '../load/charter-file.js';
import { type Charter, PILLARS, requiredSigners } from '../model/charter.js';
import { type CalendarDate, compareDates, dateProblem, isValidDate } from '../model/dates.js';
import { didYouMean } from './suggest.js';

export interface RuleOptions {
  asOf: CalendarDate;
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
    { fr: "code d'entité", en: 'entity code' },
  );
  checkUnique(
    charter.commitments.map((c) => c.id),
    '/commitments',
    'id',
    add,
    { fr: "code d'engagement", en: 'commitment code' },
  );

  const roles = new Set(charter.entities.map((e) => e.role));
  for (const role of ['north', 'south'] as const) {
    if (!roles.has(role)) {
      add('/entities', 'entity-roles', 'error', {
        fr: `aucune entité de rôle \`${role}\` : une charte lie au moins une entité du Nord (\`north\`) et une du Sud (\`south\`)`,
        en: `no entity with role \`${role}\`: a charter binds at least one entity of the North (\`north\`) and one of the South (\`south\`)`,
      });
    }
  }

  const entityRef = (pointer: string, value: string) => {
    if (entityIds.includes(value)) return;
    const suggestion = didYouMean(value, entityIds);
    add(pointer, 'entity-ref', 'error', {
      fr: `\`${value}\` ne désigne aucune entité déclarée${suggestion ? ` : vouliez-vous dire \`${suggestion}\` ?` : ''} (entités : ${entityIds.join(', ')})`,
      en: `\`${value}\` names no declared entity${suggestion ? `: did you mean \`${suggestion}\`?` : ''} (entities: ${entityIds.join(', ')})`,
    });
  };
  for (const [i, r] of charter.referents.entries()) entityRef(`/referents/${i}/entity`, r.entity);
  for (const [i, c] of charter.commitments.entries()) {
    for (const [j, by] of c.by.entries()) entityRef(`/commitments/${i}/by/${j}`, by);
  }
  for (const [i, r] of charter.resources.entries()) entityRef(`/resources/${i}/entity`, r.entity);
  for (const [i, d] of (charter.decisions ?? []).entries()) entityRef(`/decisions/${i}/entity`, d.entity);
  for (const [i, s] of (charter.signatures ?? []).entries()) entityRef(`/signatures/${i}/entity`, s.entity);

  // Each north and south entity has at least one referent.
  for (const entity of charter.entities) {
    if (entity.role === 'associate') continue;
    if (!charter.referents.some((r) => r.entity === entity.id)) {
      const index = charter.entities.indexOf(entity);
      add(`/entities/${index}`, 'referent-missing', 'error', {
        fr: `l'entité \`${entity.id}\` n'a aucun référent : ajoutez sous \`referents\` une personne avec \`entity: ${entity.id}\``,
        en: `entity \`${entity.id}\` has no referent: add a person under \`referents\` with \`entity: ${entity.id}\``,
      });
    }
  }

  const referentNames = charter.referents.map((r) => r.name);
  charter.commitments.forEach((c, i) => {
    if (c.referent === undefined || referentNames.includes(c.referent)) return;
    const suggestion = didYouMean(c.referent, referentNames);
    add(`/commitments/${i}/referent`, 'referent-ref', 'error', {
      fr: `\`${c.referent}\` n'est le nom d'aucun référent déclaré${suggestion ? ` : vouliez-vous dire \`${suggestion}\` ?` : ''}`,
      en: `\`${c.referent}\` is the name of no declared referent${suggestion ? `: did you mean \`${suggestion}\`?` : ''}`,
    });
  });

  // Each pillar is carried by at least one commitment (a warning: the text may cover it).
  const carried = new Set(charter.commitments.flatMap((c) => c.pillars));
  for (const pillar of PILLARS) {
    if (!carried.has(pillar)) {
      add('/commitments', 'pillar-coverage', 'warning', {
        fr: `aucun engagement ne porte le pilier \`${pillar}\` : ajoutez-le aux \`pillars\` d'un engagement`,
        en: `no commitment carries the \`${pillar}\` pillar: add it to the \`pillars\` of a commitment`,
      });
    }
  }

  // At most one signature per entity and version.
  const signed = new Map<string, number>();
  (charter.signatures ?? []).forEach((s, i) => {
    const first = signed.get(s.entity);
    if (first !== undefined) {
      add(`/signatures/${i}`, 'duplicate-signature', 'error', {
        fr: `l'entité \`${s.entity}\` a déjà signé cette version (signature ${first + 1}) : une seule signature par entité et par version`,
        en: `entity \`${s.entity}\` already signed this version (signature ${first + 1}): one signature per entity and version`,
      });
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
      add(`/signatures/${i}/date`, 'signature-before-decision', 'error', {
        fr: `signature du ${s.date} antérieure à la délibération de \`${s.entity}\` du ${decided} : on signe après le vote`,
        en: `signature of ${s.date} precedes the decision of \`${s.entity}\` of ${decided}: sign after the vote`,
      });
    }
    if (s.decision !== undefined) {
      const refs = (charter.decisions ?? []).filter((d) => d.entity === s.entity).map((d) => d.reference);
      if (refs.length > 0 && !refs.includes(s.decision)) {
        add(`/signatures/${i}/decision`, 'decision-ref', 'warning', {
          fr: `\`${s.decision}\` ne correspond à aucune délibération de \`${s.entity}\` (${refs.join(', ')})`,
          en: `\`${s.decision}\` matches no decision of \`${s.entity}\` (${refs.join(', ')})`,
        });
      }
    }
  });

  // Signatures complete but decisions missing: renew still answers; validate warns.
  const required = requiredSigners(charter);
  if (required.every((id) => signed.has(id))) {
    for (const id of required) {
      if (!decisionDates.has(id)) {
        add(`/signatures/${signed.get(id)}/entity`, 'decision-missing', 'warning', {
          fr: `\`${id}\` a signé sans délibération enregistrée : ajoutez sous \`decisions\` le vote de son instance`,
          en: `\`${id}\` signed with no recorded decision: add its body's vote under \`decisions\``,
        });
      }
    }
  }

  // Years 0000-1899 pass the schema's date format but were computed 1,900 years off: refused.
  for (const [pointer, date] of allDatesOf(charter)) {
    if (dateProblem(date) === 'before-1900') {
      add(pointer, 'date-before-1900', 'error', {
        fr: `date ${date} : l’année ${date.slice(0, 4)} est antérieure à 1900, ce qui est une faute de frappe pour une charte ; écrivez l’année en entier (AAAA-MM-JJ, par exemple 2026-03-31)`,
        en: `date ${date}: the year ${date.slice(0, 4)} is before 1900, a typing error for a charter; write the full year (YYYY-MM-DD, e.g. 2026-03-31)`,
      });
    }
  }

  // No date lies in the future of the day of the check.
  for (const [pointer, date] of datesOf(charter)) {
    if (isValidDate(date) && compareDates(date, options.asOf) > 0) {
      add(pointer, 'future-date', 'error', {
        fr: `date ${date} dans le futur (vérification au ${options.asOf}) : une signature, une délibération ou une suspension est datée du jour où elle a eu lieu`,
        en: `date ${date} is in the future (checked as of ${options.asOf}): a signature, decision or suspension is dated the day it happened`,
      });
    }
  }

  // A binding convention (CGCT L.1115-1) states its forecast financial amounts and is voted.
  if (charter.binding === true) {
    if (!charter.resources.some((r) => r.type === 'financial')) {
      add('/resources', 'binding-financial', 'error', {
        fr: 'une convention (`binding: true`) prévoit au moins un moyen financier (`type: financial`, montant et devise)',
        en: 'a convention (`binding: true`) states at least one financial resource (`type: financial`, amount and currency)',
      });
    }
    for (const entity of charter.entities) {
      if (entity.role === 'north' && !(charter.decisions ?? []).some((d) => d.entity === entity.id)) {
        add('/binding', 'binding-decision', 'error', {
          fr: `une convention (\`binding: true\`) demande une délibération de \`${entity.id}\` : ajoutez-la sous \`decisions\``,
          en: `a convention (\`binding: true\`) needs a decision of \`${entity.id}\`: add it under \`decisions\``,
        });
      }
    }
  }
}

/** Dates of past events (commitment due dates may lie ahead, so they are not among them). */
function datesOf(charter: Charter): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [i, d] of (charter.decisions ?? []).entries()) out.push([`/decisions/${i}/date`, d.date]);
  for (const [i, s] of (charter.signatures ?? []).entries()) out.push([`/signatures/${i}/date`, s.date]);
  if (charter.suspended) out.push(['/suspended/since', charter.suspended.since]);
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

function checkUnique(
  ids: string[],
  base: string,
  key: string,
  add: Add,
  what: { fr: string; en: string },
): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) {
      add(`${base}/${i}/${key}`, 'duplicate-id', 'error', {
        fr: `${what.fr} \`${id}\` déjà utilisé (élément ${first}) : chaque code est unique`,
        en: `${what.en} \`${id}\` already used (item ${first}): each code is unique`,
      });
    } else seen.set(id, i);
  });
}
