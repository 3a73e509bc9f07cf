/**
 * The HTML report in a real headless Chromium: seven weeks of study over the built-in banks, the
 * report made by the program, then opened as a person would open the file. The page must load
 * with no console message, fetch nothing, and its charts must hold the history's own figures
 * (read back from each bar's and point's data attributes and checked against the score file and
 * `stats --json`), drawn where they can be seen. A screenshot goes to artifacts/ (CI keeps it);
 * docs/report.png in the README is one of these.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/srs/scheduler.ts';
import { readHistory } from '../../src/store/history-store.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { ROOT, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';
import { simulateStudy } from '../helpers/study-history.ts';

const NOW = '2026-05-20T10:00:00Z';
const ARTIFACTS = join(ROOT, 'artifacts');

interface BuiltinIndex {
  entries: Record<string, { summary: { questions: { id: string; domain: number; module: number }[] } }>;
}
const builtin = Object.values((JSON.parse(readFileSync(join(ROOT, 'dist/banks/index.json'), 'utf8')) as BuiltinIndex).entries).flatMap(
  (e) => e.summary.questions,
);

let browser: Browser;
let dir: string;
const cleanups: Array<() => void> = [];

beforeAll(async () => {
  dir = tempDir((fn) => cleanups.push(fn));
  simulateStudy(dir, {
    questions: builtin,
    start: '2026-04-01',
    days: 49,
    perDay: 30,
    seed: 11,
    examDays: [14, 30, 44],
    skipDays: [5, 12, 26],
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const fn of cleanups) fn();
});

interface Loaded {
  page: Page;
  problems: string[];
  requests: string[];
}

async function openReport(lang: 'en' | 'ja'): Promise<Loaded> {
  const file = join(dir, `report-${lang}.html`);
  const run = await runCli(['--data-dir', dir, '--lang', lang, 'report', '--html', file], { env: { CLOUDOPS_QUIZ_NOW: NOW } });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  // Pages stay open until the browser closes: in the single process the package asks for,
  // closing a page can take the browser down with it.
  const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => problems.push(`console ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems, requests };
}

/** [category, value] of every bar (or point of `series`) in a chart, in order. */
function figures(page: Page, chart: string, selector: string): Promise<Array<[string, number, string]>> {
  return page.$$eval(`figure[data-chart="${chart}"] ${selector}`, (nodes) =>
    nodes.map((n) => [n.getAttribute('data-label') ?? '', Number(n.getAttribute('data-value')), n.getAttribute('data-series') ?? '']),
  );
}

const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

describe('report --html in Chromium', () => {
  it('loads with no console message, fetches nothing, and its charts hold the history', async () => {
    const { page, problems, requests } = await openReport('en');
    expect(problems).toEqual([]);
    expect(requests).toEqual([page.url()]);

    const { answers, exams, cards } = readHistory(dir, new Date(NOW));
    // Answers and accuracy per day, from the score file (TZ=UTC, study day from 04:00).
    const perDay = new Map<string, { n: number; right: number }>();
    for (const a of answers) {
      const day = new Date(a.at - 4 * 3_600_000).toISOString().slice(0, 10);
      const tally = perDay.get(day) ?? { n: 0, right: 0 };
      tally.n++;
      if (a.correct) tally.right++;
      perDay.set(day, tally);
    }
    const bars = await figures(page, 'progress', 'rect.bar');
    expect(bars[0]?.[0]).toBe('2026-04-01');
    expect(bars.at(-1)?.[0]).toBe('2026-05-20');
    expect(bars).toHaveLength(50);
    expect(bars.map(([day, value]) => [day, value])).toEqual(bars.map(([day]) => [day, perDay.get(day)?.n ?? 0]));
    expect(bars.filter(([, value]) => value === 0).map(([day]) => day)).toEqual(['2026-04-06', '2026-04-13', '2026-04-27', '2026-05-20']);
    const accuracy = await figures(page, 'progress', 'circle.point');
    expect(accuracy.map(([day, value]) => [day, value])).toEqual(
      [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, t]) => [day, round4(t.right / t.n)]),
    );

    // Recall per domain: five series, one point per day; today's point is each domain's mean
    // predicted recall from the cards the sessions saved (never studied: 0).
    const recall = await figures(page, 'recall', 'circle.point');
    expect(recall).toHaveLength(5 * 50);
    const scheduler = createScheduler();
    for (const domain of [1, 2, 3, 4, 5]) {
      const series = recall.filter(([, , name]) => name.startsWith(`Domain ${domain}:`));
      expect(series).toHaveLength(50);
      const inDomain = builtin.filter((q) => q.domain === domain);
      const expected = inDomain.reduce((sum, q) => sum + scheduler.recall(cards[q.id], new Date(NOW)), 0) / inDomain.length;
      expect(series.at(-1)?.[1]).toBeCloseTo(expected, 3);
      expect(series[0]?.[1]).toBeLessThan(series.at(-1)?.[1] ?? 0);
    }

    // Mock exams, with the pass line at 720.
    const examPoints = await figures(page, 'exams', 'circle.point');
    expect(examPoints.map(([day, value]) => [day, value])).toEqual(exams.map((e) => [new Date(e.finishedAt).toISOString().slice(0, 10), e.scaled]));
    expect(await page.textContent('figure[data-chart="exams"] .reference-label')).toBe('pass 720');

    // The 30-day forecast agrees with stats --json for its first 7 days and counts every card due within 30.
    const forecast = await figures(page, 'forecast', 'rect.bar');
    expect(forecast).toHaveLength(30);
    const stats = JSON.parse((await runCli(['--data-dir', dir, 'stats', '--json'], { env: { CLOUDOPS_QUIZ_NOW: NOW } })).stdout);
    expect(forecast.slice(0, 7).map(([day, value]) => ({ day, count: value }))).toEqual(stats.forecast);
    const endOfThirtiethDay = Date.parse('2026-06-19T04:00:00Z');
    expect(forecast.reduce((sum, [, value]) => sum + value, 0)).toBe(Object.values(cards).filter((c) => c.due < endOfThirtiethDay).length);

    // Drawn where they can be seen: every bar with a value has height, every point lies in its chart.
    const hidden = await page.$$eval('svg', (svgs) =>
      svgs.flatMap((svg) => {
        const box = svg.viewBox.baseVal;
        return [...svg.querySelectorAll('rect.bar, circle.point')].flatMap((node) => {
          const b = (node as unknown as { getBBox(): { x: number; y: number; width: number; height: number } }).getBBox();
          const value = Number(node.getAttribute('data-value'));
          const inside = b.x >= box.x && b.y >= box.y && b.x + b.width <= box.x + box.width && b.y + b.height <= box.y + box.height;
          return inside && (value === 0 || b.height > 0) ? [] : [`${node.getAttribute('data-label')} ${value}`];
        });
      }),
    );
    expect(hidden).toEqual([]);

    // The tables: five domains, fourteen modules, each "seen" as stats counts it.
    const domainRows = await page.$$eval('#domains tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
    expect(domainRows.map((r) => r[2])).toEqual(stats.domains.map((d: { seen: number; total: number }) => `${d.seen} / ${d.total}`));
    expect(await page.$$eval('#modules tbody tr', (rows) => rows.length)).toBe(14);

    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, 'report-en.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(shot).size).toBeGreaterThan(20_000);

    // On paper (A4 at 96 dpi, 14 mm margins): nothing runs past the page's width, and it prints.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 688, height: 1000 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(688);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('speaks Japanese with --lang ja, with the same charts', async () => {
    const { page, problems } = await openReport('ja');
    expect(problems).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.textContent('h1')).toBe('cloudops-quiz — 学習の進捗');
    expect(await page.textContent('#recall h2')).toBe('試験ドメイン別の予測想起率');
    expect(await page.$$eval('figure[data-chart="progress"] rect.bar', (n) => n.length)).toBe(50);
    expect(await page.$$eval('figure[data-chart="recall"] circle.point', (n) => n.length)).toBe(250);
  }, 60_000);
});
