/**
 * The HTML report: one self-contained file, with the export's sanitising rules and Content
 * Security Policy (src/export/html.ts: no script, no external resource). The document's tree
 * goes through rehype-sanitize; the charts, SVG written by this program with every text escaped
 * (svg.ts), are put in their figures after sanitising, as the export inlines its images. Every
 * chart has a <title>, a <desc>, a caption and a table of its figures.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { CSP, h, schema } from '../export/html-rules.js';
import { messages } from '../i18n/catalogue.js';
import type { Block, ReportDocument } from './document.js';

const cls = (...names: string[]) => ({ className: names });

/** The export's rules, with the few elements a report adds (figure captions, table captions). */
const reportSchema = {
  ...schema,
  tagNames: [...(schema.tagNames ?? []), 'figcaption', 'caption', 'section'],
};

export const REPORT_CSS = `
:root { color-scheme: light; }
body { font-family: "Libertinus Serif", Georgia, "DejaVu Serif", serif; color: #1a1a1a; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.4; }
h1 { color: #1d3f6e; margin-bottom: 0.2rem; }
h2 { color: #1d3f6e; border-bottom: 1px solid #c8d1de; padding-bottom: 0.15rem; margin-top: 2rem; }
.charte-subtitle { margin-top: 0; color: #444; }
.charte-summary-line { font-size: 1.1rem; padding: 0.6rem 0.8rem; border-left: 4px solid #1d3f6e; background: #eef2f7; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid #c0c0c0; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
tr.charte-late td:first-child { border-left: 4px double #b2182b; font-weight: bold; }
figure.charte-chart { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
figure.charte-chart svg { width: 100%; height: auto; display: block; }
figcaption { font-style: italic; margin: 0.3rem 0; }
table.charte-data { font-size: 0.8rem; }
caption { text-align: left; font-weight: bold; padding: 0.2rem 0; }
footer { margin-top: 2rem; font-size: 0.8rem; color: #555; }
@page { size: A4; margin: 14mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  table.charte-data { break-inside: auto; }
}
`;

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: { late?: readonly boolean[] | undefined; className?: string; caption?: string } = {},
): Element {
  return h(
    'table',
    options.className ? cls(options.className) : {},
    options.caption ? h('caption', {}, options.caption) : null,
    h('thead', {}, h('tr', {}, ...headers.map((text) => h('th', { scope: 'col' }, text)))),
    h(
      'tbody',
      {},
      ...rows.map((row, i) =>
        h('tr', options.late?.[i] ? cls('charte-late') : {}, ...row.map((cell) => h('td', {}, cell))),
      ),
    ),
  );
}

function block(b: Block, lang: ReportDocument['lang']): Element {
  switch (b.type) {
    case 'heading':
      return h(`h${b.level}`, {}, b.text);
    case 'paragraph':
      return h('p', {}, b.text);
    case 'list':
      return h('ul', {}, ...b.items.map((item) => h('li', {}, item)));
    case 'table':
      return table(b.headers, b.rows, { late: b.late });
    case 'figure':
      return h(
        'figure',
        cls('charte-chart'),
        // The chart goes here after sanitising.
        h('div', cls('charte-slot')),
        h('figcaption', {}, b.chart.title),
        table(b.chart.table.headers, b.chart.table.rows, {
          className: 'charte-data',
          caption: messages(lang).report.chart.dataTable,
        }),
      );
  }
}

/** Replaces the i-th slot by the i-th chart's SVG (document order). */
function fillSlots(node: Root | Element, charts: ReportDocument['charts'], next: { index: number }): void {
  node.children.forEach((child, i) => {
    // Slots sit in figures, never in tables: the tables, most of the tree, are not walked.
    if (child.type !== 'element' || child.tagName === 'table') return;
    const className = child.properties.className;
    if (Array.isArray(className) && className.includes('charte-slot')) {
      const chart = charts[next.index++];
      (node.children as unknown[])[i] = { type: 'raw', value: chart?.svg ?? '' };
      return;
    }
    fillSlots(child, charts, next);
  });
}

export function renderReportHtml(doc: ReportDocument): string {
  const content: Root = {
    type: 'root',
    children: [
      h(
        'header',
        {},
        h('h1', {}, doc.title),
        h('p', cls('charte-subtitle'), doc.subtitle),
        h('p', cls('charte-summary-line'), h('strong', {}, doc.summary)),
      ),
      h('main', {}, ...doc.blocks.map((b) => block(b, doc.lang))),
      h('footer', {}, doc.footer),
    ],
  };
  const clean = unified().use(rehypeSanitize, reportSchema).runSync(content) as Root;
  fillSlots(clean, doc.charts, { index: 0 });
  const head = h(
    'head',
    {},
    h('meta', { charSet: 'utf-8' }),
    h('meta', { httpEquiv: ['Content-Security-Policy'], content: CSP }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'generator', content: 'charte' }),
    h('title', {}, `${doc.title} ${doc.subtitle}`),
    h('style', {}, REPORT_CSS),
  );
  const document: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: doc.lang }, head, h('body', {}, ...(clean.children as ElementContent[]))),
    ],
  };
  return `${unified().use(rehypeStringify, { allowDangerousHtml: true }).stringify(document)}\n`;
}
