/**
 * `charte report`: the portfolio the follow-up committee reads. One `git log` pass (through
 * standing-source.ts), then data (build.ts), then a format. Returns data and strings; only the
 * CLI writes.
 */
import type { HistoryStart } from '../history/types.js';
import type { Lang } from '../i18n/index.js';
import type { RenewNotice } from '../lifecycle/renew-report.js';
import type { CalendarDate } from '../model/dates.js';
import { buildPortfolio, type Portfolio, type PortfolioFilters } from './build.js';
import { readStandings } from './standing-source.js';

export const REPORT_FORMATS = ['text', 'markdown', 'json', 'csv', 'oda', 'html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  cwd: string;
  lang: Lang;
  asOf: CalendarDate;
  year: number | null;
  horizonMonths: number;
  filters: PortfolioFilters;
  env?: NodeJS.ProcessEnv | undefined;
  /** git reads started by the caller (startHistoryFor on the same paths). */
  early?: HistoryStart | undefined;
}

export async function portfolioReport(
  inputs: readonly string[],
  options: ReportOptions,
): Promise<{ portfolio: Portfolio; notices: RenewNotice[]; found: number }> {
  const source = await readStandings(inputs, options);
  const portfolio = buildPortfolio(source.charters, options);
  return { portfolio, notices: source.notices, found: source.charters.length };
}

/** The report in `format`: text for the text formats, bytes for the PDF. */
export async function renderReport(
  portfolio: Portfolio,
  format: ReportFormat,
  lang: Lang,
  color = false,
): Promise<string | Buffer> {
  switch (format) {
    case 'text':
      return (await import('./format-text.js')).formatReportText(portfolio, lang, color);
    case 'markdown':
      return (await import('./format-markdown.js')).formatReportMarkdown(portfolio, lang);
    case 'json':
      return (await import('./format-csv.js')).formatReportJson(portfolio);
    case 'csv':
      return (await import('./format-csv.js')).formatReportCsv(portfolio);
    case 'oda':
      return (await import('./format-csv.js')).formatWorksheetCsv(portfolio, lang);
    case 'html': {
      const [{ buildReportDocument }, { renderReportHtml }] = await Promise.all([
        import('./document.js'),
        import('./format-html.js'),
      ]);
      return renderReportHtml(buildReportDocument(portfolio, lang));
    }
    case 'pdf': {
      const [{ buildReportDocument }, { renderReportPdf }] = await Promise.all([
        import('./document.js'),
        import('./format-pdf.js'),
      ]);
      return renderReportPdf(buildReportDocument(portfolio, lang));
    }
  }
}
