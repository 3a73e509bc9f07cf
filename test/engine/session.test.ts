import { describe, expect, it } from 'vitest';
import { StudySession } from '../../src/engine/session.ts';
import { seededRandom } from '../../src/engine/random.ts';
import { correctPositions } from '../../src/engine/grading.ts';
import { createScheduler } from '../../src/srs/scheduler.ts';
import { question } from '../helpers/questions.ts';

const now = new Date('2026-04-10T10:00:00Z');

describe('study session', () => {
  const make = (scheduler = createScheduler() as ReturnType<typeof createScheduler> | null) =>
    new StudySession({ mode: 'drill', questions: [question('a'), question('b')], random: seededRandom(1), scheduler, cards: {} });

  it('grades, rates and schedules each answer in turn', () => {
    const session = make();
    const first = session.current()!;
    const right = session.answer(correctPositions(first), { readingColumns: 100 }, now);
    expect(right).toMatchObject({ correct: true, rating: 'good' });
    expect(right.card?.reps).toBe(1);
    const second = session.current()!;
    const wrongPosition = second.order.findIndex((choice) => !second.question.choices[choice]?.correct);
    const wrong = session.answer([wrongPosition], { readingColumns: 100 }, now);
    expect(wrong).toMatchObject({ correct: false, rating: 'again' });
    expect(session.done).toBe(true);
    expect(session.summary()).toEqual({ answered: 2, correct: 1, total: 2 });
  });

  it('re-rates a right answer the person marks afterwards, scheduling it once', () => {
    const session = make();
    const first = session.current()!;
    const good = session.answer(correctPositions(first), { readingColumns: 100 }, now);
    const easy = session.revise('easy', { readingColumns: 100 }, now);
    expect(easy.rating).toBe('easy');
    expect(easy.card!.due).toBeGreaterThan(good.card!.due);
    expect(easy.card!.reps).toBe(1);
    expect(session.outcomes).toHaveLength(1);
  });

  it('leaves the schedule alone without a scheduler (cram)', () => {
    const session = make(null);
    const outcome = session.answer(correctPositions(session.current()!), { readingColumns: 100 }, now);
    expect(outcome.card).toBeNull();
    expect(outcome.rating).toBeUndefined();
  });
});
