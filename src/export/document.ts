/**
 * The exported document as data: every label, number and date already written in the
 * document's language, so that the layouts (the Typst template for PDF, the HTML renderer) only
 * place text. Nothing here reads a file or the clock.
 */

import { messages } from '../i18n/catalogue.js';
import { countryName, formatDateLong, formatMoney, stars } from '../i18n/format.js';
import { joinList, type Lang } from '../i18n/index.js';
import {
  amendmentOf,
  amendmentSignedOn,
  amendmentSigners,
  type Charter,
  type CharterStatus,
  charterStatus,
  type Decision,
  dueOn,
  type Entity,
  EVALUATION_CRITERIA,
  isWithdrawn,
  noticeMonths,
  periodYears,
  requiredSigners,
  type Signature,
  signaturesByEntity,
} from '../model/charter.js';
import type { CalendarDate } from '../model/dates.js';
import { frenchTypography } from '../text/typography.js';
import {
  capitalize,
  ENTITY_TYPE_LABELS,
  enumLabel,
  KIND_LABELS,
  PERIOD_LABELS,
  phrase,
  REFERENT_KIND_LABELS,
  RESOURCE_TYPE_LABELS,
  ROLE_LABELS,
  SDG_NAMES,
  STATE_LABELS,
  schemaLabel,
} from './labels.js';
import type { Block } from './markdown.js';

/** Where the exported text comes from: a commit (its stamp) or the working copy. */
export interface Revision {
  /** Full object id of the commit that last recorded the charter; undefined for a working copy. */
  commit?: string;
  /** Committer date of that commit, seconds since the epoch. */
  epochSeconds?: number;
  /** The day the state is computed for: the commit's date, or today for a working copy. */
  asOf: CalendarDate;
}

export interface PdfDate {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface LabelValue {
  label: string;
  value: string;
}

export interface SignatureBlock {
  entity: string;
  country: string;
  optional: boolean;
  signed: boolean;
  signatory: string | null;
  capacity: string | null;
  /** « Fait à Kassandé, le 8 février 2025 », or the same words with blanks to fill in. */
  placeDate: string | null;
  place: string | null;
  date: string | null;
  decision: string | null;
}

export interface DocumentData {
  /** Language of the labels (`fr`, `en`). */
  lang: Lang;
  /** Language of the charter's own text (BCP 47 primary subtag), for hyphenation. */
  textLang: string;
  meta: {
    title: string;
    subject: string;
    authors: string[];
    keywords: string[];
    date: PdfDate | null;
  };
  labels: Record<string, string>;
  title: string;
  kind: string;
  version: number;
  /** `<title> · version N · <short commit or "uncommitted">`: the template adds `· page X / Y`. */
  footer: string;
  /** The north and south entities, for the title page. */
  parties: Array<{ name: string; country: string }>;
  associates: Array<{ name: string; country: string }>;
  facts: LabelValue[];
  state: string;
  entities: Array<{ name: string; role: string; type: string; country: string; decisionBody: string | null }>;
  referents: Array<{
    entity: string;
    people: Array<{ name: string; function: string; kind: string | null; email: string | null }>;
  }>;
  commitments: Array<{ id: string; title: string; details: LabelValue[] }>;
  resources: Array<{
    entity: string;
    type: string;
    description: string;
    amount: string | null;
    period: string | null;
  }>;
  totals: Array<{ entity: string; currency: string; amount: string; period: string | null }>;
  sustainability: LabelValue[];
  evaluation: Array<{ label: string; value: number; stars: string }> | null;
  sdgs: Array<{ number: number; name: string; main: boolean }>;
  agenda21: LabelValue[];
  decisions: Array<{ entity: string; body: string; reference: string; date: string; url: string | null }>;
  signatures: SignatureBlock[];
  body: Block[];
  bodyEndsWithSignatures: boolean;
  /** The summary sheet follows the signatures (a charter); an avenant's document has none. */
  summarySheet: boolean;
}

/** What the document of an avenant says, as data (it crosses to a worker thread with the task). */
export interface AmendmentDocument {
  number: number;
  purpose: string;
  /** The version the avenant amends. */
  version: number;
  openedOn: string;
  /** The day its last required signature was given (undefined while it awaits signatures). */
  concludedOn?: string;
  /** The day the version was signed. */
  versionSignedOn: string;
  /** The avenant concluded last before it, whose text it amends (undefined: the version as signed). */
  after?: { number: number; signedOn: string };
  /** The charter's renewal date, which the avenant does not move (a tacit renewal's next one). */
  dueOn?: string;
}

export interface DocumentOptions {
  lang: Lang;
  revision: Revision;
  body: Block[];
  bodyEndsWithSignatures: boolean;
  /** The document of this avenant instead of the charter's (`export --amendment`). */
  amendment?: AmendmentDocument | undefined;
}

export const SHORT_COMMIT_LENGTH = 7;

/** The PDF creation date: the commit's instant in UTC, or noon UTC of a calendar date. */
function pdfDate(revision: Revision, fallback: CalendarDate | undefined): PdfDate | null {
  if (revision.epochSeconds !== undefined) {
    const d = new Date(revision.epochSeconds * 1000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    };
  }
  if (fallback === undefined) return null;
  const [year, month, day] = fallback.split('-').map(Number) as [number, number, number];
  return { year, month, day, hour: 12, minute: 0, second: 0 };
}

/** The latest date the charter itself records (a working copy's stable creation date). */
export function latestRecordedDate(charter: Charter): CalendarDate | undefined {
  const dates = [
    ...(charter.signatures ?? []).map((s) => s.date),
    ...(charter.decisions ?? []).map((d) => d.date),
    charter.terminated?.date,
    charter.suspended?.since,
  ].filter((d): d is string => typeof d === 'string');
  return dates.sort().at(-1);
}

export function buildDocument(charter: Charter, options: DocumentOptions): DocumentData {
  const { lang, revision } = options;
  const L = (path: string[]) => capitalize(schemaLabel(path, lang));
  const date = (d: string) => formatDateLong(d, lang);
  const entityById = new Map(charter.entities.map((e) => [e.id, e]));
  const entityName = (id: string) => entityById.get(id)?.name ?? id;
  const country = (code: string) => countryName(code, lang);
  const status: CharterStatus = charterStatus(charter, revision.asOf);
  const amendment = options.amendment;
  const say = messages(lang).export.amendmentDocument;
  const kind = amendment ? say.kind(amendment.number) : enumLabel(KIND_LABELS, charter.kind, lang);
  const short = revision.commit?.slice(0, SHORT_COMMIT_LENGTH);
  const versionWord = schemaLabel(['version'], lang);
  const shownRevision = short ?? phrase('uncommitted', lang);
  const footer = amendment
    ? say.footer(charter.title, amendment.number, charter.version, shownRevision)
    : `${charter.title} · ${versionWord} ${charter.version} · ${shownRevision}`;
  // An avenant is signed by its own signers: the version's required signers and those joining.
  const amendmentEntry = amendment ? amendmentOf(charter, amendment.number) : undefined;
  const signerIds = amendment ? new Set(amendmentSigners(charter, amendment.number)) : undefined;
  const signingEntities = signerIds ? charter.entities.filter((e) => signerIds.has(e.id)) : charter.entities;

  const parties = signingEntities
    .filter((e) => e.role !== 'associate')
    .map((e) => ({ name: e.name, country: country(e.country) }));
  const associates = signingEntities
    .filter((e) => e.role === 'associate')
    .map((e) => ({ name: e.name, country: country(e.country) }));

  const facts: LabelValue[] = amendment
    ? amendmentFacts(charter, amendment, signingEntities, lang)
    : charterFacts(charter, status, kind, revision, lang);
  facts.push({ label: L(['id']), value: charter.id });
  facts.push({
    label: phrase('revision', lang),
    value: revision.commit ? `${short} (${date(revision.asOf)})` : phrase('uncommittedLong', lang),
  });

  const entities = charter.entities.map((e) => ({
    name: e.name,
    role: enumLabel(ROLE_LABELS, e.role, lang),
    type: enumLabel(ENTITY_TYPE_LABELS, e.type, lang),
    country: country(e.country),
    decisionBody: e.decision_body ?? null,
  }));

  const referents = charter.entities
    .map((e) => ({
      entity: e.name,
      people: charter.referents
        .filter((r) => r.entity === e.id)
        .map((r) => ({
          name: r.name,
          function: r.function,
          kind: r.kind ? enumLabel(REFERENT_KIND_LABELS, r.kind, lang) : null,
          email: r.email ?? null,
        })),
    }))
    .filter((group) => group.people.length > 0);

  const pillarLabel = (p: string) => schemaLabel(['sustainability', p], lang);
  const list = (items: string[]) => items.join(', ');
  const commitments = charter.commitments.map((c) => {
    const details: LabelValue[] = [{ label: L(['$commitment', 'by']), value: list(c.by.map(entityName)) }];
    if (c.referent) details.push({ label: L(['$commitment', 'referent']), value: c.referent });
    details.push({ label: L(['$commitment', 'pillars']), value: list(c.pillars.map(pillarLabel)) });
    if (c.sdgs?.length) {
      details.push({
        label: L(['$commitment', 'sdgs']),
        value: list(c.sdgs.map((n) => `${n} (${SDG_NAMES[n - 1]?.[lang] ?? ''})`)),
      });
    }
    if (c.actions?.length) details.push({ label: L(['$commitment', 'actions']), value: list(c.actions) });
    if (c.due) details.push({ label: L(['$commitment', 'due']), value: date(c.due) });
    return { id: c.id, title: c.title, details };
  });

  const resources = charter.resources.map((r) => ({
    entity: entityName(r.entity),
    type: enumLabel(RESOURCE_TYPE_LABELS, r.type, lang),
    description: r.description,
    amount: r.amount !== undefined && r.currency ? formatMoney(r.amount, r.currency, lang) : null,
    period: r.period ? enumLabel(PERIOD_LABELS, r.period, lang) : null,
  }));

  // Amounts add up only within one entity, one currency and one periodicity: a yearly grant and
  // a one-off contribution are not one sum.
  const sums = new Map<
    string,
    { entity: string; currency: string; period: string | undefined; amount: number }
  >();
  for (const r of charter.resources) {
    if (r.type !== 'financial' || r.amount === undefined || !r.currency) continue;
    const key = `${r.entity}\0${r.currency}\0${r.period ?? ''}`;
    const sum = sums.get(key) ?? { entity: r.entity, currency: r.currency, period: r.period, amount: 0 };
    sum.amount += r.amount;
    sums.set(key, sum);
  }
  const totals = [...sums.values()].map((s) => ({
    entity: entityName(s.entity),
    currency: s.currency,
    amount: formatMoney(Math.round(s.amount * 100) / 100, s.currency, lang),
    period: s.period ? enumLabel(PERIOD_LABELS, s.period, lang) : null,
  }));

  const sustainability = (['environment', 'economy', 'social'] as const).map((p) => ({
    label: capitalize(pillarLabel(p)),
    value: charter.sustainability[p],
  }));

  const criteria = EVALUATION_CRITERIA;
  const evaluation = charter.evaluation
    ? criteria
        .filter((c) => charter.evaluation?.[c] !== undefined)
        .map((c) => {
          const value = charter.evaluation![c]!;
          return { label: L(['evaluation', c]), value, stars: stars(value) };
        })
    : null;

  const sdgs = (charter.sdgs ?? []).map((n, i) => ({
    number: n,
    name: SDG_NAMES[n - 1]?.[lang] ?? '',
    main: i === 0,
  }));

  const agenda21: LabelValue[] = [];
  const a = charter.agenda21;
  if (a) {
    const add = (key: string, value: string | undefined) => {
      if (value !== undefined && value !== '') agenda21.push({ label: L(['agenda21', key]), value });
    };
    add('objective', a.objective);
    add('action', a.action);
    add('indicator', a.indicator);
    add('pilot', a.pilot);
    add('services', a.services?.join(', '));
    add('others', a.others?.join(', '));
    add('links', a.links?.join(', '));
    add('calendar', a.calendar);
  }

  const decisionList: Decision[] = amendment ? (amendmentEntry?.decisions ?? []) : (charter.decisions ?? []);
  const decisions = decisionList.map((d) => ({
    entity: entityName(d.entity),
    body: d.body,
    reference: d.reference,
    date: date(d.date),
    url: d.url && /^https?:\/\//i.test(d.url) ? d.url : null,
  }));

  const byEntity = amendment
    ? signaturesByEntity({ signatures: amendmentEntry?.signatures ?? [] })
    : signaturesByEntity(charter);
  const required = signerIds ?? new Set(requiredSigners(charter));
  const blank = '________________';
  const signatures: SignatureBlock[] = signingEntities.map((e) => {
    const s: Signature | undefined = byEntity.get(e.id);
    const decision = decisionList.find((d) => d.entity === e.id);
    const decisionText =
      s?.decision ??
      (decision ? `${decision.reference} ${phrase('decisionOf', lang)} ${date(decision.date)}` : null);
    if (!s) {
      return {
        entity: e.name,
        country: country(e.country),
        optional: !required.has(e.id),
        signed: false,
        signatory: null,
        capacity: null,
        place: null,
        date: null,
        placeDate: `${phrase('signedAt', lang)} ${blank}, ${phrase('on', lang)} ${blank}`,
        decision: decisionText,
      };
    }
    return {
      entity: e.name,
      country: country(e.country),
      optional: !required.has(e.id),
      signed: true,
      signatory: s.signatory,
      capacity: s.capacity,
      place: s.place ?? null,
      date: date(s.date),
      placeDate: s.place
        ? `${phrase('signedAt', lang)} ${s.place}, ${phrase('on', lang)} ${date(s.date)}`
        : `${capitalize(phrase('on', lang))} ${date(s.date)}`,
      decision: decisionText,
    };
  });

  const labels: Record<string, string> = {
    between: phrase('between', lang),
    with: phrase('with', lang),
    summary: phrase('summary', lang),
    summaryNote: phrase('summaryNote', lang),
    charterText: phrase('charterText', lang),
    entitiesAndReferents: `${L(['entities'])} ${messages(lang).export.and} ${schemaLabel(['referents'], lang)}`,
    entities: L(['entities']),
    referents: L(['referents']),
    entityName: L(['$entity', 'name']),
    role: L(['$entity', 'role']),
    type: L(['$entity', 'type']),
    country: L(['$entity', 'country']),
    decisionBody: L(['$entity', 'decision_body']),
    referentName: L(['$referent', 'name']),
    function: L(['$referent', 'function']),
    kind: L(['$referent', 'kind']),
    email: L(['$referent', 'email']),
    commitments: L(['commitments']),
    resources: L(['resources']),
    resourceEntity: L(['$resource', 'entity']),
    resourceType: L(['$resource', 'type']),
    description: L(['$resource', 'description']),
    amount: L(['$resource', 'amount']),
    currency: L(['$resource', 'currency']),
    period: L(['$resource', 'period']),
    totals: phrase('totals', lang),
    total: phrase('total', lang),
    sustainability: L(['sustainability']),
    evaluation: L(['evaluation']),
    sdgsAndAgenda: phrase('sdgsAndAgenda', lang),
    sdgs: L(['sdgs']),
    mainGoal: phrase('mainGoal', lang),
    agenda21: L(['agenda21']),
    decisions: amendment ? say.decisions : L(['decisions']),
    decisionEntity: L(['$decision', 'entity']),
    decisionBodyShort: L(['$decision', 'body']),
    reference: L(['$decision', 'reference']),
    date: L(['$decision', 'date']),
    url: L(['$decision', 'url']),
    signatures: L(['signatures']),
    signatory: L(['$signature', 'signatory']),
    capacity: L(['$signature', 'capacity']),
    place: L(['$signature', 'place']),
    signatureDecision: L(['$signature', 'decision']),
    forEntity: phrase('forEntity', lang),
    optional: phrase('optional', lang),
    awaiting: phrase('noSignature', lang),
    signature: phrase('signatureHere', lang),
    name: phrase('name', lang),
    page: phrase('page', lang),
    starsOutOf: phrase('stars', lang),
  };

  const authors = charter.entities.map((e) => e.name);
  const subject = messages(lang).export.subject(
    kind,
    charter.version,
    joinList(
      parties.map((p) => p.name),
      lang,
    ),
  );
  const keywords = [
    kind,
    charter.id,
    `${versionWord} ${charter.version}`,
    ...charter.entities.map((e) => e.name),
    ...[...new Set(charter.entities.map((e) => country(e.country)))],
    ...(charter.sdgs ?? []).map((n) => `${schemaLabel(['sdgs'], lang)} ${n}`),
    ...(charter.agenda21 ? ['Agenda 21'] : []),
  ];

  return {
    lang,
    textLang: charter.language.split('-')[0]!.toLowerCase(),
    meta: {
      // Not laid out by the template: the French typography of « » is set here.
      title: amendment
        ? lang === 'fr'
          ? frenchTypography(say.metaTitle(amendment.number, charter.title))
          : say.metaTitle(amendment.number, charter.title)
        : charter.title,
      subject,
      authors,
      keywords,
      date: pdfDate(revision, revision.commit ? undefined : latestRecordedDate(charter)),
    },
    labels,
    title: charter.title,
    kind,
    version: charter.version,
    footer,
    parties,
    associates,
    facts,
    state: enumLabel(STATE_LABELS, status.state, lang),
    entities,
    referents,
    commitments,
    resources,
    totals,
    sustainability,
    evaluation,
    sdgs,
    agenda21,
    decisions,
    signatures,
    body: options.body,
    bodyEndsWithSignatures: options.bodyEndsWithSignatures,
    summarySheet: amendment === undefined,
  };
}

/**
 * The fact box of a charter: its kind and nature, version and state, signature and due date,
 * the avenants that amended it (« Modifiée par l’avenant n° 1 du … »), renewal, suspension and
 * termination.
 */
function charterFacts(
  charter: Charter,
  status: CharterStatus,
  kind: string,
  revision: Revision,
  lang: Lang,
): LabelValue[] {
  const L = (path: string[]) => capitalize(schemaLabel(path, lang));
  const date = (d: string) => formatDateLong(d, lang);
  const say = messages(lang).export;
  const facts: LabelValue[] = [
    { label: L(['kind']), value: kind },
    {
      label: L(['binding']),
      value: charter.binding === true ? say.bindingAgreement : say.politicalCommitment,
    },
    { label: L(['version']), value: String(charter.version) },
    {
      label: `${phrase('stateOn', lang)} ${date(revision.asOf)}`,
      value: enumLabel(STATE_LABELS, status.state, lang),
    },
  ];
  if (status.signedOn) facts.push({ label: phrase('signedOn', lang), value: date(status.signedOn) });
  const due = dueOn(charter);
  if (due) facts.push({ label: phrase('renewalDue', lang), value: date(due) });
  const concluded = (charter.amendments ?? [])
    .filter((a) => !isWithdrawn(a))
    .map((a) => ({ number: a.number, on: amendmentSignedOn(charter, a.number) }))
    .filter((a): a is { number: number; on: string } => a.on !== undefined)
    .sort((x, y) => x.number - y.number)
    .map((a) => say.amendmentDocument.amendedByValue(a.number, date(a.on)));
  if (concluded.length > 0)
    facts.push({ label: say.amendmentDocument.amendedBy, value: joinList(concluded, lang) });
  facts.push({
    label: phrase('renewal', lang),
    value:
      phrase('renewalText', lang, {
        years: String(periodYears(charter)),
        months: String(noticeMonths(charter)),
      }) + (charter.renewal?.tacit === true ? `, ${phrase('tacit', lang)}` : ''),
  });
  if (charter.suspended) {
    const { since, reason } = charter.suspended;
    facts.push({
      label: phrase('suspendedSince', lang),
      value: `${date(since)} (${phrase('reason', lang)}${say.colon}${reason})`,
    });
  }
  if (charter.terminated) {
    const t = charter.terminated;
    facts.push({
      label: phrase('terminatedOn', lang),
      value: `${date(t.date)} (${phrase('reason', lang)}${say.colon}${t.reason}${t.decision ? `; ${t.decision}` : ''})`,
    });
  }
  return facts;
}

/** The fact box of an avenant's document: its purpose, the version it amends, its dates. */
function amendmentFacts(
  charter: Charter,
  amendment: AmendmentDocument,
  signers: readonly Entity[],
  lang: Lang,
): LabelValue[] {
  const date = (d: string) => formatDateLong(d, lang);
  const say = messages(lang).export.amendmentDocument;
  const facts: LabelValue[] = [
    { label: say.purpose, value: amendment.purpose },
    {
      label: say.amendedVersion,
      value: say.amendedVersionValue(amendment.version, date(amendment.versionSignedOn)),
    },
    { label: say.openedOn, value: date(amendment.openedOn) },
  ];
  if (amendment.concludedOn !== undefined) {
    facts.push({ label: say.concludedOn, value: date(amendment.concludedOn) });
  } else {
    const signed = signaturesByEntity({
      signatures: amendmentOf(charter, amendment.number)?.signatures ?? [],
    });
    const awaited = signers.filter((e) => !signed.has(e.id)).map((e) => e.name);
    facts.push({ label: say.awaiting, value: joinList(awaited, lang) });
  }
  if (amendment.dueOn !== undefined)
    facts.push({ label: phrase('renewalDue', lang), value: date(amendment.dueOn) });
  return facts;
}
