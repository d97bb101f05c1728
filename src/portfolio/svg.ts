/**
 * The report's pictures, as SVG written by hand (docs/report.md says why: a few hundred lines,
 * no dependency, the same bytes in the HTML and in the PDF, and full control of accessibility).
 * Every text and attribute value is escaped; every chart is an `img` with a <title> and a <desc>
 * and comes with a data table in the document.
 *
 * Overdue periods are drawn in a dark red that colour-blind readers tell from the blue of the
 * periods in force by lightness too, AND with diagonal hatching and a cross marker, so that they
 * survive black-and-white printing.
 */
import { messages } from '../i18n/catalogue.js';
import { formatDateLong, formatMoney } from '../i18n/format.js';
import type { Lang } from '../i18n/index.js';
import { type CalendarDate, compareDates, dayNumber } from '../model/dates.js';
import type { Portfolio, PortfolioCharter } from './build.js';
import { country } from './words.js';

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const FONT = 'Libertinus Serif, DejaVu Serif, Georgia, serif';
const IN_FORCE = '#2166ac';
const LATE = '#b2182b';
const NEUTRAL = '#8c8c8c';
const INK = '#1a1a1a';

export interface Chart {
  /** Unique in the document: ids inside the SVG are prefixed with it. */
  id: string;
  title: string;
  desc: string;
  svg: string;
  /** The same figures as a table: the chart's text alternative for those who read tables. */
  table: { headers: string[]; rows: string[][] };
}

function svgOpen(id: string, width: number, height: number, title: string, desc: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${esc(FONT)}" font-size="11"><title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(desc)}</desc>`;
}

/** « Commune rurale de Kassandé » → « Kassandé »: the place, without the kind of authority. */
function shortName(name: string): string {
  const m =
    /^(?:Commune|Ville|Town|City|Municipality|Village|Communauté de communes)(?: rurale| urbaine)?(?: de la | de l’| de l'| du | des | de | d’| d'| of )(.+)$/i.exec(
      name,
    );
  return m ? m[1]! : name;
}

const n = (x: number) => (Math.round(x * 10) / 10).toString();

/** Timeline rows per picture: a picture stays within an A4 page. */
export const TIMELINE_ROWS = 36;

/** One picture per block of TIMELINE_ROWS charters, in the order of the portfolio (most urgent first). */
export function timelineCharts(p: Portfolio, lang: Lang): Chart[] {
  const R = messages(lang).report;
  const charts: Chart[] = [];
  const all = p.charters;
  // One time axis for every block: the pictures compare.
  const dates: CalendarDate[] = [p.asOf];
  for (const c of all) {
    for (const v of c.versions) dates.push(v.signedOn, v.dueOn);
    if (c.standing.dueOn) dates.push(c.standing.dueOn);
  }
  const minYear = Number(dates.reduce((a, b) => (compareDates(a, b) < 0 ? a : b)).slice(0, 4));
  const maxYear = Number(dates.reduce((a, b) => (compareDates(a, b) > 0 ? a : b)).slice(0, 4)) + 1;
  const start = dayNumber(`${minYear}-01-01`);
  const end = dayNumber(`${maxYear}-01-01`);
  for (let from = 0; from < Math.max(all.length, 1); from += TIMELINE_ROWS) {
    const block = all.slice(from, from + TIMELINE_ROWS);
    const index = charts.length;
    const id = `timeline-${index + 1}`;
    const parts = Math.max(1, Math.ceil(all.length / TIMELINE_ROWS));
    const title = parts > 1 ? `${R.chart.timelineTitle} (${index + 1}/${parts})` : R.chart.timelineTitle;
    const late = block.filter((c) => c.standing.standing === 'overdue').length;
    const desc = R.chart.timelineDesc(block.length, late, formatDateLong(p.asOf, lang));
    charts.push(timeline(id, title, desc, block, p, lang, start, end, minYear, maxYear));
  }
  return charts;
}

function timeline(
  id: string,
  title: string,
  desc: string,
  rows: readonly PortfolioCharter[],
  p: Portfolio,
  lang: Lang,
  start: number,
  end: number,
  minYear: number,
  maxYear: number,
): Chart {
  const R = messages(lang).report;
  const width = 1000;
  const labelWidth = 290;
  const top = 40;
  const rowHeight = 18;
  const legendHeight = 34;
  const height = top + rows.length * rowHeight + legendHeight;
  const plot = width - labelWidth - 14;
  const x = (date: CalendarDate) => labelWidth + ((dayNumber(date) - start) / (end - start)) * plot;
  const out: string[] = [svgOpen(id, width, height, title, desc)];
  out.push(
    `<defs><pattern id="${id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4d6d9"/><line x1="0" y1="0" x2="0" y2="6" stroke="${LATE}" stroke-width="3"/></pattern>` +
      `<pattern id="${id}-dots" patternUnits="userSpaceOnUse" width="5" height="5"><rect width="5" height="5" fill="#eeeeee"/><circle cx="2.5" cy="2.5" r="1" fill="${NEUTRAL}"/></pattern></defs>`,
  );
  // Year axis.
  const step = maxYear - minYear > 24 ? 5 : maxYear - minYear > 12 ? 2 : 1;
  for (let year = minYear; year <= maxYear; year += step) {
    const xx = n(x(`${year}-01-01`));
    out.push(
      `<line x1="${xx}" y1="${top - 6}" x2="${xx}" y2="${top + rows.length * rowHeight}" stroke="#d9d9d9" stroke-width="0.6"/>`,
      `<text x="${xx}" y="${top - 10}" text-anchor="middle" fill="${INK}">${year}</text>`,
    );
  }
  rows.forEach((c, i) => {
    const y = top + i * rowHeight;
    const mid = y + rowHeight / 2;
    // The parties say which charter a row is better than titles that all begin alike.
    const north = c.entities.filter((e) => e.role === 'north').map((e) => shortName(e.name));
    const south = c.entities.filter((e) => e.role === 'south').map((e) => shortName(e.name));
    const full = north.length > 0 && south.length > 0 ? `${north.join(', ')} – ${south.join(', ')}` : c.title;
    const name = full.length > 46 ? `${full.slice(0, 45)}…` : full;
    const row: string[] = [];
    const said: string[] = [`${c.title} : ${R.standing[c.standing.standing]}`];
    row.push(
      `<text x="${labelWidth - 6}" y="${n(mid + 4)}" text-anchor="end" fill="${INK}">${esc(name)}</text>`,
    );
    const terminatedOn = c.standing.terminated?.date ?? null;
    c.versions.forEach((v, k) => {
      const next = c.versions[k + 1];
      let stop = next ? next.signedOn : v.dueOn;
      if (compareDates(stop, v.dueOn) > 0) stop = v.dueOn;
      if (terminatedOn !== null && compareDates(terminatedOn, stop) < 0) stop = terminatedOn;
      const x1 = x(v.signedOn);
      const x2 = Math.max(x1 + 1, x(stop));
      const fill =
        c.standing.standing === 'terminated' || c.standing.standing === 'suspended' ? NEUTRAL : IN_FORCE;
      row.push(
        `<rect x="${n(x1)}" y="${n(y + 4)}" width="${n(x2 - x1)}" height="${rowHeight - 8}" fill="${fill}" fill-opacity="0.8"/>`,
        // Signature: a filled circle.
        `<circle cx="${n(x1)}" cy="${n(mid)}" r="4" fill="${INK}"/>`,
        // Due date: a vertical tick.
        `<line x1="${n(x(v.dueOn))}" y1="${y + 2}" x2="${n(x(v.dueOn))}" y2="${y + rowHeight - 2}" stroke="${INK}" stroke-width="1.5"/>`,
      );
      said.push(
        `${R.signedOn(v.version, formatDateLong(v.signedOn, lang))}, ${R.dueOn(formatDateLong(v.dueOn, lang))}`,
      );
    });
    for (const a of c.amendments) {
      const on = a.signedOn ?? a.openedOn;
      if (on === null) continue;
      const ax = x(on);
      // Avenant: a diamond, filled once signed, hollow while open.
      row.push(
        `<path d="M${n(ax)} ${n(mid - 6)} L${n(ax + 5)} ${n(mid)} L${n(ax)} ${n(mid + 6)} L${n(ax - 5)} ${n(mid)} Z" fill="${a.signedOn ? '#fdb863' : '#ffffff'}" stroke="${INK}" stroke-width="1"/>`,
      );
      said.push(R.amendmentOf(a.number, formatDateLong(on, lang)));
    }
    const s = c.standing;
    if (s.standing === 'overdue' && s.dueOn) {
      const x1 = x(s.dueOn);
      const x2 = Math.max(x1 + 2, x(p.asOf));
      row.push(
        `<rect x="${n(x1)}" y="${n(y + 3)}" width="${n(x2 - x1)}" height="${rowHeight - 6}" fill="url(#${id}-hatch)" stroke="${LATE}" stroke-width="1"/>`,
        // Cross marker at the due date.
        `<path d="M${n(x1 - 4)} ${n(mid - 4)} L${n(x1 + 4)} ${n(mid + 4)} M${n(x1 - 4)} ${n(mid + 4)} L${n(x1 + 4)} ${n(mid - 4)}" stroke="${LATE}" stroke-width="2.2"/>`,
      );
      said.push(R.late(s.daysLate ?? 0));
    }
    if (s.standing === 'suspended' && s.suspended) {
      const x1 = x(s.suspended.since);
      row.push(
        `<rect x="${n(x1)}" y="${n(y + 3)}" width="${n(Math.max(2, x(p.asOf) - x1))}" height="${rowHeight - 6}" fill="url(#${id}-dots)" stroke="${NEUTRAL}"/>`,
      );
      said.push(R.suspendedSince(formatDateLong(s.suspended.since, lang), s.suspended.reason));
    }
    if (s.standing === 'terminated' && s.terminated)
      said.push(R.terminatedOn(formatDateLong(s.terminated.date, lang), s.terminated.reason));
    out.push(`<g><title>${esc(said.join(messages(lang).report.listSeparator))}</title>${row.join('')}</g>`);
  });
  // Today.
  const tx = n(x(p.asOf));
  out.push(
    `<line x1="${tx}" y1="${top - 24}" x2="${tx}" y2="${top + rows.length * rowHeight}" stroke="${INK}" stroke-width="1.4" stroke-dasharray="5 3"/>`,
    `<text x="${tx}" y="${top - 26}" text-anchor="middle" font-weight="bold" fill="${INK}">${esc(R.chart.today)}</text>`,
  );
  // Legend.
  const ly = top + rows.length * rowHeight + 20;
  out.push(
    `<g font-size="10.5"><rect x="10" y="${ly - 9}" width="22" height="10" fill="${IN_FORCE}" fill-opacity="0.8"/><text x="36" y="${ly}">${esc(R.chart.inForceLegend)}</text>`,
    `<circle cx="190" cy="${ly - 4}" r="4" fill="${INK}"/><text x="198" y="${ly}">${esc(R.chart.signature)}</text>`,
    `<line x1="290" y1="${ly - 10}" x2="290" y2="${ly + 2}" stroke="${INK}" stroke-width="1.5"/><text x="296" y="${ly}">${esc(R.chart.due)}</text>`,
    `<path d="M400 ${ly - 10} L405 ${ly - 4} L400 ${ly + 2} L395 ${ly - 4} Z" fill="#fdb863" stroke="${INK}"/><text x="410" y="${ly}">${esc(R.chart.amendment)}</text>`,
    `<rect x="510" y="${ly - 9}" width="22" height="10" fill="url(#${id}-hatch)" stroke="${LATE}"/><path d="M538 ${ly - 8} L546 ${ly} M538 ${ly} L546 ${ly - 8}" stroke="${LATE}" stroke-width="2"/><text x="552" y="${ly}">${esc(R.chart.lateLegend)}</text>`,
    `<line x1="760" y1="${ly - 10}" x2="760" y2="${ly + 2}" stroke="${INK}" stroke-dasharray="3 2"/><text x="766" y="${ly}">${esc(`${R.chart.today} (${formatDateLong(p.asOf, lang)})`)}</text></g>`,
  );
  out.push('</svg>');
  const C = R.column;
  return {
    id,
    title,
    desc,
    svg: out.join(''),
    table: {
      headers: [C.charter, C.standing, C.detail],
      rows: rows.map((c) => [
        c.title,
        R.standing[c.standing.standing],
        c.versions
          .map(
            (v) =>
              `${R.signedOn(v.version, formatDateLong(v.signedOn, lang))}, ${R.dueOn(formatDateLong(v.dueOn, lang))}`,
          )
          .join(messages(lang).report.listSeparator2) || '—',
      ]),
    },
  };
}

/** A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 5, 10]) if (m * power >= value) return m * power;
  return 10 * power;
}

/** Resources per year: one panel per currency (amounts in different currencies never share an axis). */
export function resourcesChart(p: Portfolio, lang: Lang): Chart {
  const R = messages(lang).report;
  const currencies = [...new Set(p.resources.byYear.map((r) => r.currency))];
  const years = [...new Set(p.resources.byYear.map((r) => r.year))].sort((a, b) => a - b);
  const id = 'resources';
  const width = 1000;
  const panel = 170;
  const height = Math.max(1, currencies.length) * (panel + 30) + 10;
  const title = R.chart.resourcesTitle;
  const desc = R.chart.resourcesDesc(currencies.join(', ') || R.chart.noData);
  const out = [svgOpen(id, width, height, title, desc)];
  if (currencies.length === 0) out.push(`<text x="20" y="30">${esc(R.chart.noData)}</text>`);
  currencies.forEach((currency, k) => {
    const top = 10 + k * (panel + 30);
    const values = years.map(
      (y) => p.resources.byYear.find((r) => r.year === y && r.currency === currency)?.amount ?? 0,
    );
    const max = niceMax(Math.max(...values));
    const left = 120;
    const plotW = width - left - 20;
    const plotH = panel - 30;
    const bw = plotW / years.length;
    out.push(`<text x="10" y="${top + 14}" font-weight="bold">${esc(currency)}</text>`);
    for (const f of [0, 0.5, 1]) {
      const yy = n(top + 20 + plotH * (1 - f));
      out.push(
        `<line x1="${left}" y1="${yy}" x2="${width - 20}" y2="${yy}" stroke="#d9d9d9"/>`,
        `<text x="${left - 6}" y="${n(Number(yy) + 4)}" text-anchor="end" font-size="10">${esc(formatMoney(max * f, currency, lang))}</text>`,
      );
    }
    values.forEach((v, i) => {
      const h = (v / max) * plotH;
      const bx = left + i * bw + bw * 0.15;
      out.push(
        `<g><title>${esc(`${years[i]} : ${formatMoney(v, currency, lang)}`)}</title><rect x="${n(bx)}" y="${n(top + 20 + plotH - h)}" width="${n(bw * 0.7)}" height="${n(h)}" fill="${IN_FORCE}"/></g>`,
        `<text x="${n(bx + bw * 0.35)}" y="${top + panel + 4}" text-anchor="middle" font-size="10">${years[i]}</text>`,
      );
    });
  });
  out.push('</svg>');
  const C = R.column;
  return {
    id,
    title,
    desc,
    svg: out.join(''),
    table: {
      headers: [C.year, C.currency, C.amount],
      rows: p.resources.byYear.map((r) => [
        String(r.year),
        r.currency,
        formatMoney(r.amount, r.currency, lang),
      ]),
    },
  };
}

/** Resources per partner country: horizontal bars, one panel per currency. */
export function countryChart(p: Portfolio, lang: Lang): Chart {
  const R = messages(lang).report;
  const currencies = [...new Set(p.resources.byCountry.map((r) => r.currency))];
  const id = 'countries';
  const width = 1000;
  const bar = 20;
  const panels = currencies.map((c) => p.resources.byCountry.filter((r) => r.currency === c));
  const height = 10 + panels.reduce((t, rows) => t + 30 + rows.length * bar, 0) + 10;
  const title = R.chart.countryTitle;
  const names = [...new Set(p.resources.byCountry.map((r) => country(r.country, lang)))];
  const desc = R.chart.countryDesc(names.join(', ') || R.chart.noData);
  const out = [svgOpen(id, width, Math.max(height, 40), title, desc)];
  if (currencies.length === 0) out.push(`<text x="20" y="30">${esc(R.chart.noData)}</text>`);
  let top = 10;
  panels.forEach((rows, k) => {
    const currency = currencies[k]!;
    const max = niceMax(Math.max(...rows.map((r) => r.amount)));
    const left = 200;
    const plotW = width - left - 180;
    out.push(`<text x="10" y="${top + 14}" font-weight="bold">${esc(currency)}</text>`);
    top += 22;
    for (const r of rows) {
      const w = (r.amount / max) * plotW;
      const label = `${country(r.country, lang)}`;
      out.push(
        `<g><title>${esc(`${label} : ${formatMoney(r.amount, currency, lang)}`)}</title>` +
          `<text x="${left - 8}" y="${top + 14}" text-anchor="end">${esc(label)}</text>` +
          `<rect x="${left}" y="${top + 3}" width="${n(Math.max(1, w))}" height="${bar - 6}" fill="${IN_FORCE}"/>` +
          `<text x="${n(left + w + 6)}" y="${top + 14}" font-size="10">${esc(formatMoney(r.amount, currency, lang))}</text></g>`,
      );
      top += bar;
    }
    top += 8;
  });
  out.push('</svg>');
  const C = R.column;
  return {
    id,
    title,
    desc,
    svg: out.join(''),
    table: {
      headers: [C.country, C.currency, C.total],
      rows: p.resources.byCountry.map((r) => [
        country(r.country, lang),
        r.currency,
        formatMoney(r.amount, r.currency, lang),
      ]),
    },
  };
}
