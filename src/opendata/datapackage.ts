/**
 * Frictionless Data Package v2 (datapackage.org, 2.0): one CSV per table of the charter model and
 * an inline Table Schema for each, with primary and foreign keys. Lists (entities carrying a
 * commitment, pillars, SDGs) are `;`-separated strings, which every Table Schema reader accepts.
 */

import { type CharterState, type Decision, isWithdrawn, type Signature } from '../model/charter.js';

import { csvDocument } from './text.js';
import { type BuildResult, type PublishContext, type PublishInput, publishedStatus } from './types.js';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

type Cell = string | number | boolean | undefined;

interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  title: string;
  required?: boolean;
  enum?: readonly string[];
  pattern?: string;
}

interface Table {
  name: string;
  title: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
  rows: Cell[][];
}

const STANDINGS: readonly CharterState[] = [
  'draft',
  'partially_signed',
  'in_force',
  'due_soon',
  'overdue',
  'suspended',
  'terminated',
];
const LIST = '^[^;]+(;[^;]+)*$';
const SDG_LIST = '^([1-9]|1[0-7])(;([1-9]|1[0-7]))*$';

const f = (name: string, type: Field['type'], title: string, extra: Partial<Field> = {}): Field => ({
  name,
  type,
  title,
  ...extra,
});
const charterKey = { fields: ['charter_id'], reference: { resource: 'charters', fields: ['id'] } };
const entityKey = {
  fields: ['charter_id', 'entity_id'],
  reference: { resource: 'entities', fields: ['charter_id', 'entity_id'] },
};

function tables(inputs: readonly PublishInput[], context: PublishContext): Table[] {
  const charters: Cell[][] = [];
  const entities: Cell[][] = [];
  const commitments: Cell[][] = [];
  const resources: Cell[][] = [];
  const decisions: Cell[][] = [];
  const signatures: Cell[][] = [];
  const decisionRow = (id: string, amendment: number | undefined, d: Decision): Cell[] => [
    id,
    amendment,
    d.entity,
    d.body,
    d.reference,
    d.date,
    d.subject,
    d.subject_code,
    d.transmitted_on,
    d.vote?.members,
    d.vote?.present,
    d.vote?.for,
    d.vote?.against,
    d.vote?.abstention,
    d.url,
  ];
  const signatureRow = (id: string, amendment: number | undefined, s: Signature): Cell[] => [
    id,
    amendment,
    s.entity,
    s.signatory,
    s.capacity,
    s.date,
    s.place,
    s.decision,
  ];
  for (const input of inputs) {
    const { charter, repoPath } = input;
    const id = charter.id;
    const status = publishedStatus(input, context.asOf);
    charters.push([
      id,
      charter.title,
      charter.kind,
      charter.binding ?? false,
      charter.language,
      charter.version,
      status.state,
      status.signedOn,
      status.dueOn,
      charter.suspended?.since,
      charter.terminated?.date,
      (charter.sdgs ?? []).join(';') || undefined,
      repoPath,
    ]);
    for (const e of charter.entities) {
      const ids = e.identifiers;
      entities.push([
        id,
        e.id,
        e.name,
        e.role,
        e.type,
        e.country,
        e.decision_body,
        ids?.siren,
        ids?.siret,
        ids?.insee_code,
        ids?.iati_org_id,
        (ids?.others ?? []).map((o) => `${o.scheme}:${o.value}`).join(';') || undefined,
      ]);
    }
    for (const c of charter.commitments) {
      commitments.push([
        id,
        c.id,
        c.title,
        c.by.join(';'),
        c.pillars.join(';'),
        (c.sdgs ?? []).join(';') || undefined,
        c.due,
        c.status,
        c.status_on,
      ]);
    }
    charter.resources.forEach((r, i) => {
      resources.push([id, i + 1, r.entity, r.type, r.description, r.amount, r.currency, r.period]);
    });
    for (const d of charter.decisions ?? []) decisions.push(decisionRow(id, undefined, d));
    for (const s of charter.signatures ?? []) signatures.push(signatureRow(id, undefined, s));
    for (const a of charter.amendments ?? []) {
      // A council's vote on an avenant is a decision even when the avenant was withdrawn; the
      // signatures of a withdrawn avenant never made an act, and are not published.
      for (const d of a.decisions ?? []) decisions.push(decisionRow(id, a.number, d));
      if (isWithdrawn(a)) continue;
      for (const s of a.signatures ?? []) signatures.push(signatureRow(id, a.number, s));
    }
  }
  const charterId = f('charter_id', 'string', 'charter identifier', { required: true });
  const amendment = f('amendment', 'integer', 'amendment number (empty: the version itself)');
  return [
    {
      name: 'charters',
      title: 'Charters',
      primaryKey: ['id'],
      fields: [
        f('id', 'string', 'identifier', { required: true }),
        f('title', 'string', 'title', { required: true }),
        f('kind', 'string', 'kind of act', {
          required: true,
          enum: ['solidarity_charter', 'twinning_charter', 'cooperation_agreement', 'amendment'],
        }),
        f('binding', 'boolean', 'binding convention (CGCT L.1115-1)', { required: true }),
        f('language', 'string', 'language (BCP 47)', { required: true }),
        f('version', 'integer', 'version', { required: true }),
        f('standing', 'string', 'standing on the publication day', { required: true, enum: STANDINGS }),
        f('signed_on', 'date', 'signed on (last required signature)'),
        f('due_on', 'date', 'renewal due on'),
        f('suspended_since', 'date', 'suspended since'),
        f('terminated_on', 'date', 'terminated on'),
        f('sdgs', 'string', 'Sustainable Development Goals (;-separated)', { pattern: SDG_LIST }),
        f('path', 'string', 'file in the repository', { required: true }),
      ],
      rows: charters,
    },
    {
      name: 'entities',
      title: 'Entities',
      primaryKey: ['charter_id', 'entity_id'],
      foreignKeys: [charterKey],
      fields: [
        charterId,
        f('entity_id', 'string', 'entity code', { required: true }),
        f('name', 'string', 'official name', { required: true }),
        f('role', 'string', 'role', { required: true, enum: ['north', 'south', 'associate'] }),
        f('type', 'string', 'type', { required: true }),
        f('country', 'string', 'country (ISO 3166-1 alpha-2)', { required: true, pattern: '^[A-Z]{2}$' }),
        f('decision_body', 'string', 'decision-making body'),
        f('siren', 'string', 'SIREN', { pattern: '^[0-9]{9}$' }),
        f('siret', 'string', 'SIRET', { pattern: '^[0-9]{14}$' }),
        f('insee_code', 'string', 'INSEE commune code (COG)', { pattern: '^([0-9]{2}|2A|2B)[0-9]{3}$' }),
        f('iati_org_id', 'string', 'IATI organisation identifier'),
        f('other_identifiers', 'string', 'other identifiers (scheme:value, ;-separated)'),
      ],
      rows: entities,
    },
    {
      name: 'commitments',
      title: 'Commitments',
      primaryKey: ['charter_id', 'commitment_id'],
      foreignKeys: [charterKey],
      fields: [
        charterId,
        f('commitment_id', 'string', 'commitment code', { required: true }),
        f('title', 'string', 'title', { required: true }),
        f('carried_by', 'string', 'entity codes carrying it (;-separated)', {
          required: true,
          pattern: LIST,
        }),
        f('pillars', 'string', 'sustainability pillars (;-separated)', {
          required: true,
          pattern: '^(environment|economy|social)(;(environment|economy|social))*$',
        }),
        f('sdgs', 'string', 'Sustainable Development Goals (;-separated)', { pattern: SDG_LIST }),
        f('due', 'date', 'due'),
        f('status', 'string', 'status', { enum: ['planned', 'in_progress', 'done', 'abandoned'] }),
        f('status_on', 'date', 'status as of'),
      ],
      rows: commitments,
    },
    {
      name: 'resources',
      title: 'Resources',
      primaryKey: ['charter_id', 'resource_number'],
      foreignKeys: [charterKey, { ...entityKey }],
      fields: [
        charterId,
        f('resource_number', 'integer', 'position in the charter', { required: true }),
        f('entity_id', 'string', 'entity code', { required: true }),
        f('type', 'string', 'type', { required: true, enum: ['financial', 'human', 'material'] }),
        f('description', 'string', 'description', { required: true }),
        f('amount', 'number', 'amount'),
        f('currency', 'string', 'currency (ISO 4217)', { pattern: '^[A-Z]{3}$' }),
        f('period', 'string', 'period', { enum: ['one_off', 'yearly', 'total'] }),
      ],
      rows: resources,
    },
    {
      name: 'decisions',
      title: 'Decisions',
      primaryKey: [],
      foreignKeys: [charterKey, { ...entityKey }],
      fields: [
        charterId,
        amendment,
        f('entity_id', 'string', 'entity code', { required: true }),
        f('body', 'string', 'decision-making body', { required: true }),
        f('reference', 'string', 'reference', { required: true }),
        f('date', 'date', 'date', { required: true }),
        f('subject', 'string', 'subject'),
        f('subject_code', 'string', 'ACTES subject code', { pattern: '^[1-9]\\.[1-9][0-9]?$' }),
        f('transmitted_on', 'date', 'transmitted to the prefecture on'),
        f('vote_members', 'integer', 'members in office'),
        f('vote_voters', 'integer', 'voters'),
        f('vote_for', 'integer', 'for'),
        f('vote_against', 'integer', 'against'),
        f('vote_abstention', 'integer', 'abstentions'),
        f('url', 'string', 'URL'),
      ],
      rows: decisions,
    },
    {
      name: 'signatures',
      title: 'Signatures',
      primaryKey: [],
      foreignKeys: [charterKey, { ...entityKey }],
      fields: [
        charterId,
        amendment,
        f('entity_id', 'string', 'entity code', { required: true }),
        f('signatory', 'string', 'signatory', { required: true }),
        f('capacity', 'string', 'capacity', { required: true }),
        f('date', 'date', 'date', { required: true }),
        f('place', 'string', 'place'),
        f('decision', 'string', 'decision reference'),
      ],
      rows: signatures,
    },
  ];
}

/** The Table Schema of a table, as the descriptor holds it. */
function tableSchema(table: Table): Record<string, unknown> {
  const schema: Record<string, unknown> = {
    $schema: TABLE_SCHEMA_PROFILE,
    fields: table.fields.map((field) => {
      const constraints: Record<string, unknown> = {};
      if (field.required) constraints.required = true;
      if (field.enum) constraints.enum = field.enum;
      if (field.pattern) constraints.pattern = field.pattern;
      return {
        name: field.name,
        type: field.type,
        title: field.title,
        ...(field.type === 'number' ? { decimalChar: '.', groupChar: '' } : {}),
        ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
      };
    }),
    missingValues: [''],
  };
  if (table.primaryKey.length > 0) schema.primaryKey = table.primaryKey;
  if (table.foreignKeys) schema.foreignKeys = table.foreignKeys;
  return schema;
}

export function buildDataPackage(inputs: readonly PublishInput[], context: PublishContext): BuildResult {
  const all = tables(inputs, context);
  const descriptor: Record<string, unknown> = {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'charte-charters',
    title: 'Solidarity charters / Chartes de solidarité',
    description: 'Solidarity charters between twinned territories, exported by charte (https://charte.dev).',
    ...(context.generatedAt ? { created: context.generatedAt } : {}),
    resources: all.map((table) => ({
      name: table.name,
      type: 'table',
      path: `${table.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: table.title,
      schema: tableSchema(table),
    })),
  };
  const files = [
    { name: 'datapackage.json', content: `${JSON.stringify(descriptor, null, 2)}\n` },
    ...all.map((table) => ({
      name: `${table.name}.csv`,
      content: csvDocument(
        table.fields.map((x) => x.name),
        table.rows,
      ),
    })),
  ];
  return { files, missing: [], included: inputs.map((i) => i.displayPath) };
}
