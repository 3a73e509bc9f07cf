/**
 * Progress at a glance: per module and per exam domain, the streak, reviews per day, the weakest
 * topics and the due forecast. Pure, and independent of how long the history is: it reads the
 * history's summary (per question and per study day, history-summary.ts), never the answers.
 */
import { MODULES, DOMAINS, SKILLS } from '../bank/course.ts';
import type { QuestionSummary } from '../bank/types.ts';
import type { Scheduler } from '../srs/scheduler.ts';
import { rankWeakTopics, type TopicWeakness } from '../srs/weakness.ts';
import type { CardState } from '../srs/card.ts';
import { dayNumber, endOfDay, type StudyClock } from './clock.ts';
import type { HistorySummary } from './history-summary.ts';

export interface GroupStats<K = number> {
  readonly key: K;
  readonly total: number;
  readonly seen: number;
  readonly answers: number;
  readonly correct: number;
  /** Share of answers that were right, null before any answer. */
  readonly accuracy: number | null;
  /** Mean predicted recall now over the questions seen, null before any. */
  readonly recall: number | null;
  readonly dueToday: number;
}

export interface DayCount {
  /** Local date, YYYY-MM-DD. */
  readonly day: string;
  readonly count: number;
}

export interface StudyStats {
  readonly totals: { readonly questions: number; readonly seen: number; readonly answers: number; readonly correct: number; readonly dueToday: number };
  readonly modules: readonly GroupStats[];
  readonly domains: readonly GroupStats[];
  /** Per exam-guide skill (a question counts for each skill it names), in guide order. */
  readonly skills: readonly GroupStats<string>[];
  /** Days in a row with at least one answer, up to today (or yesterday, before today's first). */
  readonly streak: number;
  /** Answers per day for the last `days` days, oldest first, today last. */
  readonly perDay: readonly DayCount[];
  readonly weakest: readonly TopicWeakness[];
  /** Due counts for today (overdue included) and each following day: `forecastDays` days in all. */
  readonly forecast: readonly DayCount[];
}

export interface StatsInput {
  readonly questions: readonly QuestionSummary[];
  readonly cards: Readonly<Record<string, CardState>>;
  readonly history: HistorySummary;
  readonly scheduler: Scheduler;
  readonly clock: StudyClock;
  readonly days?: number;
  /** Days of the due forecast, today first (default 7; the HTML report shows 30). */
  readonly forecastDays?: number;
}

const DAY_MS = 86_400_000;

export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function computeStats(input: StatsInput): StudyStats {
  const { questions, cards, history, scheduler, clock } = input;
  const days = input.days ?? 28;
  const forecastDays = input.forecastDays ?? 7;
  const now = new Date(clock.now);
  const today = dayNumber(clock.now, clock);
  const tomorrow = endOfDay(clock);
  const perQuestion = history.questions;

  const group = () => ({ total: 0, seen: 0, answers: 0, correct: 0, recallSum: 0, dueToday: 0 });
  const byModule = new Map(MODULES.map((m) => [m.number, group()]));
  const byDomain = new Map(DOMAINS.map((d) => [d.number as number, group()]));
  const bySkill = new Map(SKILLS.map((s) => [s.key, group()]));
  const forecast = new Array<number>(forecastDays).fill(0);
  // Worked out once per question (FSRS, for each of thousands of cards): the weakest topics use it too.
  const recalls = new Map<string, number>();
  const totals = { questions: questions.length, seen: 0, answers: 0, correct: 0, dueToday: 0 };
  for (const question of questions) {
    const card = cards[question.id];
    const tally = perQuestion.get(question.id);
    const targets = [byModule.get(question.module), byDomain.get(question.domain), ...question.skills.map((k) => bySkill.get(k))];
    const recall = card ? scheduler.recall(card, now) : 0;
    if (card) recalls.set(question.id, recall);
    const dueToday = card !== undefined && card.due < tomorrow;
    if (card) {
      const offset = Math.max(0, dayNumber(card.due, clock) - today);
      if (offset < forecastDays) forecast[offset] = (forecast[offset] ?? 0) + 1;
    }
    totals.seen += card ? 1 : 0;
    totals.answers += tally?.answers ?? 0;
    totals.correct += tally?.correct ?? 0;
    totals.dueToday += dueToday ? 1 : 0;
    for (const target of targets) {
      if (!target) continue;
      target.total++;
      if (card) {
        target.seen++;
        target.recallSum += recall;
      }
      target.answers += tally?.answers ?? 0;
      target.correct += tally?.correct ?? 0;
      if (dueToday) target.dueToday++;
    }
  }
  const finish = <K>(key: K, g: ReturnType<typeof group>): GroupStats<K> => ({
    key,
    total: g.total,
    seen: g.seen,
    answers: g.answers,
    correct: g.correct,
    accuracy: g.answers > 0 ? g.correct / g.answers : null,
    recall: g.seen > 0 ? g.recallSum / g.seen : null,
    dueToday: g.dueToday,
  });

  const active = (day: number) => (history.days.get(day) ?? 0) > 0;
  let streak = 0;
  for (let day = active(today) ? today : today - 1; active(day); day--) streak++;

  const topicsOf = new Map(questions.map((q) => [q.id, q.topics] as const));
  return {
    totals,
    modules: [...byModule].map(([key, g]) => finish(key, g)),
    domains: [...byDomain].map(([key, g]) => finish(key, g)),
    skills: [...bySkill].map(([key, g]) => finish(key, g)),
    streak,
    perDay: Array.from({ length: days }, (_, i) => today - days + 1 + i).map((day) => ({ day: dayLabel(day), count: history.days.get(day) ?? 0 })),
    weakest: rankWeakTopics({ topicsOf, cards, history: history.questions, scheduler, now, recalls }).slice(0, 5),
    forecast: forecast.map((count, i) => ({ day: dayLabel(today + i), count })),
  };
}
