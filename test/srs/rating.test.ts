import { describe, expect, it } from 'vitest';
import { decideRating, expectedMs, rateAnswer } from '../../src/srs/rating.ts';

const COLUMNS = 250; // expected time: 10 s + 250 × 40 ms = 20 s
describe('rating rule', () => {
  it('expects 10 s plus 40 ms per column', () => {
    expect(expectedMs(COLUMNS)).toBe(20_000);
  });

  it.each([
    ['wrong is again, however quick', { correct: false, elapsedMs: 1_000 }, 'again'],
    ['wrong is again, even marked easy', { correct: false, mark: 'easy' as const }, 'again'],
    ['right and untimed is good', { correct: true }, 'good'],
    ['right in under half the expected time is easy', { correct: true, elapsedMs: 9_999 }, 'easy'],
    ['right at exactly half is good', { correct: true, elapsedMs: 10_000 }, 'good'],
    ['right at exactly twice is good', { correct: true, elapsedMs: 40_000 }, 'good'],
    ['right after more than twice is hard', { correct: true, elapsedMs: 40_001 }, 'hard'],
    ['marked easy wins over slow', { correct: true, elapsedMs: 90_000, mark: 'easy' as const }, 'easy'],
    ['marked unsure wins over quick', { correct: true, elapsedMs: 1_000, mark: 'unsure' as const }, 'hard'],
    ['timing off: quick is good', { correct: true, elapsedMs: 1_000, timing: false }, 'good'],
    ['timing off: slow is good', { correct: true, elapsedMs: 90_000, timing: false }, 'good'],
    ['timing off: a mark still counts', { correct: true, elapsedMs: 90_000, timing: false, mark: 'easy' as const }, 'easy'],
    ['a re-ask is never rated on speed', { correct: true, elapsedMs: 1_000, reask: true }, 'good'],
  ])('%s', (_name, facts, expected) => {
    expect(rateAnswer({ readingColumns: COLUMNS, ...facts })).toBe(expected);
  });

  it.each([
    [{ correct: false }, { rating: 'again', reason: 'wrong' }],
    [
      { correct: true, mark: 'easy' as const },
      { rating: 'easy', reason: 'marked-easy' },
    ],
    [
      { correct: true, mark: 'unsure' as const },
      { rating: 'hard', reason: 'marked-unsure' },
    ],
    [
      { correct: true, elapsedMs: 5_000 },
      { rating: 'easy', reason: 'fast', expectedMs: 20_000 },
    ],
    [
      { correct: true, elapsedMs: 50_000 },
      { rating: 'hard', reason: 'slow', expectedMs: 20_000 },
    ],
    [
      { correct: true, elapsedMs: 15_000 },
      { rating: 'good', reason: 'in-time', expectedMs: 20_000 },
    ],
    [{ correct: true }, { rating: 'good', reason: 'untimed' }],
    [
      { correct: true, elapsedMs: 5_000, timing: false },
      { rating: 'good', reason: 'timing-off' },
    ],
    [
      { correct: true, elapsedMs: 5_000, reask: true },
      { rating: 'good', reason: 'reask' },
    ],
    [
      { correct: true, elapsedMs: 5_000, reask: true, mark: 'unsure' as const },
      { rating: 'hard', reason: 'marked-unsure' },
    ],
  ])('gives the reason with the rating: %j', (facts, decision) => {
    expect(decideRating({ readingColumns: COLUMNS, ...facts })).toEqual(decision);
  });
});
