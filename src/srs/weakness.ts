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
import type { AnswerView } from './answer-view.ts';

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
  // Per question first (one map lookup an answer), then per topic over the few questions: a
  // heavy user has 100,000 answers but only hundreds of questions.
  const { answers } = input;
  const keys = answers.questionIds.length;
  const ratedByKey = new Int32Array(keys);
  const recentByKey: Array<Array<[index: number, correct: boolean]>> = Array.from({ length: keys }, () => []);
  for (let i = answers.length - 1; i >= 0; i--) {
    if (!answers.rated(i)) continue;
    const key = answers.key(i);
    ratedByKey[key] = (ratedByKey[key] ?? 0) + 1;
    const recentList = recentByKey[key];
    if (recentList && recentList.length < RECENT) recentList.push([i, answers.correct(i)]);
  }
  const perQuestion = new Map<string, { rated: number; recent: Array<[index: number, correct: boolean]> }>();
  answers.questionIds.forEach((q, key) => {
    const rated = ratedByKey[key] ?? 0;
    if (rated > 0) perQuestion.set(q, { rated, recent: recentByKey[key] ?? [] });
  });
  const counts = new Map<string, number>();
  const recentByTopic = new Map<string, Array<[index: number, correct: boolean]>>();
  for (const [q, tally] of perQuestion) {
    for (const topic of input.topicsOf.get(q) ?? []) {
      counts.set(topic, (counts.get(topic) ?? 0) + tally.rated);
      let list = recentByTopic.get(topic);
      if (!list) {
        list = [];
        recentByTopic.set(topic, list);
      }
      list.push(...tally.recent);
    }
  }
  // The topic's last RECENT answers across its questions, newest first.
  const recent = new Map<string, boolean[]>();
  for (const [topic, list] of recentByTopic) {
    recent.set(
      topic,
      list
        .sort((a, b) => b[0] - a[0])
        .slice(0, RECENT)
        .map(([, correct]) => correct),
    );
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
