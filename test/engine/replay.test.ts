import { describe, expect, it } from 'vitest';
import { CardReplay } from '../../src/engine/replay.ts';
import { seededRandom } from '../../src/engine/random.ts';
import { correctPositions } from '../../src/engine/grading.ts';
import { StudySession } from '../../src/engine/session.ts';
import type { CardState } from '../../src/srs/card.ts';
import { createScheduler, DAY_MS } from '../../src/srs/scheduler.ts';
import { question } from '../helpers/questions.ts';

const day = { utcOffsetMinutes: 0, dayStartHour: 4 };
const T0 = Date.UTC(2026, 5, 1, 9);

describe('CardReplay', () => {
  it('rebuilds the cards the sessions left, the miss rule included', () => {
    const scheduler = createScheduler();
    const questions = [question('a'), question('b'), question('c')];
    const answers: { q: string; at: number; correct: boolean; rating?: 'again' | 'hard' | 'good' | 'easy' }[] = [];
    let cards: Record<string, CardState> = {};
    const random = seededRandom(5);
    // Three sessions on three days; b is missed on day 1 and right on its re-ask; c is missed on day
    // 4 with both its re-asks.
    const plans: Record<number, (id: string, attempt: number) => boolean> = {
      0: () => true,
      1: (id, attempt) => id !== 'b' || attempt > 0,
      4: (id) => id !== 'c',
    };
    for (const [offset, rightOf] of Object.entries(plans)) {
      const session = new StudySession({ mode: 'drill', questions, random, scheduler, cards });
      let now = T0 + Number(offset) * DAY_MS;
      for (let turn = session.current(); turn; turn = session.current()) {
        now += 60_000;
        const id = turn.presented.question.id;
        const right = rightOf(id, turn.attempt);
        const outcome = session.answer(right ? correctPositions(turn.presented) : [3], { readingColumns: 10 }, new Date(now));
        answers.push({ q: id, at: now, correct: outcome.correct, ...(outcome.rating ? { rating: outcome.rating } : {}) });
        if (outcome.card) cards = { ...cards, [id]: outcome.card };
      }
    }
    expect(answers.filter((a) => !a.correct).length).toBe(4);
    expect({ ...new CardReplay(answers, scheduler, day).until() }).toEqual(cards);
  });

  it('shows the cards as they were at a moment, then goes on from there; unrated answers never count', () => {
    const scheduler = createScheduler();
    const answers = [
      { q: 'a', at: T0, correct: true, rating: 'good' as const },
      { q: 'a', at: T0 + DAY_MS, correct: true },
      { q: 'a', at: T0 + 3 * DAY_MS, correct: false, rating: 'again' as const },
    ];
    const replay = new CardReplay(answers, scheduler, day);
    const first = { ...replay.until(T0 + DAY_MS)['a'] } as CardState;
    expect(first).toEqual(scheduler.next(undefined, 'good', new Date(T0)));
    const after = replay.until()['a'] as CardState;
    expect(after.lapses).toBe(1);
    expect(after.due).toBeLessThanOrEqual(T0 + 4 * DAY_MS);
  });
});
