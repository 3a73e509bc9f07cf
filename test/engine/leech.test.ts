import { describe, expect, it } from 'vitest';
import { findLeeches, lapsesByQuestion, LEECH_MISSES, pastWrongPicks } from '../../src/engine/leech.ts';
import { historyOf } from '../helpers/history.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const start = Date.parse('2026-04-01T12:00:00Z');
const utc = { utcOffsetMinutes: 0, dayStartHour: 4 };
const answer = (q: string, at: number, correct: boolean, rating: string | undefined = correct ? 'good' : 'again', given = [0]) => ({
  q,
  at,
  correct,
  rating,
  given,
});

describe('leeches', () => {
  it('counts misses only after the first right answer', () => {
    const history = [answer('a', start, false), answer('a', start + DAY, false), answer('a', start + 2 * DAY, true), answer('a', start + 3 * DAY, false)];
    expect(lapsesByQuestion(historyOf(history, utc)).get('a')).toBe(1);
  });

  it('counts a miss and its re-asks on the same study day once', () => {
    const history = [
      answer('a', start, true),
      answer('a', start + DAY, false),
      answer('a', start + DAY + 60_000, false),
      answer('a', start + DAY + 120_000, true),
    ];
    expect(lapsesByQuestion(historyOf(history, utc)).get('a')).toBe(1);
  });

  it('uses the day start: 23:00 and 02:00 are one study day at 4 am, two at midnight', () => {
    const evening = Date.parse('2026-04-05T23:00:00Z');
    const history = [answer('a', start, true), answer('a', evening, false), answer('a', evening + 3 * HOUR, false)];
    expect(lapsesByQuestion(historyOf(history, utc)).get('a')).toBe(1);
    expect(lapsesByQuestion(historyOf(history, { utcOffsetMinutes: 0, dayStartHour: 0 })).get('a')).toBe(2);
  });

  it('leaves out unrated answers (cram)', () => {
    const history = [answer('a', start, true), { ...answer('a', start + DAY, false), rating: undefined }];
    expect(lapsesByQuestion(historyOf(history, utc)).has('a')).toBe(false);
  });

  it(`marks a question missed on ${LEECH_MISSES} days after its first right answer, most missed first`, () => {
    const misses = (q: string, n: number) => [answer(q, start, true), ...Array.from({ length: n }, (_, i) => answer(q, start + (i + 1) * DAY, false))];
    const history = [...misses('a', LEECH_MISSES - 1), ...misses('b', LEECH_MISSES), ...misses('c', LEECH_MISSES + 1)].sort((x, y) => x.at - y.at);
    expect(findLeeches(historyOf(history, utc))).toEqual([
      { q: 'c', misses: LEECH_MISSES + 1 },
      { q: 'b', misses: LEECH_MISSES },
    ]);
    expect(findLeeches(historyOf(history, utc), new Set(['b']))).toEqual([{ q: 'b', misses: LEECH_MISSES }]);
  });

  it('lists the choices picked in wrong answers, most recent first, each once', () => {
    const history = [
      answer('a', start, false, 'again', [2]),
      answer('a', start + 1, true, 'good', [0]),
      answer('a', start + 2, false, 'again', [3]),
      answer('a', start + 3, false, 'again', [2]),
    ];
    expect(pastWrongPicks(historyOf(history).questions.get('a'))).toEqual([2, 3]);
  });
});
