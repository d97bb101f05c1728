/**
 * The HTML export: one self-contained file for a town's website, with the same content as the
 * PDF. The body goes remark → remark-rehype → rehype-sanitize → rehype-stringify; the sections
 * built from the front matter are hast trees and pass through the same sanitiser. The only
 * images are the charter's own, inlined as `data:` URIs after sanitising; a Content Security
 * Policy in the file forbids scripts and every external resource.
 */

import type { Element, ElementContent, Root as HastRoot, Properties } from 'hast';
import type { Heading, Root as MdastRoot } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { messages } from '../i18n/catalogue.js';
import { IMAGE_MIME } from './assets.js';
import type { DocumentData, LabelValue, SignatureBlock } from './document.js';
import { type Child, CSP, h, IMAGE_PLACEHOLDER, schema } from './html-rules.js';
import type { PreparedBody } from './markdown.js';

const cls = (...names: string[]): Properties => ({ className: names });

function labelValues(items: readonly LabelValue[], ...classNames: string[]): Element {
  return h(
    'dl',
    cls(...classNames),
    ...items.flatMap((item) => [h('dt', {}, item.label), h('dd', {}, item.value)]),
  );
}

function table(headers: readonly string[], rows: readonly (readonly Child[])[], className?: string): Element {
  return h(
    'table',
    className ? cls(className) : {},
    h('thead', {}, h('tr', {}, ...headers.map((text) => h('th', {}, text)))),
    h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cell ?? '—'))))),
  );
}

function signatureBlock(s: SignatureBlock, L: Record<string, string>): Element {
  const lines: Element[] = [];
  if (s.signed) {
    lines.push(
      labelValues(
        [
          { label: L.signatory!, value: s.signatory ?? '' },
          { label: L.capacity!, value: s.capacity ?? '' },
          ...(s.place ? [{ label: L.place!, value: s.place }] : []),
          { label: L.date!, value: s.date ?? '' },
          ...(s.decision ? [{ label: L.signatureDecision!, value: s.decision }] : []),
        ],
        'charte-fields',
      ),
    );
  } else {
    lines.push(
      h('p', cls('charte-awaiting'), L.awaiting),
      labelValues(
        [
          { label: L.signatory!, value: '' },
          { label: L.capacity!, value: '' },
          { label: L.signatureDecision!, value: s.decision ?? '' },
          { label: L.place!, value: '' },
          { label: L.date!, value: '' },
        ],
        'charte-fields',
        'charte-blank',
      ),
      h('p', cls('charte-signature-space'), L.signature),
    );
  }
  return h(
    'section',
    cls('charte-signature'),
    h('p', cls('charte-for'), L.forEntity),
    h('p', cls('charte-entity'), h('strong', {}, s.entity), ` (${s.country})`),
    s.optional ? h('p', cls('charte-optional'), L.optional) : null,
    ...lines,
  );
}

/** The sections built from the front matter, before, around and after the body. */
function frame(data: DocumentData, body: ElementContent[]): Element[] {
  const L = data.labels;
  const textLang = { lang: data.textLang };
  const titlePage = h(
    'header',
    cls('charte-title-page'),
    h('p', cls('charte-kind'), data.kind),
    h('h1', textLang, data.title),
    h('p', cls('charte-between'), L.between),
    h(
      'ul',
      cls('charte-parties'),
      ...data.parties.map((p) =>
        h('li', {}, h('strong', {}, p.name), ' ', h('span', cls('charte-country'), p.country)),
      ),
    ),
    data.associates.length > 0 ? h('p', cls('charte-between'), L.with) : null,
    data.associates.length > 0
      ? h(
          'ul',
          cls('charte-associates'),
          ...data.associates.map((a) =>
            h('li', {}, a.name, ' ', h('span', cls('charte-country'), a.country)),
          ),
        )
      : null,
    labelValues(data.facts, 'charte-facts'),
  );

  const signatures = h(
    'section',
    cls('charte-signatures'),
    data.bodyEndsWithSignatures ? null : h('h2', {}, L.signatures),
    h('div', cls('charte-signature-grid'), ...data.signatures.map((s) => signatureBlock(s, L))),
  );

  const summary: Child[] = [
    h('h2', {}, L.summary),
    h('p', cls('charte-note'), L.summaryNote),
    h('h3', {}, L.entitiesAndReferents),
    table(
      [L.entityName!, L.role!, L.type!, L.country!, L.decisionBody!],
      data.entities.map((e) => [e.name, e.role, e.type, e.country, e.decisionBody]),
    ),
    ...data.referents.flatMap((group) => [
      h('h4', {}, group.entity),
      table(
        [L.referentName!, L.function!, L.kind!, L.email!],
        group.people.map((p) => [p.name, p.function, p.kind, p.email]),
      ),
    ]),
    h('h3', {}, L.commitments),
    ...data.commitments.map((c) =>
      h(
        'div',
        cls('charte-commitment'),
        h('p', {}, h('strong', cls('charte-code'), c.id), ' ', h('strong', textLang, c.title)),
        labelValues(c.details, 'charte-fields'),
      ),
    ),
    h('h3', {}, L.resources),
    table(
      [L.resourceEntity!, L.resourceType!, L.description!, L.amount!, L.period!],
      data.resources.map((r) => [r.entity, r.type, h('span', textLang, r.description), r.amount, r.period]),
      'charte-resources',
    ),
  ];
  if (data.totals.length > 0) {
    summary.push(
      h('h4', {}, L.totals),
      table(
        [L.resourceEntity!, L.currency!, L.total!, L.period!],
        data.totals.map((t) => [t.entity, t.currency, h('strong', {}, t.amount), t.period]),
        'charte-totals',
      ),
    );
  }
  summary.push(h('h3', {}, L.sustainability), labelValues(data.sustainability, 'charte-pillars'));
  if (data.evaluation && data.evaluation.length > 0) {
    summary.push(
      h('h3', {}, L.evaluation),
      table(
        [L.evaluation!, '★'],
        data.evaluation.map((e) => [
          e.label,
          h('span', { ...cls('charte-stars'), ariaLabel: `${e.value} ${L.starsOutOf} 3` }, e.stars),
        ]),
      ),
    );
  }
  if (data.sdgs.length > 0 || data.agenda21.length > 0) {
    summary.push(h('h3', {}, L.sdgsAndAgenda));
    if (data.sdgs.length > 0) {
      summary.push(
        h('h4', {}, L.sdgs),
        h(
          'ul',
          {},
          ...data.sdgs.map((g) =>
            h('li', {}, `${g.number} — ${g.name}`, g.main ? h('em', {}, ` (${L.mainGoal})`) : null),
          ),
        ),
      );
    }
    if (data.agenda21.length > 0)
      summary.push(h('h4', {}, L.agenda21), labelValues(data.agenda21, 'charte-fields'));
  }
  // An avenant's document has no summary sheet: its decisions follow the signatures.
  const decisions: Child[] = [];
  if (data.decisions.length > 0) {
    decisions.push(
      h(data.summarySheet ? 'h3' : 'h2', {}, L.decisions),
      table(
        [L.decisionEntity!, L.decisionBodyShort!, L.reference!, L.date!],
        data.decisions.map((d) => [
          d.entity,
          d.body,
          d.url ? h('a', { href: d.url }, d.reference) : d.reference,
          d.date,
        ]),
      ),
    );
  }

  const after: Element[] = data.summarySheet
    ? [h('section', cls('charte-summary'), ...summary, ...decisions)]
    : decisions.length > 0
      ? [h('section', cls('charte-decisions'), ...decisions)]
      : [];
  return [
    titlePage,
    h('main', { ...cls('charte-text'), lang: data.textLang }, ...body),
    signatures,
    ...after,
    h('footer', cls('charte-footer'), data.footer),
  ];
}

/** Replaces the placeholders of the charter's images by `data:` URIs (after sanitising). */
function inlineImages(node: HastRoot | Element, prepared: PreparedBody): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const src = child.properties.src;
    if (child.tagName === 'img' && typeof src === 'string' && src.startsWith(IMAGE_PLACEHOLDER)) {
      const image = prepared.images[Number(src.slice(IMAGE_PLACEHOLDER.length))];
      if (image)
        child.properties.src = `data:${IMAGE_MIME[image.format]};base64,${image.bytes.toString('base64')}`;
      else delete child.properties.src;
    }
    inlineImages(child, prepared);
  }
}

/** Body headings start at h2 under the title's h1, keeping their relative levels. */
function shiftHeadings(tree: MdastRoot): void {
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  if (headings.length === 0) return;
  const shift = Math.min(...headings.map((h) => h.depth)) - 2;
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      heading.depth = Math.min(6, Math.max(1, heading.depth - shift)) as Heading['depth'];
    }
    for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) visit(child);
  };
  visit(tree);
}

export function renderHtml(data: DocumentData, prepared: PreparedBody, css: string): string {
  shiftHeadings(prepared.tree);
  const bodyTree = unified()
    .use(remarkRehype, {
      footnoteLabel: 'Notes',
      footnoteBackLabel: messages(data.lang).export.bodyTree,
    })
    .runSync(prepared.tree) as HastRoot;
  const content: HastRoot = {
    type: 'root',
    children: frame(
      data,
      bodyTree.children.filter((c): c is ElementContent => c.type !== 'doctype'),
    ),
  };
  const clean = unified().use(rehypeSanitize, schema).runSync(content) as HastRoot;
  inlineImages(clean, prepared);

  const meta = (name: string, value: string) => h('meta', { name, content: value });
  const head = h(
    'head',
    {},
    h('meta', { charSet: 'utf-8' }),
    h('meta', { httpEquiv: ['Content-Security-Policy'], content: CSP }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', {}, data.meta.title),
    meta('author', data.meta.authors.join(', ')),
    meta('description', data.meta.subject),
    meta('keywords', data.meta.keywords.join(', ')),
    meta('generator', 'charte'),
    // The template's style is trusted, but it cannot close its own element.
    h('style', {}, css.replace(/<\/style/gi, '<\\/style')),
  );
  const document: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: data.lang }, head, h('body', {}, ...(clean.children as ElementContent[]))),
    ],
  };
  return `${unified().use(rehypeStringify).stringify(document)}\n`;
}
