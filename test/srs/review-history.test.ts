import { describe, expect, it } from 'vitest';
import { reviewItems, splitByTime } from '../../src/srs/review-history.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 5, 1, 9);
const a = (q: string, dayOffset: number, rating: string | undefined, minutes = 0) => ({ q, at: T0 + dayOffset * DAY + minutes * 60_000, rating });

describe('reviewItems', () => {
  it('predicts each review on a later day from the whole history before it, same-day re-asks included', () => {
    const items = reviewItems([
      a('x', 0, 'again'),
      a('x', 0, 'good', 3), // the session's re-ask: history, never predicted
      a('x', 1, 'good'),
      a('x', 4, 'easy'),
    ]);
    expect(items.map((i) => i.reviews)).toEqual([
      [
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 1 },
      ],
      [
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 1 },
        { rating: 4, deltaT: 3 },
      ],
    ]);
  });

  it('leaves out answers that never fed the scheduler (cram), and orders examples by time across questions', () => {
    const items = reviewItems([a('x', 0, 'good'), a('y', 0, 'hard'), a('x', 1, undefined), a('y', 2, 'good'), a('x', 3, 'again')]);
    expect(items.map((i) => [i.at, i.reviews.at(-1)])).toEqual([
      [T0 + 2 * DAY, { rating: 3, deltaT: 2 }],
      [T0 + 3 * DAY, { rating: 1, deltaT: 3 }],
    ]);
  });

  it('counts days as ts-fsrs does, by calendar day (UTC): 23:50 to 00:10 is a day', () => {
    const late = Date.UTC(2026, 5, 1, 23, 50);
    const [item] = reviewItems([
      { q: 'x', at: late, rating: 'good' },
      { q: 'x', at: late + 20 * 60_000, rating: 'good' },
    ]);
    expect(item?.reviews.at(-1)?.deltaT).toBe(1);
  });
});

describe('splitByTime', () => {
  it.each([
    [10, 8, 2],
    [1000, 800, 200],
    [3, 2, 1],
  ])('%i examples: the older %i fit, the newest %i judge', (n, train, test) => {
    const items = Array.from({ length: n }, (_, i) => ({ reviews: [], at: i }));
    const split = splitByTime(items);
    expect([split.train.length, split.test.length]).toEqual([train, test]);
    expect(Math.max(...split.train.map((i) => i.at))).toBeLessThan(Math.min(...split.test.map((i) => i.at)));
  });
});
