/**
 * The HTML report in a real headless Chromium (Debian's `chromium`, driven through the DevTools
 * protocol): no console error (a Content-Security-Policy violation is one), no network request,
 * every chart present with its text alternative, and printed on A4 with no chart cut by a page
 * break. The PDF report, through Typst, read back with pdftotext and rasterised page by page with
 * pdftoppm. Screenshots and pages go to a folder that is kept when a test fails.
 *
 * Without chromium (or poppler-utils) the tests are skipped with the reason, except under CI
 * (process.env.CI set), where a missing tool is a failure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { AS_OF, buildPortfolioRepo } from './fixtures/report/portfolio.js';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

const which = (name: string) => {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
};
const CHROMIUM = process.env.CHROMIUM ?? which('chromium') ?? which('chromium-browser');
const PDFTOTEXT = which('pdftotext');
const PDFTOPPM = which('pdftoppm');
const CI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';

/** Where screenshots and rasterised pages go; removed at the end unless a test failed. */
const ARTIFACTS = join(tmpdir(), `charte-report-artifacts-${process.pid}`);
let failed = false;
const keepOnFailure = () =>
  onTestFailed(() => {
    failed = true;
    console.error(`charte report tests: screenshots and pages kept in ${ARTIFACTS}`);
  });

let dir: string;
beforeAll(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = tempDir('charte-report-browser-');
  buildPortfolioRepo(dir);
}, 120_000);
afterAll(() => {
  if (!failed) rmSync(ARTIFACTS, { recursive: true, force: true });
});

describe('tools', () => {
  it.runIf(CI)('chromium and poppler-utils are installed under CI', () => {
    expect(CHROMIUM, 'chromium is missing: apt-get install chromium').toBeDefined();
    expect(PDFTOTEXT, 'pdftotext is missing: apt-get install poppler-utils').toBeDefined();
  });
  it.skipIf(CI || (CHROMIUM && PDFTOTEXT))(
    `SKIPPED browser/PDF checks: ${!CHROMIUM ? 'chromium not installed' : ''} ${!PDFTOTEXT ? 'poppler-utils not installed' : ''}`,
    () => {},
  );
});

interface CdpClient {
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  on(event: string, handler: (params: Record<string, unknown>) => void): void;
  close(): Promise<void>;
}

async function launch(): Promise<{ client: CdpClient; stop: () => Promise<void> }> {
  const profile = tempDir('charte-chromium-');
  const child = spawn(
    CHROMIUM!,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-extensions',
      '--disable-background-networking',
      '--disable-component-update',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${text}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${text}`)));
  });
  const require = createRequire(import.meta.url);
  const CDP = require('chrome-remote-interface') as (options: { port: number }) => Promise<{
    send: CdpClient['send'];
    on: CdpClient['on'];
    close: () => Promise<void>;
  }>;
  const client = await CDP({ port });
  return {
    client,
    stop: async () => {
      await client.close().catch(() => {});
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    },
  };
}

/** A4 with the report's 14 mm margins, in CSS pixels (96 per inch). */
const MM = 96 / 25.4;
const PAGE_WIDTH = Math.floor((210 - 28) * MM);
const PAGE_HEIGHT = Math.floor((297 - 28) * MM);

describe.skipIf(!CHROMIUM)('the HTML report in headless Chromium', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: no console error, no network request, every chart with its text alternative, A4 without cut charts`, async () => {
      keepOnFailure();
      const file = join(dir, `report-${lang}.html`);
      const result = await runCli(
        ['report', '--as-of', AS_OF, '--lang', lang, '--format', 'html', '-o', file],
        { cwd: dir },
      );
      expect(result.code, result.stderr).toBe(0);
      const html = readFileSync(file, 'utf8');
      expect(html).toContain('Content-Security-Policy');
      expect(html).not.toMatch(/<script/i);

      const { client, stop } = await launch();
      try {
        const errors: string[] = [];
        const requests: string[] = [];
        client.on('Runtime.consoleAPICalled', (p) => {
          if (p.type === 'error' || p.type === 'warning') errors.push(JSON.stringify(p.args));
        });
        client.on('Runtime.exceptionThrown', (p) => errors.push(JSON.stringify(p.exceptionDetails)));
        client.on('Log.entryAdded', (p) => {
          const entry = p.entry as { level: string; text: string };
          if (entry.level === 'error' || entry.level === 'warning') errors.push(entry.text);
        });
        client.on('Network.requestWillBeSent', (p) => {
          const url = (p.request as { url: string }).url;
          if (url !== pathToFileURL(file).href) requests.push(url);
        });
        await Promise.all([
          client.send('Runtime.enable'),
          client.send('Log.enable'),
          client.send('Network.enable'),
          client.send('Page.enable'),
        ]);
        const loaded = new Promise((resolve) => client.on('Page.loadEventFired', resolve));
        await client.send('Page.navigate', { url: pathToFileURL(file).href });
        await loaded;

        const evaluate = async <T>(expression: string): Promise<T> => {
          const r = await client.send('Runtime.evaluate', { expression, returnByValue: true });
          return (r.result as { value: T }).value;
        };
        const charts = await evaluate<
          Array<{
            svg: boolean;
            role: string | null;
            title: string;
            desc: string;
            caption: string;
            rows: number;
          }>
        >(`[...document.querySelectorAll('figure.charte-chart')].map((f) => {
          const svg = f.querySelector('svg');
          const ids = (svg?.getAttribute('aria-labelledby') ?? '').split(' ');
          return {
            svg: !!svg,
            role: svg?.getAttribute('role') ?? null,
            title: document.getElementById(ids[0] ?? '')?.textContent ?? '',
            desc: document.getElementById(ids[1] ?? '')?.textContent ?? '',
            caption: f.querySelector('figcaption')?.textContent ?? '',
            rows: f.querySelectorAll('table.charte-data tbody tr').length,
          };
        })`);
        // Timeline (one picture per 36 charters: 32 → 1), resources per year, per country.
        expect(charts.length).toBe(3);
        for (const chart of charts) {
          expect(chart.svg).toBe(true);
          expect(chart.role).toBe('img');
          expect(chart.title.length).toBeGreaterThan(10);
          expect(chart.desc.length).toBeGreaterThan(20);
          expect(chart.caption).toBe(chart.title);
          expect(chart.rows).toBeGreaterThan(0);
        }
        // The overdue charters are marked by a pattern and a cross, not by colour alone.
        const hatched = await evaluate<number>(
          `document.querySelectorAll('svg rect[fill^="url(#timeline-1-hatch"]').length`,
        );
        const portfolio = await runCli(['report', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
        const overdue = (JSON.parse(portfolio.stdout) as { counts: { overdue: number } }).counts.overdue;
        expect(hatched).toBeGreaterThan(0);
        expect(hatched).toBe(overdue + 1); // one per overdue charter, plus the legend

        const shot = await client.send('Page.captureScreenshot', {
          format: 'png',
          captureBeyondViewport: true,
        });
        writeFileSync(join(ARTIFACTS, `screen-${lang}.png`), Buffer.from(shot.data as string, 'base64'));

        // Print: A4, every chart within one page and kept whole across page breaks.
        await client.send('Emulation.setEmulatedMedia', { media: 'print' });
        await client.send('Emulation.setDeviceMetricsOverride', {
          width: PAGE_WIDTH,
          height: PAGE_HEIGHT,
          deviceScaleFactor: 1,
          mobile: false,
        });
        const printed = await evaluate<Array<{ height: number; breakInside: string }>>(
          `[...document.querySelectorAll('figure.charte-chart svg')].map((svg) => ({ height: svg.getBoundingClientRect().height, breakInside: getComputedStyle(svg.closest('figure')).breakInside }))`,
        );
        for (const p of printed) {
          expect(p.height).toBeLessThanOrEqual(PAGE_HEIGHT);
          expect(p.breakInside).toBe('avoid');
        }
        const pdf = await client.send('Page.printToPDF', { preferCSSPageSize: true, printBackground: true });
        const pdfPath = join(ARTIFACTS, `print-${lang}.pdf`);
        writeFileSync(pdfPath, Buffer.from(pdf.data as string, 'base64'));
        if (PDFTOTEXT) {
          const info = spawnSync('pdfinfo', [pdfPath], { encoding: 'utf8' }).stdout;
          // A4: 595 x 842 points.
          expect(info).toMatch(/Page size:.*\(A4\)/);
        }
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
      } finally {
        await stop();
      }
    }, 120_000);
  }
});

describe.skipIf(!PDFTOTEXT || !PDFTOPPM)('the PDF report (Typst)', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: the text reads back, every page rasterises`, async () => {
      keepOnFailure();
      const file = join(dir, `report-${lang}.pdf`);
      const result = await runCli(
        ['report', '--as-of', AS_OF, '--lang', lang, '--format', 'pdf', '-o', file],
        { cwd: dir },
      );
      expect(result.code, result.stderr).toBe(0);
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
      const text = spawnSync(PDFTOTEXT!, ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(
        /\s+/g,
        ' ',
      );
      if (lang === 'fr') {
        expect(text).toContain('Portefeuille des chartes de solidarité');
        expect(text).toContain('sur 30 partenariats ont une signature en vigueur');
        expect(text).toContain('en retard de 529 jours');
        expect(text).toContain('Frise : versions, signatures, avenants et échéances');
        expect(text).toContain('Moyens par année et par devise');
        expect(text).toContain('Moyens par pays partenaire');
        expect(text).toContain('Aide publique au développement');
      } else {
        expect(text).toContain('Portfolio of solidarity charters');
        expect(text).toContain('529 days late');
        expect(text).toContain('Resources per partner country');
      }
      const prefix = join(ARTIFACTS, `page-${lang}`);
      const ppm = spawnSync(PDFTOPPM!, ['-r', '40', '-png', file, prefix], { encoding: 'utf8' });
      expect(ppm.status, ppm.stderr).toBe(0);
      const pages = readdirSync(ARTIFACTS).filter((f) => f.startsWith(`page-${lang}`) && f.endsWith('.png'));
      expect(pages.length).toBeGreaterThan(2);
      for (const page of pages) expect(statSync(join(ARTIFACTS, page)).size).toBeGreaterThan(2000);
    }, 120_000);
  }
});
