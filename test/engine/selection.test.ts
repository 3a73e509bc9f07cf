import { describe, expect, it } from 'vitest';
import { activeQuestions, dueCounts, newAllowance, nextDueAt, planDrill, selectQuiz, selectReview } from '../../src/engine/selection.ts';
import { seededRandom } from '../../src/engine/random.ts';
import type { CardState } from '../../src/srs/card.ts';
import { recordsOf } from '../helpers/history.ts';
import { question } from '../helpers/questions.ts';

const HOUR = 3_600_000;
const now = Date.parse('2026-04-10T10:00:00Z');
const clock = { now, utcOffsetMinutes: 0, dayStartHour: 0 };
const card = (due: number): CardState => ({
  due,
  stability: 1,
  difficulty: 5,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 'review',
  lastReview: due - 86_400_000,
});

const questions = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => question(id, { module: i < 3 ? 1 : 2 }));
const cards = {
  a: card(now - 1 * HOUR), // due, 1 h overdue
  b: card(now - 5 * HOUR), // due, 5 h overdue
  c: card(now + 3 * HOUR), // due later today
  d: card(now + 30 * HOUR), // tomorrow
};

describe('when to come back', () => {
  it('is the earliest due time still ahead, over questions with a card', () => {
    expect(nextDueAt(questions, cards, now)).toBe(now + 3 * HOUR);
    expect(
      nextDueAt(
        questions.filter((q) => q.id !== 'c'),
        cards,
        now,
      ),
    ).toBe(now + 30 * HOUR);
    expect(
      nextDueAt(
        questions.filter((q) => q.id === 'e'),
        cards,
        now,
      ),
    ).toBeUndefined();
  });
});

describe('drill selection', () => {
  const drill = (limit: number, newLimit: number, at = clock) => planDrill(questions, recordsOf(cards, []), at, { limit, newLimit });

  it('puts what is due today first, most overdue first, then new ones in course order', () => {
    // c is due at 13:00: intervals are days, so it is today's whether it is 10:00 or 13:00.
    expect(drill(10, 10).questions.map((q) => q.id)).toEqual(['b', 'a', 'c', 'e', 'f']);
  });

  it('stops at the limit, due questions before new ones, and says what it held back', () => {
    expect(drill(1, 10)).toMatchObject({ due: 3, dueLeft: 2, newLeft: 2, unseen: 2 });
    expect(drill(1, 10).questions.map((q) => q.id)).toEqual(['b']);
    expect(drill(4, 10)).toMatchObject({ dueLeft: 0, newLeft: 1 });
    expect(drill(10, 10)).toMatchObject({ dueLeft: 0, newLeft: 0 });
  });

  it('adds no more new questions than allowed', () => {
    expect(drill(10, 1).questions.map((q) => q.id)).toEqual(['b', 'a', 'c', 'e']);
    expect(drill(10, 1).newLeft).toBe(0);
  });

  it('counts the study day from the day-start hour', () => {
    // d is due at 16:00 tomorrow. At 02:00 with the day starting at 4 am it is still "yesterday",
    // so d is not due yet; with the day starting at midnight the new day has begun, and neither is it.
    const early = { now: now + 16 * HOUR, utcOffsetMinutes: 0, dayStartHour: 4 };
    expect(planDrill(questions, recordsOf(cards, []), early, { limit: 10, newLimit: 0 }).questions.map((q) => q.id)).toEqual(['b', 'a', 'c']);
    const after = { now: now + 19 * HOUR, utcOffsetMinutes: 0, dayStartHour: 4 };
    expect(planDrill(questions, recordsOf(cards, []), after, { limit: 10, newLimit: 0 }).questions.map((q) => q.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('never offers a suspended question', () => {
    const active = activeQuestions(questions, ['b', 'e']);
    expect(active.map((q) => q.id)).toEqual(['a', 'c', 'd', 'f']);
    expect(planDrill(active, recordsOf(cards, []), clock, { limit: 10, newLimit: 10 }).questions.map((q) => q.id)).toEqual(['a', 'c', 'f']);
    expect(dueCounts(active, recordsOf(cards, []), clock, 20)).toEqual({ now: 1, today: 2, newToday: 1 });
  });

  it('counts new questions started today against the daily limit', () => {
    const answers = [
      { q: 'a', at: now - 48 * HOUR, rating: 'good' },
      { q: 'b', at: now - 2 * HOUR, rating: 'good' },
      { q: 'c', at: now - 1 * HOUR, rating: 'again' },
      { q: 'c', at: now - 1 * HOUR + 5, rating: 'good' },
      { q: 'd', at: now - 1 * HOUR },
    ];
    expect(newAllowance(recordsOf(cards, answers), clock, 20)).toBe(18);
    expect(newAllowance(recordsOf(cards, answers), clock, 1)).toBe(0);
  });

  it('a question started at 01:00 counts for the day before when the day starts at 4 am', () => {
    const lateNight = Date.parse('2026-04-10T01:00:00Z');
    const answers = [{ q: 'a', at: lateNight, rating: 'good' }];
    const morning = { now: Date.parse('2026-04-10T09:00:00Z'), utcOffsetMinutes: 0 };
    expect(newAllowance(recordsOf(cards, answers), { ...morning, dayStartHour: 4 }, 20)).toBe(20);
    expect(newAllowance(recordsOf(cards, answers), { ...morning, dayStartHour: 0 }, 20)).toBe(19);
  });

  it('counts due now, due today and new available', () => {
    expect(dueCounts(questions, recordsOf(cards, []), clock, 20)).toEqual({ now: 2, today: 3, newToday: 2 });
    expect(dueCounts(questions, recordsOf(cards, []), clock, 1)).toEqual({ now: 2, today: 3, newToday: 1 });
  });

  it('uses the local day: due at 16:00 UTC is today in London but tomorrow in Tokyo', () => {
    const local = { e: card(now + 6 * HOUR) }; // 16:00 UTC = 01:00 next day in Tokyo
    expect(dueCounts(questions, recordsOf(local, []), clock, 0).today).toBe(1);
    expect(dueCounts(questions, recordsOf(local, []), { now, utcOffsetMinutes: 540, dayStartHour: 0 }, 0).today).toBe(0);
  });
});

describe('quiz selection', () => {
  it('draws the requested count without repeats, due and unseen first, by seed', () => {
    const pool = questions.slice(0, 4);
    const quizCards = { a: card(now + 40 * HOUR), b: card(now + 40 * HOUR), c: card(now - HOUR) };
    const chosen = selectQuiz(pool, recordsOf(quizCards, []), clock, 2, seededRandom(3));
    expect(chosen.map((q) => q.id).sort()).toEqual(['c', 'd']);
    expect(selectQuiz(pool, recordsOf(quizCards, []), clock, 10, seededRandom(3))).toHaveLength(4);
  });
});

describe('review selection', () => {
  it('takes questions of the weakest topics, lowest recall first', () => {
    const pool = [question('x', { topics: ['weak'] }), question('y', { topics: ['weak', 'other'] }), question('z', { topics: ['strong'] })];
    const ranking = [
      { topic: 'weak', score: 0.9, errorRate: 1, recall: 0.2, answers: 3, questions: 2 },
      { topic: 'strong', score: 0.1, errorRate: 0, recall: 0.9, answers: 3, questions: 1 },
    ];
    const recall: Record<string, number> = { x: 0.8, y: 0.3, z: 0.1 };
    expect(selectReview(pool, ranking, 1, 10, (q) => recall[q.id] ?? 0).map((q) => q.id)).toEqual(['y', 'x']);
    expect(selectReview(pool, ranking, 2, 2, (q) => recall[q.id] ?? 0).map((q) => q.id)).toEqual(['z', 'y']);
  });

  it('favours leeches: they come first, from any topic, within the count', () => {
    const pool = [question('x', { topics: ['weak'] }), question('y', { topics: ['weak'] }), question('z', { topics: ['strong'] })];
    const ranking = [{ topic: 'weak', score: 0.9, errorRate: 1, recall: 0.2, answers: 3, questions: 2 }];
    expect(selectReview(pool, ranking, 1, 2, () => 0.5, ['z']).map((q) => q.id)).toEqual(['z', 'x']);
    expect(selectReview(pool, ranking, 1, 10, () => 0.5, ['y']).map((q) => q.id)).toEqual(['y', 'x']);
  });
});
