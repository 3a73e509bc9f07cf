import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/srs/scheduler.ts';
import { rankWeakTopics } from '../../src/srs/weakness.ts';
import type { CardState } from '../../src/srs/card.ts';
import { historyOf } from '../helpers/history.ts';

const now = new Date('2026-05-01T12:00:00Z');
const scheduler = createScheduler();
const topicsOf = new Map<string, readonly string[]>([
  ['q1', ['vpc']],
  ['q2', ['vpc', 'nacl']],
  ['q3', ['s3']],
  ['q4', ['never-seen']],
]);

function cardAfter(ratings: Array<'again' | 'good'>): CardState {
  let card: CardState | undefined;
  let t = now.getTime() - 10 * 86_400_000;
  for (const r of ratings) {
    card = scheduler.next(card, r, new Date(t));
    t += 86_400_000;
  }
  return card!;
}

describe('weak topics', () => {
  const cards = { q1: cardAfter(['again', 'again']), q2: cardAfter(['again', 'good']), q3: cardAfter(['good', 'good']) };
  const answers = [
    { q: 'q1', at: 1, correct: false, rating: 'again' },
    { q: 'q2', at: 2, correct: false, rating: 'again' },
    { q: 'q3', at: 3, correct: true, rating: 'good' },
    { q: 'q1', at: 4, correct: false, rating: 'again' },
    { q: 'q2', at: 5, correct: true, rating: 'good' },
    { q: 'q3', at: 6, correct: true, rating: 'good' },
    { q: 'q3', at: 7, correct: false }, // cram: does not count
  ];
  const ranking = rankWeakTopics({ topicsOf, cards, history: historyOf(answers).questions, scheduler, now });

  it('ranks the topic with the most recent errors first', () => {
    expect(ranking.map((t) => t.topic)).toEqual(['vpc', 'nacl', 's3']);
    expect(ranking[0]?.errorRate).toBe(0.75);
  });

  it('leaves out topics never answered: unknown is not weak', () => {
    expect(ranking.find((t) => t.topic === 'never-seen')).toBeUndefined();
  });

  it('ignores answers that do not feed the scheduler (cram)', () => {
    expect(ranking.find((t) => t.topic === 's3')).toMatchObject({ errorRate: 0, answers: 2 });
  });
});

describe('weak topics over many answers', () => {
  it("take a topic's error rate over its ten newest answers across all its questions", () => {
    // Twelve questions on one topic, answered in turn; only the last ten answers (two wrong) count.
    const ids = Array.from({ length: 12 }, (_, i) => `m${i}`);
    const many = new Map<string, readonly string[]>(ids.map((id) => [id, ['ec2']]));
    const answers = ids
      .flatMap((q, i) => [
        { q, at: 100 + i, correct: i !== 3, rating: i !== 3 ? 'good' : 'again' },
        { q, at: 200 + i, correct: i !== 5 && i !== 9, rating: i !== 5 && i !== 9 ? 'good' : 'again' },
      ])
      .sort((a, b) => a.at - b.at);
    const cards = Object.fromEntries(ids.map((id) => [id, cardAfter(['good'])]));
    const [ec2] = rankWeakTopics({ topicsOf: many, cards, history: historyOf(answers).questions, scheduler, now });
    expect(ec2).toMatchObject({ topic: 'ec2', answers: 24, questions: 12 });
    expect(ec2?.errorRate).toBe(0.2);
  });
});
