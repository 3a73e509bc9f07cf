import { describe, expect, it } from 'vitest';
import { progressOverTime, type ProgressAnswer } from '../../src/engine/progress.ts';
import { createScheduler } from '../../src/srs/scheduler.ts';
import { question } from '../helpers/questions.ts';

const scheduler = createScheduler();
const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T10:00:00Z');
const clockAt = (now: number) => ({ now, utcOffsetMinutes: 0, dayStartHour: 4 });
const questions = [question('a', { domain: 1 }), question('b', { domain: 1 }), question('c', { domain: 2 })];

describe('progressOverTime', () => {
  it('counts answers and accuracy per study day, from the first answer to today, days without answers included', () => {
    const answers: ProgressAnswer[] = [
      { q: 'a', at: T0, correct: true, rating: 'good' },
      { q: 'b', at: T0 + 60_000, correct: false, rating: 'again' },
      // 02:00 the next morning is still 1 March's study day (it starts at 04:00).
      { q: 'c', at: T0 + 16 * 3_600_000, correct: true },
      { q: 'a', at: T0 + 2 * DAY, correct: true, rating: 'good' },
    ];
    const result = progressOverTime({ questions, answers, exams: [], scheduler, clock: clockAt(T0 + 3 * DAY) });
    expect(result.periodDays).toBe(1);
    expect(result.periods.map((p) => [p.day, p.answers, p.correct, p.accuracy])).toEqual([
      ['2026-03-01', 3, 2, 2 / 3],
      ['2026-03-02', 0, 0, null],
      ['2026-03-03', 1, 1, 1],
      ['2026-03-04', 0, 0, null],
    ]);
  });

  it('gives each domain the mean recall over all its questions at the end of each day, unstudied ones as 0', () => {
    const answers: ProgressAnswer[] = [
      { q: 'a', at: T0, correct: true, rating: 'good' },
      // A cram answer (no rating) does not feed the scheduler.
      { q: 'c', at: T0, correct: true },
    ];
    const now = T0 + 2 * DAY;
    const result = progressOverTime({ questions, answers, exams: [], scheduler, clock: clockAt(now) });
    const card = scheduler.next(undefined, 'good', new Date(T0));
    const endOfFirstDay = Date.parse('2026-03-02T04:00:00Z');
    expect(result.periods[0]?.recall[1]).toBeCloseTo(scheduler.recall(card, new Date(endOfFirstDay)) / 2, 10);
    expect(result.periods[2]?.recall[1]).toBeCloseTo(scheduler.recall(card, new Date(now)) / 2, 10);
    expect(result.periods.map((p) => p.recall[2])).toEqual([0, 0, 0]);
    // Falls as days pass without review.
    expect(result.periods[2]?.recall[1]).toBeLessThan(result.periods[0]?.recall[1] ?? 0);
  });

  it('groups by week once the history spans more than 180 days, the last week ending today', () => {
    const answers: ProgressAnswer[] = [
      { q: 'a', at: T0, correct: true, rating: 'good' },
      { q: 'a', at: T0 + 200 * DAY, correct: false, rating: 'again' },
    ];
    const result = progressOverTime({ questions, answers, exams: [], scheduler, clock: clockAt(T0 + 200 * DAY) });
    expect(result.periodDays).toBe(7);
    // 201 days → 29 weeks; the first starts 2 days before the first answer.
    expect(result.periods).toHaveLength(29);
    expect(result.periods[0]?.day).toBe('2026-02-27');
    expect(result.periods.map((p) => p.answers)).toEqual([1, ...new Array(27).fill(0), 1]);
  });

  it('lists the mock exams in the order they were submitted', () => {
    const exams = [
      { finishedAt: T0 + DAY, scaled: 760, passed: true },
      { finishedAt: T0, scaled: 650, passed: false },
    ];
    const result = progressOverTime({ questions, answers: [], exams, scheduler, clock: clockAt(T0 + 2 * DAY) });
    expect(result.exams).toEqual([
      { day: '2026-03-01', finishedAt: T0, scaled: 650, passed: false },
      { day: '2026-03-02', finishedAt: T0 + DAY, scaled: 760, passed: true },
    ]);
    expect(result.periods).toHaveLength(1);
  });
});
