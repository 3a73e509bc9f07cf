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
  readonly answers: readonly { readonly q: string; readonly correct: boolean; readonly rating?: string }[];
  readonly scheduler: Scheduler;
  readonly now: Date;
}

const RECENT = 10;

export function rankWeakTopics(input: WeaknessInput): TopicWeakness[] {
  const recent = new Map<string, boolean[]>();
  const counts = new Map<string, number>();
  for (let i = input.answers.length - 1; i >= 0; i--) {
    const answer = input.answers[i];
    if (!answer || answer.rating === undefined) continue;
    for (const topic of input.topicsOf.get(answer.q) ?? []) {
      counts.set(topic, (counts.get(topic) ?? 0) + 1);
      const list = recent.get(topic) ?? [];
      if (list.length < RECENT) list.push(answer.correct);
      recent.set(topic, list);
    }
  }
  const ranked: TopicWeakness[] = [];
  for (const [topic, outcomes] of recent) {
    let recallSum = 0;
    let studied = 0;
    let lapses = 0;
    let reps = 0;
    for (const [id, topics] of input.topicsOf) {
      if (!topics.includes(topic)) continue;
      const card = input.cards[id];
      if (!card) continue;
      studied++;
      recallSum += input.scheduler.recall(card, input.now);
      lapses += card.lapses;
      reps += card.reps;
    }
    const errorRate = outcomes.filter((ok) => !ok).length / outcomes.length;
    const recall = studied > 0 ? recallSum / studied : 0;
    const lapseRate = reps > 0 ? Math.min(1, lapses / reps) : 0;
    const score = 0.5 * errorRate + 0.3 * (1 - recall) + 0.2 * lapseRate;
    ranked.push({ topic, score, errorRate, recall, answers: counts.get(topic) ?? 0, questions: studied });
  }
  return ranked.sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
}
