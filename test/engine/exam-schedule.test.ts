import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/engine/clock.ts';
import { examAwareScheduler, examDayRetention, planForExam, type ExamTarget } from '../../src/engine/exam-schedule.ts';
import type { CardState } from '../../src/srs/card.ts';
import { createScheduler, DAY_MS } from '../../src/srs/scheduler.ts';

const NOW = new Date(Date.UTC(2026, 5, 1, 9));
const day = { utcOffsetMinutes: 0, dayStartHour: 4 };
const base = createScheduler(0.9);
const target = (examInDays: number, dailyLimit = 30): ExamTarget => ({
  examAt: Date.UTC(2026, 5, 1 + examInDays),
  retention: examDayRetention(0.9),
  dailyLimit,
  day,
});
const dayOf = (card: CardState) => dayNumber(card.due, day) - dayNumber(NOW.getTime(), day);
/** A card answered Easy at NOW: FSRS-6 defaults make it due in 8 days, 94 % on day 5. */
const easy = () => base.next(undefined, 'easy', NOW);
/** A card due on day `d` (days from NOW), reviewed long ago. */
const dueOn = (d: number): CardState => ({ ...easy(), due: NOW.getTime() + d * DAY_MS });

describe('examDayRetention', () => {
  it.each([
    [0.9, 0.95],
    [0.8, 0.9],
  ])('%f → %f', (desired, exam) => expect(examDayRetention(desired)).toBeCloseTo(exam, 10));
});

describe('examAwareScheduler', () => {
  it('moves an answer whose interval reaches past the exam below the exam-day target to the day before it', () => {
    expect(dayOf(easy())).toBe(8);
    const scheduler = examAwareScheduler(base, target(5), () => []);
    const card = scheduler.next(undefined, 'easy', NOW);
    expect(dayOf(card)).toBe(4);
    // Memory is left alone: only the due day moved.
    expect(card.stability).toBe(easy().stability);
  });

  it('leaves an answer alone when the exam is past, or its recall on the day is above the target, or no day is left', () => {
    expect(dayOf(examAwareScheduler(base, target(-1), () => []).next(undefined, 'easy', NOW))).toBe(8);
    // A very stable card stays above 95 % for months.
    const stable: CardState = { ...easy(), stability: 400, difficulty: 3, state: 'review', lastReview: NOW.getTime() - DAY_MS };
    const next = base.next(stable, 'good', NOW);
    expect(examAwareScheduler(base, target(5), () => []).next(stable, 'good', NOW)).toEqual(next);
    // Exam tomorrow: today's review was the last one before it.
    expect(dayOf(examAwareScheduler(base, target(1), () => []).next(undefined, 'easy', NOW))).toBe(8);
  });

  it('keeps the last days within the daily limit: the latest day with room, else the least loaded', () => {
    // Limit 2; days 4 and 3 are full, day 2 has one.
    const load = [dueOn(4), dueOn(4), dueOn(3), dueOn(3), dueOn(2)];
    expect(dayOf(examAwareScheduler(base, target(5, 2), () => load).next(undefined, 'easy', NOW))).toBe(2);
    // All full: the least loaded, the latest on a tie.
    const full = [dueOn(4), dueOn(4), dueOn(4), dueOn(3), dueOn(3), dueOn(2), dueOn(2), dueOn(1), dueOn(1)];
    expect(dayOf(examAwareScheduler(base, target(5, 2), () => full).next(undefined, 'easy', NOW))).toBe(3);
  });
});

describe('planForExam', () => {
  it('moves every card at risk, the most at risk choosing first, within the limit; returns only those moved', () => {
    const reviewed = (stability: number): CardState => ({
      ...easy(),
      stability,
      lastReview: NOW.getTime() - 2 * DAY_MS,
      due: NOW.getTime() + 30 * DAY_MS,
    });
    const cards = { weak: reviewed(3), weaker: reviewed(1), fine: reviewed(3000), soon: dueOn(2) };
    const moved = planForExam(cards, Object.keys(cards), target(5, 1), base.recall, NOW.getTime());
    expect(Object.keys(moved).sort()).toEqual(['weak', 'weaker']);
    // Day 2 is taken by `soon`; the most at risk takes day 4, the next day 3.
    expect(dayOf(moved['weaker'] as CardState)).toBe(4);
    expect(dayOf(moved['weak'] as CardState)).toBe(3);
  });

  it('counts only the cards it is told to (suspended questions take no room) and nothing once the exam day came', () => {
    const cards = { a: { ...easy(), due: NOW.getTime() + 30 * DAY_MS }, other: dueOn(4) };
    expect(dayOf(planForExam(cards, ['a'], target(5, 1), base.recall, NOW.getTime())['a'] as CardState)).toBe(4);
    expect(planForExam(cards, ['a'], target(0), base.recall, NOW.getTime())).toEqual({});
  });
});
