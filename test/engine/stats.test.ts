import { describe, expect, it } from 'vitest';
import { computeStats } from '../../src/engine/stats.ts';
import { createScheduler, type Scheduler } from '../../src/srs/scheduler.ts';
import { rankWeakTopics } from '../../src/srs/weakness.ts';
import type { CardState } from '../../src/srs/card.ts';
import { historyOf } from '../helpers/history.ts';
import { question } from '../helpers/questions.ts';

const DAY = 86_400_000;
const now = Date.parse('2026-04-10T10:00:00Z');
const clock = { now, utcOffsetMinutes: 0, dayStartHour: 4 };
const card = (due: number): CardState => ({
  due,
  stability: 5,
  difficulty: 5,
  scheduledDays: 5,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  state: 'review',
  lastReview: now - DAY,
});

describe('stats', () => {
  const questions = [
    question('a', { module: 1, domain: 1, skills: ['1.1.3'] }),
    question('b', { module: 1, domain: 2, skills: ['2.2.1', '1.1.3'] }),
    question('c', { module: 3, domain: 2, skills: ['2.2.1'] }),
  ];
  const cards = { a: card(now - 1000), b: card(now + 2 * DAY) };
  const answers = [
    { q: 'a', at: now - 3 * DAY, correct: false, rating: 'again' },
    { q: 'a', at: now - 2 * DAY, correct: true, rating: 'good' },
    { q: 'b', at: now - 1 * DAY, correct: true, rating: 'good' },
    { q: 'b', at: now - 1000, correct: true },
  ];
  const stats = computeStats({ questions, cards, history: historyOf(answers, clock), scheduler: createScheduler(), clock, days: 7 });

  it('counts seen, answers, accuracy and due per module and domain', () => {
    const m1 = stats.modules.find((m) => m.key === 1);
    expect(m1).toMatchObject({ total: 2, seen: 2, answers: 4, correct: 3, accuracy: 0.75, dueToday: 1 });
    expect(stats.modules.find((m) => m.key === 3)).toMatchObject({ total: 1, seen: 0, accuracy: null, recall: null });
    expect(stats.domains.find((d) => d.key === 2)).toMatchObject({ total: 2, seen: 1, answers: 2 });
    expect(stats.totals).toMatchObject({ questions: 3, seen: 2, answers: 4, correct: 3, dueToday: 1 });
  });

  it('counts per exam skill, a question for each skill it names, every skill of the guide listed', () => {
    expect(stats.skills).toHaveLength(53);
    expect(stats.skills.find((s) => s.key === '1.1.3')).toMatchObject({ total: 2, seen: 2, answers: 4, correct: 3, dueToday: 1 });
    expect(stats.skills.find((s) => s.key === '2.2.1')).toMatchObject({ total: 2, seen: 1, answers: 2, correct: 2 });
    expect(stats.skills.find((s) => s.key === '5.3.5')).toMatchObject({ total: 0, seen: 0, recall: null });
  });

  it('asks the scheduler once per card for its recall; the weakest topics are those worked out on their own', () => {
    const base = createScheduler();
    const asked: string[] = [];
    const counting: Scheduler = {
      ...base,
      recall: (c, at) => {
        asked.push(`${c?.due}@${at.getTime()}`);
        return base.recall(c, at);
      },
    };
    const history = historyOf(answers, clock);
    const counted = computeStats({ questions, cards, history, scheduler: counting, clock, days: 7 });
    expect(asked).toHaveLength(Object.keys(cards).length);
    const topicsOf = new Map(questions.map((q) => [q.id, q.topics] as const));
    const alone = rankWeakTopics({ topicsOf, cards, history: history.questions, scheduler: base, now: new Date(now) });
    expect(alone.length).toBeGreaterThan(0);
    expect(counted.weakest).toEqual(alone.slice(0, 5));
    expect(counted).toEqual(stats);
  });

  it('counts the streak of consecutive study days up to today', () => {
    expect(stats.streak).toBe(4);
  });

  it('lists answers per day, today last', () => {
    expect(stats.perDay.map((d) => d.count)).toEqual([0, 0, 0, 1, 1, 1, 1]);
    expect(stats.perDay.at(-1)?.day).toBe('2026-04-10');
  });

  it('forecasts due counts: overdue counts for today', () => {
    expect(stats.forecast.map((f) => f.count)).toEqual([1, 0, 1, 0, 0, 0, 0]);
  });

  it('gives a mean predicted recall between 0 and 1 for studied groups', () => {
    const recall = stats.modules.find((m) => m.key === 1)?.recall ?? -1;
    expect(recall).toBeGreaterThan(0);
    expect(recall).toBeLessThan(1);
  });
});
