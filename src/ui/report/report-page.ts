/**
 * The HTML progress report: one self-contained page (inline CSS and SVG, no script, nothing
 * fetched), readable on screen and on paper. Everything it shows comes in computed (stats,
 * progress over time, leeches); this file only lays it out.
 */
import { DOMAINS, MODULES, SKILLS } from '../../bank/course.ts';
import type { Lang } from '../../bank/types.ts';
import { PASS_SCALED } from '../../engine/exam-score.ts';
import type { Leech } from '../../engine/leech.ts';
import type { ProgressOverTime } from '../../engine/progress.ts';
import type { GroupStats, StudyStats } from '../../engine/stats.ts';
import { escapeHtml } from './html.ts';
import { type ReportWords, reportWords } from './report-words.ts';
import { type ChartSpec, svgChart } from './svg-chart.ts';
import { REPORT_CSS } from './report-style.ts';

export interface ReportInput {
  readonly lang: Lang;
  /** When the report was made, as the person reads it (local time). */
  readonly generatedAt: string;
  readonly examDate?: { readonly date: string; readonly daysLeft: number };
  /** With a 30-day forecast. */
  readonly stats: StudyStats;
  readonly progress: ProgressOverTime;
  readonly leeches: readonly Leech[];
}

/** One colour per exam domain, told apart in print and by most colour-blind readers. */
const DOMAIN_COLORS: readonly string[] = ['#1f77b4', '#d62728', '#e6a000', '#2ca02c', '#7b4fa0'];
const BAR_COLOR = '#9cc3e6';
const LINE_COLOR = '#c0392b';

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
const count = (value: number) => String(Math.round(value * 10) / 10);
const shortDay = (day: string) => day.slice(5);

export function reportHtml(input: ReportInput): string {
  const w = reportWords(input.lang);
  const { stats, progress } = input;
  const t = stats.totals;
  const facts: Array<[string, string]> = [
    [w.seen, `${t.seen} / ${t.questions}`],
    [w.answers, String(t.answers)],
    [w.accuracy, percent(t.answers > 0 ? t.correct / t.answers : null)],
    [w.streak, w.days(stats.streak)],
    [w.dueToday, String(t.dueToday)],
  ];
  const body = [
    `<header><h1>${escapeHtml(w.title)}</h1><p class="subtitle">${escapeHtml(w.subtitle)}</p><p class="meta">${escapeHtml(w.generated(input.generatedAt))}${
      input.examDate ? ` · ${escapeHtml(w.examDate(input.examDate.date, input.examDate.daysLeft))}` : ''
    }</p></header>`,
    `<dl class="facts">${facts.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>`,
    section('progress', w.progressTitle(progress.periodDays), svgChart(progressChart(input, w))),
    section('recall', w.recallTitle, `${svgChart(recallChart(input, w))}<p class="note">${escapeHtml(w.recallNote)}</p>`),
    section('exams', w.examsTitle, progress.exams.length > 0 ? svgChart(examChart(input, w)) : `<p class="none">${escapeHtml(w.examsNone)}</p>`),
    section('forecast', w.forecastTitle, svgChart(forecastChart(input, w))),
    section(
      'domains',
      w.domainsTitle,
      groupTable(stats.domains, w, w.domain, (n) => DOMAINS.find((d) => d.number === n)?.title[input.lang] ?? String(n)),
    ),
    section(
      'modules',
      w.modulesTitle,
      groupTable(
        stats.modules,
        w,
        w.module,
        (n) => MODULES.find((m) => m.number === n)?.title[input.lang] ?? String(n),
        (n) => String(n).padStart(2, '0'),
      ),
    ),
    section('topics', w.weakTopicsTitle, topicTable(input, w)),
    section('skills', w.weakSkillsTitle, skillTable(input, w)),
    section('leeches', w.leechesTitle, leechTable(input, w)),
  ];
  return `<!DOCTYPE html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(w.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

function section(id: string, title: string, content: string): string {
  return `<section id="${id}"><h2>${escapeHtml(title)}</h2>${content}</section>`;
}

function progressChart(input: ReportInput, w: ReportWords): ChartSpec {
  const { periods } = input.progress;
  return {
    id: 'progress',
    title: w.progressTitle(input.progress.periodDays),
    labels: periods.map((p) => p.day),
    shortLabel: shortDay,
    bars: { name: w.answersSeries, color: BAR_COLOR, values: periods.map((p) => p.answers), format: count },
    lines: { series: [{ name: w.accuracySeries, color: LINE_COLOR, values: periods.map((p) => p.accuracy) }], scale: percentScale() },
  };
}

function recallChart(input: ReportInput, w: ReportWords): ChartSpec {
  const { periods } = input.progress;
  return {
    id: 'recall',
    title: w.recallTitle,
    labels: periods.map((p) => p.day),
    shortLabel: shortDay,
    lines: {
      series: DOMAINS.map((d, i) => ({
        name: `${w.domainShort(d.number)}: ${d.title[input.lang]}`,
        color: DOMAIN_COLORS[i] ?? '#555',
        values: periods.map((p) => p.recall[d.number]),
      })),
      scale: percentScale(),
    },
  };
}

function examChart(input: ReportInput, w: ReportWords): ChartSpec {
  const { exams } = input.progress;
  return {
    id: 'exams',
    title: w.examsTitle,
    labels: exams.map((e) => e.day),
    shortLabel: shortDay,
    lines: {
      series: [{ name: w.scaledSeries, color: DOMAIN_COLORS[0] ?? '#555', values: exams.map((e) => e.scaled) }],
      scale: { min: 100, max: 1000, ticks: [100, 400, 700, 1000], format: (v) => String(v), reference: { value: PASS_SCALED, label: w.passLine } },
    },
  };
}

function forecastChart(input: ReportInput, w: ReportWords): ChartSpec {
  const { forecast } = input.stats;
  return {
    id: 'forecast',
    title: w.forecastTitle,
    labels: forecast.map((f) => f.day),
    shortLabel: shortDay,
    bars: { name: w.forecastSeries, color: BAR_COLOR, values: forecast.map((f) => f.count), format: count },
  };
}

function percentScale() {
  return { min: 0, max: 1, ticks: [0, 0.25, 0.5, 0.75, 1], format: (v: number) => percent(v) };
}

function table(headers: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[], className: string): string {
  const head = headers.map((h, i) => `<th${numeric[i] ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('');
  const cells = rows.map((row) => `<tr>${row.map((cell, i) => `<td${numeric[i] ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  return `<table class="${className}"><thead><tr>${head}</tr></thead><tbody>${cells}</tbody></table>`;
}

function groupTable(
  groups: readonly GroupStats[],
  w: ReportWords,
  groupWord: string,
  title: (n: number) => string,
  key: (n: number) => string = String,
): string {
  const rows = groups.map((g) => [key(g.key), title(g.key), `${g.seen} / ${g.total}`, percent(g.accuracy), percent(g.recall), String(g.dueToday)]);
  return table([w.number, groupWord, w.seen, w.accuracy, w.recall, w.dueToday], rows, [true, false, true, true, true, true], 'groups');
}

function topicTable(input: ReportInput, w: ReportWords): string {
  if (input.stats.weakest.length === 0) return `<p class="none">${escapeHtml(w.noneYet)}</p>`;
  const rows = input.stats.weakest.map((t, i) => [String(i + 1), t.topic, percent(t.score), percent(t.errorRate), percent(t.recall), String(t.answers)]);
  return table([w.number, w.topic, w.weakness, w.errors, w.recall, w.answers], rows, [true, false, true, true, true, true], 'topics');
}

function skillTable(input: ReportInput, w: ReportWords): string {
  const skills = input.stats.skills
    .filter((s) => s.recall !== null)
    .sort((a, b) => (a.recall ?? 0) - (b.recall ?? 0))
    .slice(0, 10);
  if (skills.length === 0) return `<p class="none">${escapeHtml(w.noneYet)}</p>`;
  const rows = skills.map((s) => [s.key, SKILLS.find((k) => k.key === s.key)?.title[input.lang] ?? '', `${s.seen} / ${s.total}`, percent(s.recall)]);
  return table([w.skill, '', w.seen, w.recall], rows, [false, false, true, true], 'skills');
}

function leechTable(input: ReportInput, w: ReportWords): string {
  if (input.leeches.length === 0) return `<p class="none">${escapeHtml(w.noneYet)}</p>`;
  return table(
    [w.question, w.misses],
    input.leeches.map((l) => [l.q, String(l.misses)]),
    [false, true],
    'leeches',
  );
}
