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
  retention: 0.9,
  examDayTarget: examDayRetention(0.9),
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

  it('keeps the last days within the daily limit: the latest day with room, half a day for a question above the desired retention', () => {
    // The Easy answer is at 94 % on the exam day: between the desired retention and the exam-day
    // target, it may take half of a day's limit (2 of 4). Days 4 and 3 hold 2 each, day 2 one.
    const load = [dueOn(4), dueOn(4), dueOn(3), dueOn(3), dueOn(2)];
    expect(dayOf(examAwareScheduler(base, target(5, 4), () => load).next(undefined, 'easy', NOW))).toBe(2);
    // What an earlier day cannot take rolls into the next: 6 due on day 1 put 2 more on day 2, which
    // then, like days 3 and 4, has no room left for it.
    const rolled = [...Array.from({ length: 6 }, () => dueOn(1)), dueOn(4), dueOn(4), dueOn(3), dueOn(3)];
    expect(dayOf(examAwareScheduler(base, target(5, 4), () => rolled).next(undefined, 'easy', NOW))).toBe(8);
    // No day with room: it keeps its FSRS interval rather than go over the limit.
    const full = [1, 1, 2, 2, 3, 3, 4, 4].map(dueOn);
    expect(dayOf(examAwareScheduler(base, target(5, 4), () => full).next(undefined, 'easy', NOW))).toBe(8);
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

  it('moves a question below the desired retention into the latest day with room, the whole limit counted', () => {
    const weak: CardState = { ...easy(), stability: 1, lastReview: NOW.getTime() - 2 * DAY_MS, due: NOW.getTime() + 30 * DAY_MS };
    const cards = { weak, ...Object.fromEntries([1, 2, 2, 3, 3, 4, 4].map((d, i) => [`load${i}`, dueOn(d)])) };
    const moved = planForExam(cards, Object.keys(cards), target(5, 1), base.recall, NOW.getTime());
    expect(Object.keys(moved)).toEqual(['weak']);
    // Only today (day 0) has room left.
    expect(dayOf(moved['weak'] as CardState)).toBe(0);
    // No day has room: the least loaded takes it, the latest on a tie.
    const full = { weak, ...Object.fromEntries([0, 1, 2, 3, 4].map((d) => [`load${d}`, dueOn(d)])) };
    expect(dayOf(planForExam(full, Object.keys(full), target(5, 1), base.recall, NOW.getTime())['weak'] as CardState)).toBe(4);
  });

  it('counts only the cards it is told to (suspended questions take no room) and nothing once the exam day came', () => {
    const cards = { a: { ...easy(), due: NOW.getTime() + 30 * DAY_MS }, other: dueOn(4) };
    expect(dayOf(planForExam(cards, ['a'], target(5, 2), base.recall, NOW.getTime())['a'] as CardState)).toBe(4);
    expect(dayOf(planForExam(cards, ['a', 'other'], target(5, 2), base.recall, NOW.getTime())['a'] as CardState)).toBe(3);
    expect(planForExam(cards, ['a'], target(0), base.recall, NOW.getTime())).toEqual({});
  });
});
