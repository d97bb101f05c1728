/**
 * The PDF report, through the export's Typst machinery (src/export/typst.ts: a private workspace,
 * the data as JSON shadow file, images as bytes). The layout below reads only that data and shows
 * every value as text, never as markup; the charts are the same SVG as in the HTML, passed as
 * image bytes with their description as the image's alternative text.
 */
import type { BodyImage } from '../export/markdown.js';
import type { TemplateFiles } from '../export/template.js';
import { messages } from '../i18n/catalogue.js';
import type { ReportDocument } from './document.js';

export const REPORT_TYP = `// charte report: the portfolio as a PDF (A4). Data: /data/charter.json; charts: /data/images/<n>.svg.
#let data = json("/data/charter.json")
#let accent = rgb("#1d3f6e")
#set document(title: data.title + " " + data.subtitle)
#set text(font: ("Libertinus Serif", "DejaVu Sans Mono"), size: 9.6pt, lang: data.lang)
#set par(justify: false, leading: 0.55em)
#set page(
  paper: "a4",
  margin: (x: 1.5cm, top: 1.6cm, bottom: 1.9cm),
  footer: context {
    set text(size: 7.8pt, fill: luma(90))
    align(center)[#data.footer · #counter(page).get().first() / #counter(page).final().first()]
  },
)
#show heading.where(level: 1): set text(size: 17pt, fill: accent)
#show heading.where(level: 2): set text(size: 12.5pt, fill: accent)
#show heading.where(level: 2): set block(above: 1.3em, below: 0.6em)
#show heading.where(level: 3): set text(size: 10.5pt, style: "italic")
#show figure: set block(breakable: false)

#let tbl(headers, rows, late: none, size: 8.4pt) = {
  set text(size: size)
  table(
    columns: headers.len(),
    stroke: 0.4pt + luma(165),
    inset: 3.5pt,
    fill: (x, y) => if y == 0 { rgb("#eef2f7") },
    table.header(..headers.map(h => strong(h))),
    ..rows.enumerate().map(((i, row)) => row.enumerate().map(((j, cell)) => {
      if late != none and late.at(i) and j == 0 { strong(cell) + [ ⚠] } else { cell }
    })).flatten(),
  )
}

#heading(level: 1, data.title)
#text(size: 11pt, data.subtitle)

#block(inset: 8pt, stroke: (left: 3pt + accent), fill: rgb("#eef2f7"), width: 100%, strong(data.summary))

#for b in data.blocks {
  if b.type == "heading" { heading(level: b.level, b.text) }
  else if b.type == "paragraph" { par(b.text) }
  else if b.type == "list" { list(..b.items.map(i => [#i])) }
  else if b.type == "table" { tbl(b.headers, b.rows, late: b.at("late", default: none)) }
  else if b.type == "figure" {
    figure(
      image("/data/images/" + str(b.image) + ".svg", width: 100%, alt: b.desc),
      caption: b.title,
    )
    tbl(b.headers, b.rows, size: 7.6pt)
  }
}
`;

export const REPORT_TEMPLATE: TemplateFiles = {
  dir: 'charte report',
  main: 'report.typ',
  files: new Map([['report.typ', Buffer.from(REPORT_TYP, 'utf8')]]),
};

/** The Typst data and the chart images of a report document. */
export function pdfInputs(doc: ReportDocument): { data: unknown; images: BodyImage[] } {
  const images: BodyImage[] = [];
  const dataCaption = messages(doc.lang).report.chart.dataTable;
  const blocks = doc.blocks.map((b) => {
    if (b.type !== 'figure') return b;
    images.push({ bytes: Buffer.from(b.chart.svg, 'utf8'), format: 'svg', path: `${b.chart.id}.svg` });
    return {
      type: 'figure',
      image: images.length - 1,
      title: b.chart.title,
      desc: b.chart.desc,
      headers: b.chart.table.headers,
      rows: b.chart.table.rows,
      dataCaption,
    };
  });
  return {
    data: {
      lang: doc.lang,
      title: doc.title,
      subtitle: doc.subtitle,
      summary: doc.summary,
      footer: doc.footer,
      blocks,
    },
    images,
  };
}

/** Typesets the report (the native compiler loads here, on first use). */
export async function renderReportPdf(doc: ReportDocument): Promise<Buffer> {
  const { TypstRenderer } = await import('../export/typst.js');
  const renderer = await TypstRenderer.open();
  try {
    const { data, images } = pdfInputs(doc);
    return renderer.renderPdf(REPORT_TEMPLATE, data, images, { lang: doc.lang });
  } finally {
    await renderer.close();
  }
}
