/** The `stats` screen and the weak-topic ranking, as lines of text that fit the terminal. */
import { DOMAINS, MODULES, SKILLS } from '../bank/course.ts';
import { topicName } from '../bank/topic-names.ts';
import type { StudyStats } from '../engine/stats.ts';
import type { TopicWeakness } from '../srs/weakness.ts';
import { LEECH_MISSES, type Leech } from '../engine/leech.ts';
import { wrap } from './width.ts';
import { bar, percent, sparkline } from './charts.ts';
import type { RenderEnv } from './render-env.ts';
import { sanitizeLine } from './sanitize.ts';
import { type Column, fitTable, flow } from './table.ts';

/** A topic as people read it: its name in the language (the key for a topic of a person's own bank). */
export function topicLabel(key: string, env: Pick<RenderEnv, 'lang'>): string {
  return sanitizeLine(topicName(key, env.lang));
}

export function weaknessLines(ranking: readonly TopicWeakness[], highlighted: number, env: RenderEnv): string[] {
  const { style, say } = env;
  const rows = ranking.map((t, i) => {
    const name = topicLabel(t.topic, env);
    return [
      String(i + 1),
      i < highlighted ? style.bold(name) : name,
      style.red(bar(t.score, 10)),
      `${say.errors} ${percent(t.errorRate)}`,
      `${say.recall} ${percent(t.recall)}`,
      say.answersCount(t.answers),
    ];
  });
  const columns: Column[] = [
    { align: 'right' },
    { flex: 'wrap', min: 14 },
    { drop: 1 },
    { align: 'right', drop: 3 },
    { align: 'right' },
    { align: 'right', drop: 2 },
  ];
  return [style.bold(say.weakTopicsTitle), ...fitTable(rows, columns, env.width)];
}

/** Module and domain tables: number, title, seen, accuracy, recall, a recall bar, due today. */
const GROUP_COLUMNS: readonly Column[] = [
  { align: 'right' },
  { flex: 'wrap', min: 16 },
  { align: 'right' },
  { align: 'right', drop: 2 },
  { align: 'right' },
  { drop: 1 },
  { align: 'right', drop: 3 },
];

export function statsLines(stats: StudyStats, env: RenderEnv, moduleTitle: (n: number) => string): string[] {
  const { style, say, lang, width } = env;
  const lines: string[] = [];
  const t = stats.totals;
  lines.push(style.bold(say.statsTitle));
  lines.push(
    ...flow(
      [
        `${say.seen} ${t.seen}/${t.questions}`,
        say.answersCount(t.answers),
        `${say.accuracy} ${percent(t.answers ? t.correct / t.answers : null)}`,
        `${say.dueToday} ${t.dueToday}`,
        `${say.streak} ${say.streakDays(stats.streak)}`,
      ],
      width,
    ),
  );
  // Accuracy and recall measure different things, and read side by side they seem to disagree.
  lines.push(style.dim(wrap(say.statsLegend, width)));
  lines.push('');
  const header = ['#', say.moduleWord, say.seen, say.accuracy, say.recall, '', say.dueToday].map((h) => style.bold(h));
  const moduleRows = stats.modules.map((m) => [
    String(m.key).padStart(2, '0'),
    sanitizeLine(moduleTitle(m.key)),
    `${m.seen}/${m.total}`,
    percent(m.accuracy),
    percent(m.recall),
    recallBar(m.recall, env),
    String(m.dueToday),
  ]);
  lines.push(...fitTable([header, ...moduleRows], GROUP_COLUMNS, width));
  lines.push('');
  const domainHeader = ['#', say.domainWord, say.seen, say.accuracy, say.recall, '', say.dueToday].map((h) => style.bold(h));
  const domainRows = stats.domains.map((d) => [
    String(d.key),
    DOMAINS.find((x) => x.number === d.key)?.title[lang] ?? '',
    `${d.seen}/${d.total}`,
    percent(d.accuracy),
    percent(d.recall),
    recallBar(d.recall, env),
    String(d.dueToday),
  ]);
  lines.push(...fitTable([domainHeader, ...domainRows], GROUP_COLUMNS, width));
  lines.push('');
  const counts = stats.perDay.map((d) => d.count);
  lines.push(
    ...flow([style.bold(say.perDayTitle(stats.perDay.length)), style.cyan(sparkline(counts)), `${say.maxPerDay} ${Math.max(0, ...counts)}`], width, '  '),
  );
  lines.push(
    ...flow([style.bold(say.forecastTitle), ...stats.forecast.map((f, i) => `${i === 0 ? say.todayWord : f.day.slice(5)}: ${f.count}`)], width, '  ', '  '),
  );
  if (stats.weakest.length > 0) {
    lines.push('');
    lines.push(...weaknessLines(stats.weakest, 0, env));
  }
  const skills = weakestSkills(stats, 5);
  if (skills.length > 0) {
    lines.push('', style.bold(say.weakSkillsTitle));
    const rows = skills.map((s) => [
      s.key,
      SKILLS.find((x) => x.key === s.key)?.title[lang] ?? '',
      `${s.seen}/${s.total}`,
      `${say.recall} ${percent(s.recall)}`,
    ]);
    lines.push(...fitTable(rows, [{}, { flex: 'wrap', min: 16 }, { align: 'right', drop: 1 }, { align: 'right' }], width));
  }
  return lines;
}

/** Leeches (most missed first) and suspended questions, each a section only when there are any. */
export function leechAndSuspendedLines(leeches: readonly Leech[], suspended: readonly string[], env: RenderEnv): string[] {
  const { style, say } = env;
  const lines: string[] = [];
  if (leeches.length > 0) {
    lines.push('', style.bold(wrap(say.leechesTitle(LEECH_MISSES), env.width)));
    lines.push(
      ...fitTable(
        leeches.map((l) => [`  ${sanitizeLine(l.q)}`, style.red(say.leechMisses(l.misses))]),
        [{ flex: 'truncate', min: 10 }, {}],
        env.width,
      ),
    );
  }
  if (suspended.length > 0) {
    lines.push('', style.bold(wrap(say.suspendedTitle(suspended.length), env.width)));
    for (const q of suspended) lines.push(`  ${sanitizeLine(q)}`);
  }
  return lines;
}

/** Skills studied at all, lowest predicted recall first (ties: guide order). */
function weakestSkills(stats: StudyStats, count: number) {
  return stats.skills
    .filter((s) => s.recall !== null)
    .sort((a, b) => (a.recall ?? 0) - (b.recall ?? 0))
    .slice(0, count);
}

function recallBar(recall: number | null, env: RenderEnv): string {
  if (recall === null) return env.style.dim(bar(0, 10));
  const colour = recall >= 0.85 ? env.style.green : recall >= 0.7 ? env.style.yellow : env.style.red;
  return colour(bar(recall, 10));
}

export function moduleTitleOf(lang: 'en' | 'ja') {
  return (n: number) => MODULES.find((m) => m.number === n)?.title[lang] ?? String(n);
}
