/** The `stats` screen and the weak-topic ranking, as lines of text. */
import { DOMAINS, MODULES, SKILLS } from '../bank/course.ts';
import type { StudyStats } from '../engine/stats.ts';
import type { TopicWeakness } from '../srs/weakness.ts';
import { LEECH_MISSES, type Leech } from '../engine/leech.ts';
import { wrap } from './width.ts';
import { bar, percent, sparkline } from './charts.ts';
import type { RenderEnv } from './render-env.ts';
import { sanitizeLine } from './sanitize.ts';
import { table } from './table.ts';

export function weaknessLines(ranking: readonly TopicWeakness[], highlighted: number, env: RenderEnv): string[] {
  const { style, say } = env;
  const rows = ranking.map((t, i) => {
    const name = sanitizeLine(t.topic);
    return [
      String(i + 1),
      i < highlighted ? style.bold(name) : name,
      style.red(bar(t.score, 10)),
      `${say.errors} ${percent(t.errorRate)}`,
      `${say.recall} ${percent(t.recall)}`,
      `${t.answers} ${say.answersWord}`,
    ];
  });
  return [style.bold(say.weakTopicsTitle), ...table(rows, ['right', 'left', 'left', 'right', 'right', 'right'])];
}

export function statsLines(stats: StudyStats, env: RenderEnv, moduleTitle: (n: number) => string): string[] {
  const { style, say, lang } = env;
  const lines: string[] = [];
  const t = stats.totals;
  lines.push(style.bold(say.statsTitle));
  lines.push(
    `${say.seen} ${t.seen}/${t.questions}   ${say.answersWord} ${t.answers}   ${say.accuracy} ${percent(t.answers ? t.correct / t.answers : null)}   ${say.dueToday} ${t.dueToday}   ${say.streak} ${stats.streak} ${say.daysWord}`,
  );
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
  lines.push(...table([header, ...moduleRows], ['right', 'left', 'right', 'right', 'right', 'left', 'right']));
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
  lines.push(...table([domainHeader, ...domainRows], ['right', 'left', 'right', 'right', 'right', 'left', 'right']));
  lines.push('');
  const counts = stats.perDay.map((d) => d.count);
  lines.push(`${style.bold(say.perDayTitle(stats.perDay.length))}  ${style.cyan(sparkline(counts))}  ${say.maxPerDay} ${Math.max(0, ...counts)}`);
  lines.push(`${style.bold(say.forecastTitle)}  ${stats.forecast.map((f, i) => `${i === 0 ? say.todayWord : f.day.slice(5)}: ${f.count}`).join('  ')}`);
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
    lines.push(...table(rows, ['left', 'left', 'right', 'right']));
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
      ...table(
        leeches.map((l) => [`  ${sanitizeLine(l.q)}`, style.red(say.leechMisses(l.misses))]),
        ['left', 'left'],
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
