/**
 * Progress over time, for the HTML report: answers and accuracy per day (per week once the
 * history spans more than half a year, so a chart keeps readable bars), predicted recall per exam
 * domain at the end of each of those periods, and the mock exams' scaled scores.
 *
 * Recall over time is found by replaying the rated answers in time order through the scheduler
 * and asking, at the end of each period, how likely each question was to be recalled then. It is
 * the mean over every question of the domain, a question never studied counting as 0 (as the
 * readiness estimate counts it), so the line rises as the domain is covered and falls as it is
 * forgotten. Pure: `now` comes in the clock.
 */
import { DOMAINS } from '../bank/course.ts';
import type { Domain, QuestionSummary } from '../bank/types.ts';
import type { CardState, Rating } from '../srs/card.ts';
import type { Scheduler } from '../srs/scheduler.ts';
import { dayNumber, startOfDay, type StudyClock } from './clock.ts';
import { dayLabel } from './stats.ts';

/** Above this many days a period is a week, not a day. */
const MAX_DAILY_PERIODS = 180;
const WEEK = 7;

export interface ProgressAnswer {
  readonly q: string;
  readonly at: number;
  readonly correct: boolean;
  /** Absent for answers that did not feed the scheduler (cram). */
  readonly rating?: Rating | undefined;
}

export interface ProgressExam {
  readonly finishedAt: number;
  readonly scaled: number;
  readonly passed: boolean;
}

export interface ProgressPeriod {
  /** The period's first study day, YYYY-MM-DD. */
  readonly day: string;
  readonly answers: number;
  readonly correct: number;
  /** Share right, null in a period without answers. */
  readonly accuracy: number | null;
  /** Mean predicted recall per domain at the end of the period (never studied counts as 0). */
  readonly recall: Readonly<Record<Domain, number>>;
}

export interface ExamPoint {
  /** The study day it was submitted, YYYY-MM-DD. */
  readonly day: string;
  readonly finishedAt: number;
  readonly scaled: number;
  readonly passed: boolean;
}

export interface ProgressOverTime {
  /** 1 (each period a day) or 7 (a week). */
  readonly periodDays: number;
  /** From the period of the first answer to the one holding today, oldest first. */
  readonly periods: readonly ProgressPeriod[];
  readonly exams: readonly ExamPoint[];
}

export interface ProgressInput {
  readonly questions: readonly QuestionSummary[];
  /** Every answer, oldest first. */
  readonly answers: readonly ProgressAnswer[];
  readonly exams: readonly ProgressExam[];
  readonly scheduler: Scheduler;
  readonly clock: StudyClock;
}

export function progressOverTime(input: ProgressInput): ProgressOverTime {
  const { questions, answers, scheduler, clock } = input;
  const today = dayNumber(clock.now, clock);
  const firstDay = answers.length > 0 ? Math.min(today, dayNumber(answers[0]?.at ?? clock.now, clock)) : today;
  const span = today - firstDay + 1;
  const periodDays = span > MAX_DAILY_PERIODS ? WEEK : 1;
  const count = Math.ceil(span / periodDays);
  // Periods end with today: the first may start before the first answer.
  const startDay = today - count * periodDays + 1;
  const periodOf = (at: number) => Math.floor((dayNumber(at, clock) - startDay) / periodDays);

  const tallies = Array.from({ length: count }, () => ({ answers: 0, correct: 0 }));
  for (const answer of answers) {
    const tally = tallies[periodOf(answer.at)];
    if (!tally) continue;
    tally.answers++;
    if (answer.correct) tally.correct++;
  }

  const domainOf = new Map(questions.map((q) => [q.id, q.domain] as const));
  const domainSizes = new Map<Domain, number>(DOMAINS.map((d) => [d.number, 0]));
  for (const q of questions) domainSizes.set(q.domain, (domainSizes.get(q.domain) ?? 0) + 1);
  const rated = answers.filter((a) => a.rating !== undefined && domainOf.has(a.q)).sort((a, b) => a.at - b.at);
  const cards = new Map<string, CardState>();
  let next = 0;

  const periods = tallies.map((tally, index): ProgressPeriod => {
    // The end of the period: the start of the next study day after it, or now for the last one.
    const end = Math.min(clock.now, startOfDay(clock, startDay + (index + 1) * periodDays - today));
    for (; next < rated.length && (rated[next]?.at ?? Infinity) <= end; next++) {
      const answer = rated[next];
      if (answer?.rating !== undefined) cards.set(answer.q, scheduler.next(cards.get(answer.q), answer.rating, new Date(answer.at)));
    }
    const sums = new Map<Domain, number>();
    const at = new Date(end);
    for (const [q, card] of cards) {
      const domain = domainOf.get(q);
      if (domain !== undefined) sums.set(domain, (sums.get(domain) ?? 0) + scheduler.recall(card, at));
    }
    const recall = Object.fromEntries(
      DOMAINS.map((d) => {
        const size = domainSizes.get(d.number) ?? 0;
        return [d.number, size > 0 ? (sums.get(d.number) ?? 0) / size : 0];
      }),
    ) as Record<Domain, number>;
    return {
      day: dayLabel(startDay + index * periodDays),
      answers: tally.answers,
      correct: tally.correct,
      accuracy: tally.answers > 0 ? tally.correct / tally.answers : null,
      recall,
    };
  });

  const exams = [...input.exams]
    .sort((a, b) => a.finishedAt - b.finishedAt)
    .map((e) => ({ day: dayLabel(dayNumber(e.finishedAt, clock)), finishedAt: e.finishedAt, scaled: e.scaled, passed: e.passed }));
  return { periodDays, periods, exams };
}
