/**
 * Rendering a charter file from a template: the front matter part sees the charter's values as
 * they are (it must emit each through `{{yaml …}}`); the body part sees them escaped for
 * Markdown, plus views that save templates from joins (each entity with its referents,
 * resources and signature; commitments with the names of their carriers...).
 *
 * The rendered front matter must read back as exactly the charter it was given: a template that
 * forgets a field or pastes a value without `{{yaml …}}` is caught here, not in a user's file.
 */

import { isDeepStrictEqual } from 'node:util';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { PositionedYaml } from '../load/yaml.js';
import {
  type Charter,
  type Commitment,
  DEFAULT_NOTICE_MONTHS,
  DEFAULT_PERIOD_YEARS,
  type Decision,
  type Entity,
  EVALUATION_CRITERIA,
  type Referent,
  type Resource,
  type Signature,
} from '../model/charter.js';
import { type BlockName, renderBlocks } from '../text/blocks.js';
import { escapeForBody } from '../text/markdown.js';
import { frenchTypography } from '../text/typography.js';
import { TemplateError } from './engine.js';
import { label } from './labels.js';
import type { CompiledParts } from './template.js';

type CommitmentView = Commitment & { number: number; carriers: string[]; pillar_labels: string[] };
type ResourceView = Resource & { entity_name: string };
type EntityView = Entity & {
  referents: Referent[];
  resources: ResourceView[];
  commitments: CommitmentView[];
  decisions: Decision[];
  signature?: Signature;
};

/** What the body template sees (every string already escaped for Markdown). */
export interface BodyContext extends Omit<Charter, 'entities' | 'commitments' | 'resources'> {
  entities: EntityView[];
  north: EntityView[];
  south: EntityView[];
  associates: EntityView[];
  /** The entities whose signature is required: north, then south. */
  signers: EntityView[];
  commitments: CommitmentView[];
  resources: ResourceView[];
  financial_resources: ResourceView[];
  period_years: number;
  notice_months: number;
  tacit: boolean;
  evaluation_rows: { criterion: string; criterion_label: string; value: number }[];
  /** The generated blocks, markers included (`{{blocks.parties}}` on a line of its own): see docs/blocks.md. */
  blocks: Record<BlockName, string>;
}

const CRITERIA: readonly string[] = EVALUATION_CRITERIA;

function uiLang(language: string): Lang {
  return language.startsWith('en') ? 'en' : 'fr';
}

export function bodyContext(charter: Charter): BodyContext {
  const c = escapeForBody(charter);
  const lang = uiLang(charter.language);
  const names = new Map(c.entities.map((e) => [e.id, e.name]));
  const commitments: CommitmentView[] = c.commitments.map((commitment, i) => ({
    ...commitment,
    number: i + 1,
    carriers: commitment.by.map((id) => names.get(id) ?? id),
    pillar_labels: commitment.pillars.map((p) => label('pillar', p, lang)),
  }));
  const resources: ResourceView[] = c.resources.map((r) => ({
    ...r,
    entity_name: names.get(r.entity) ?? r.entity,
  }));
  const entities: EntityView[] = c.entities.map((e) => {
    const view: EntityView = {
      ...e,
      referents: c.referents.filter((r) => r.entity === e.id),
      resources: resources.filter((r) => r.entity === e.id),
      commitments: commitments.filter((k) => k.by.includes(e.id)),
      decisions: (c.decisions ?? []).filter((d) => d.entity === e.id),
    };
    const signature = (c.signatures ?? []).find((s) => s.entity === e.id);
    if (signature) view.signature = signature;
    return view;
  });
  const byRole = (role: Entity['role']) => entities.filter((e) => e.role === role);
  const evaluation = (c.evaluation ?? {}) as Record<string, number | undefined>;
  return {
    ...c,
    entities,
    north: byRole('north'),
    south: byRole('south'),
    associates: byRole('associate'),
    signers: [...byRole('north'), ...byRole('south')],
    commitments,
    resources,
    financial_resources: resources.filter((r) => r.type === 'financial'),
    period_years: c.renewal?.period_years ?? DEFAULT_PERIOD_YEARS,
    notice_months: c.renewal?.notice_months ?? DEFAULT_NOTICE_MONTHS,
    tacit: c.renewal?.tacit ?? false,
    evaluation_rows: CRITERIA.flatMap((criterion) => {
      const value = evaluation[criterion];
      return value === undefined
        ? []
        : [{ criterion, criterion_label: label('criterion', criterion, lang), value }];
    }),
    blocks: renderBlocks(charter),
  };
}

export interface RenderedCharter {
  text: string;
  frontMatter: string;
  body: string;
}

/** The charter file: `---`, the rendered front matter, `---`, a blank line, the rendered body. */
export function renderCharter(parts: CompiledParts, charter: Charter, lang: Lang): RenderedCharter {
  const language = uiLang(charter.language);
  const frontMatter = ensureNewline(parts.frontMatter(structuredClone(charter), language));
  checkFrontMatter(frontMatter, charter, parts.names.frontMatter, lang);
  const rendered = tidy(parts.body(bodyContext(charter), language));
  // What people sign: French typography on the whole text (idempotent on the blocks, which have it).
  const body = ensureNewline(language === 'fr' ? frenchTypography(rendered) : rendered);
  return { text: `---\n${frontMatter}---\n\n${body}`, frontMatter, body };
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** No runs of blank lines (left by optional sections), no blank lines at the start or the end. */
function tidy(text: string): string {
  // Trailing blanks and newlines by loops: `/[ \t]+$/gm` and `/\n+$/` backtrack quadratically.
  const lines = text.split('\n').map((line) => {
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    return line.slice(0, end);
  });
  const joined = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
  let end = joined.length;
  while (end > 0 && joined[end - 1] === '\n') end--;
  return end < joined.length ? `${joined.slice(0, end)}\n` : joined;
}

function checkFrontMatter(text: string, charter: Charter, file: string, lang: Lang): void {
  const fr = lang === 'fr';
  if (/^(---|\.\.\.)([ \t]|$)/m.test(text)) {
    const line = text.slice(0, text.search(/^(---|\.\.\.)([ \t]|$)/m)).split('\n').length;
    throw new TemplateError(file, undefined, undefined, messages(lang).render.renderedFence(line));
  }
  const doc = new PositionedYaml(text, 0, lang);
  const parsed = doc.toValue(lang);
  if (!parsed.ok) {
    const problem = doc.problems[0]!;
    const line = text.slice(0, problem.offset).split('\n').length;
    throw new TemplateError(
      file,
      undefined,
      undefined,
      messages(lang).render.renderedInvalidYaml(line, problem.message),
    );
  }
  const value = parsed.value as Record<string, unknown> | null;
  for (const [key, expected] of Object.entries(charter)) {
    const actual = value !== null && typeof value === 'object' ? value[key] : undefined;
    if (!isDeepStrictEqual(actual, expected)) {
      throw new TemplateError(
        file,
        undefined,
        undefined,
        fr
          ? `le front matter rendu ne redonne pas la valeur de \`${key}\` (${actual === undefined ? 'absente' : JSON.stringify(actual).slice(0, 80)}) : le modèle doit l'écrire avec {{yaml …}}`
          : `the rendered front matter does not give back the value of \`${key}\` (${actual === undefined ? 'missing' : JSON.stringify(actual).slice(0, 80)}): the template must write it with {{yaml …}}`,
      );
    }
  }
  if (value !== null && typeof value === 'object') {
    const extra = Object.keys(value).filter((k) => !Object.hasOwn(charter, k));
    if (extra.length > 0) {
      throw new TemplateError(
        file,
        undefined,
        undefined,
        messages(lang).render.renderedExtraKeys(extra.join(', ')),
      );
    }
  }
}
