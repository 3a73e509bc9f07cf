/**
 * Which topics a person is weak in, from their own history. A topic's weakness mixes three
 * signals, each 0–1:
 *   - recent error rate: wrong answers among the last 10 scheduled answers on the topic (50 %);
 *   - forgetting: 1 − mean predicted recall now of its studied questions (30 %);
 *   - lapses: lapses per review of its questions, capped at 1 (20 %).
 * Topics never answered are unknown, not weak, and are left out.
 */
import type { CardState } from './card.ts';
import type { Scheduler } from './scheduler.ts';
import type { AnswerView } from '../engine/answer-view.ts';

export interface TopicWeakness {
  readonly topic: string;
  readonly score: number;
  readonly errorRate: number;
  readonly recall: number;
  readonly answers: number;
  readonly questions: number;
}

export interface WeaknessInput {
  /** Question id → its topics. */
  readonly topicsOf: ReadonlyMap<string, readonly string[]>;
  readonly cards: Readonly<Record<string, CardState>>;
  /** Answers oldest first; only those that feed the scheduler count. */
  readonly answers: AnswerView;
  readonly scheduler: Scheduler;
  readonly now: Date;
}

const RECENT = 10;

export function rankWeakTopics(input: WeaknessInput): TopicWeakness[] {
  const recent = new Map<string, boolean[]>();
  const counts = new Map<string, number>();
  const { answers } = input;
  for (let i = answers.length - 1; i >= 0; i--) {
    if (!answers.rated(i)) continue;
    const topics = input.topicsOf.get(answers.q(i));
    if (!topics) continue;
    const correct = answers.correct(i);
    for (const topic of topics) {
      counts.set(topic, (counts.get(topic) ?? 0) + 1);
      let list = recent.get(topic);
      if (!list) recent.set(topic, (list = []));
      if (list.length < RECENT) list.push(correct);
    }
  }
  // One pass over the studied questions gathers every topic's recall, lapses and reviews.
  const studied = new Map<string, { recallSum: number; count: number; lapses: number; reps: number }>();
  for (const [id, topics] of input.topicsOf) {
    const card = input.cards[id];
    if (!card) continue;
    const recall = input.scheduler.recall(card, input.now);
    for (const topic of topics) {
      if (!recent.has(topic)) continue;
      const sums = studied.get(topic) ?? { recallSum: 0, count: 0, lapses: 0, reps: 0 };
      sums.recallSum += recall;
      sums.count++;
      sums.lapses += card.lapses;
      sums.reps += card.reps;
      studied.set(topic, sums);
    }
  }
  const ranked: TopicWeakness[] = [];
  for (const [topic, outcomes] of recent) {
    const sums = studied.get(topic) ?? { recallSum: 0, count: 0, lapses: 0, reps: 0 };
    const errorRate = outcomes.filter((ok) => !ok).length / outcomes.length;
    const recall = sums.count > 0 ? sums.recallSum / sums.count : 0;
    const lapseRate = sums.reps > 0 ? Math.min(1, sums.lapses / sums.reps) : 0;
    const score = 0.5 * errorRate + 0.3 * (1 - recall) + 0.2 * lapseRate;
    ranked.push({ topic, score, errorRate, recall, answers: counts.get(topic) ?? 0, questions: sums.count });
  }
  return ranked.sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
}
