/** The terminal format: charters by urgency, each with what to do; colours only on a terminal. */
import { createColors } from 'picocolors';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import type { Standing } from '../model/standing.js';
import type { Portfolio } from './build.js';
import {
  actionText,
  commitmentStatus,
  date,
  standingDetail,
  standingLabel,
  summaryLine,
  workText,
} from './words.js';

export function formatReportText(p: Portfolio, lang: Lang, color: boolean): string {
  const R = messages(lang).report;
  const c = createColors(color);
  const paint: Record<Standing, (s: string) => string> = {
    overdue: (s) => c.bold(c.red(s)),
    never_signed: c.magenta,
    due_soon: c.yellow,
    in_force: c.green,
    suspended: c.dim,
    terminated: c.dim,
  };
  const lines: string[] = [];
  lines.push(c.bold(`${R.title} ${R.asOf(date(p.asOf, lang))}`));
  lines.push(summaryLine(p, lang), '');
  if (p.charters.length === 0) lines.push(R.noCharter);
  const width = Math.max(0, ...p.charters.map((x) => standingLabel(x.standing.standing, lang).length));
  for (const x of p.charters) {
    const label = standingLabel(x.standing.standing, lang).padEnd(width);
    lines.push(`${paint[x.standing.standing](label)}  ${x.title} (${x.path})`);
    lines.push(`${' '.repeat(width)}  ${standingDetail(x, lang)}`);
    if (x.work) lines.push(`${' '.repeat(width)}  ${workText(x, lang)}`);
    for (const a of x.actions) lines.push(`${' '.repeat(width)}  → ${actionText(a, lang)}`);
  }
  const { overdue, upcoming } = p.commitments;
  if (overdue.length > 0 || upcoming.length > 0) lines.push('');
  if (overdue.length > 0) {
    lines.push(c.bold(R.heading.overdueCommitments));
    for (const l of overdue)
      lines.push(
        `  ${l.charter} ${l.id}  ${l.title} — ${R.commitmentLate(l.days)} — ${commitmentStatus(l, lang)}`,
      );
  }
  if (upcoming.length > 0) {
    lines.push(c.bold(R.heading.upcomingCommitments(p.horizonMonths)));
    for (const l of upcoming)
      lines.push(`  ${l.charter} ${l.id}  ${l.title} — ${date(l.due, lang)} — ${commitmentStatus(l, lang)}`);
  }
  return `${lines.join('\n')}\n`;
}
