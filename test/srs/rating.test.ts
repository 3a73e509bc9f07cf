import { describe, expect, it } from 'vitest';
import { expectedMs, rateAnswer } from '../../src/srs/rating.ts';

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
  ])('%s', (_name, facts, expected) => {
    expect(rateAnswer({ readingColumns: COLUMNS, ...facts })).toBe(expected);
  });
});
