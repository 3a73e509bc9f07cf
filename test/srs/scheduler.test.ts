import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/srs/scheduler.ts';
import type { CardState } from '../../src/srs/card.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const start = new Date('2026-03-02T09:00:00Z');

describe('scheduling outcomes with a fixed clock', () => {
  const scheduler = createScheduler(0.9);

  it('brings a wrong answer back within the day', () => {
    const card = scheduler.next(undefined, 'again', start);
    expect(card.due - start.getTime()).toBeLessThan(HOUR);
    expect(card.due).toBeGreaterThan(start.getTime());
  });

  it('brings a lapse on a learned card back within the day', () => {
    let card: CardState | undefined;
    let now = start;
    for (const rating of ['good', 'good', 'good'] as const) {
      card = scheduler.next(card, rating, now);
      now = new Date(card.due);
    }
    expect(card!.due - now.getTime()).toBe(0);
    const lapsed = scheduler.next(card, 'again', now);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - now.getTime()).toBeLessThan(DAY);
  });

  it('brings a right answer on a review card back days later, and intervals grow with success', () => {
    let card = scheduler.next(undefined, 'good', start);
    let now = new Date(card.due);
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      card = scheduler.next(card, 'good', now);
      intervals.push((card.due - now.getTime()) / DAY);
      now = new Date(card.due);
    }
    expect(intervals[0]).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
  });

  it('gives easy a longer interval than good, and good than hard', () => {
    const learned = scheduler.next(scheduler.next(undefined, 'good', start), 'good', new Date(start.getTime() + 10 * 60_000));
    const at = new Date(learned.due);
    const gap = (rating: 'hard' | 'good' | 'easy') => scheduler.next(learned, rating, at).due - at.getTime();
    expect(gap('easy')).toBeGreaterThan(gap('good'));
    expect(gap('good')).toBeGreaterThan(gap('hard'));
  });

  it('schedules longer intervals at lower desired retention', () => {
    const interval = (retention: number) => {
      const s = createScheduler(retention);
      const first = s.next(undefined, 'good', start);
      const second = s.next(first, 'good', new Date(first.due));
      return second.due - first.due;
    };
    expect(interval(0.8)).toBeGreaterThan(interval(0.9));
    expect(interval(0.9)).toBeGreaterThan(interval(0.95));
  });

  it('predicts recall: 0 for an unseen question, falling as time passes', () => {
    const card = scheduler.next(scheduler.next(undefined, 'good', start), 'good', new Date(start.getTime() + DAY));
    expect(scheduler.recall(undefined, start)).toBe(0);
    const soon = scheduler.recall(card, new Date(card.lastReview + HOUR));
    const later = scheduler.recall(card, new Date(card.lastReview + 30 * DAY));
    expect(soon).toBeGreaterThan(later);
    expect(soon).toBeLessThanOrEqual(1);
    expect(later).toBeGreaterThan(0);
  });

  it('is deterministic: the same history gives the same schedule', () => {
    const a = scheduler.next(scheduler.next(undefined, 'good', start), 'hard', new Date(start.getTime() + DAY));
    const b = createScheduler(0.9).next(createScheduler(0.9).next(undefined, 'good', start), 'hard', new Date(start.getTime() + DAY));
    expect(a).toEqual(b);
  });
});
