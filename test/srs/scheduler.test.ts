import { describe, expect, it } from 'vitest';
import { createScheduler, dueNoLaterThan } from '../../src/srs/scheduler.ts';
import type { CardState } from '../../src/srs/card.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const start = new Date('2026-03-02T09:00:00Z');

describe('scheduling outcomes with a fixed clock', () => {
  const scheduler = createScheduler(0.9);

  it('has no learning steps: every first answer gets a day interval (Again 1, Hard 1, Good 2, Easy 8 days)', () => {
    const days = (['again', 'hard', 'good', 'easy'] as const).map((rating) => (scheduler.next(undefined, rating, start).due - start.getTime()) / DAY);
    expect(days).toEqual([1, 1, 2, 8]);
    expect(scheduler.next(undefined, 'good', start).state).toBe('review');
  });

  it('brings a lapse on a well-learned card back the next day, not after its post-lapse interval', () => {
    let card: CardState | undefined;
    let now = start;
    for (let i = 0; i < 6; i++) {
      card = scheduler.next(card, 'good', now);
      now = new Date(card.due);
    }
    const lapsed = scheduler.next(card, 'again', now);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - now.getTime()).toBe(DAY);
    expect(lapsed.scheduledDays).toBe(1);
    // FSRS's own post-lapse interval for it is longer: the cap is what brings it back tomorrow.
    expect(lapsed.stability).toBeGreaterThan(1.5);
  });

  it('schedules a same-day review (a re-ask in the session) from the card the miss left', () => {
    const missed = scheduler.next(undefined, 'again', start);
    const reask = scheduler.next(missed, 'good', new Date(start.getTime() + 5 * 60_000));
    expect(reask.reps).toBe(2);
    expect(reask.stability).toBeGreaterThan(missed.stability);
    expect(reask.stability).toBeLessThan(1);
  });

  it('moves a due time up, never back', () => {
    const card = scheduler.next(undefined, 'easy', start);
    const latest = start.getTime() + DAY;
    expect(dueNoLaterThan(card, latest)).toMatchObject({ due: latest, scheduledDays: 1, stability: card.stability });
    expect(dueNoLaterThan(card, card.due + DAY)).toBe(card);
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
