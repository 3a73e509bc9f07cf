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

/**
 * A question's scheduled answers as the history summary keeps them (engine/history-summary.ts):
 * how many, and the last RECENT_ANSWERS, newest first, each with its ordinal among all answers.
 */
export interface RecentAnswers {
  readonly rated: number;
  readonly recent: readonly (readonly [ordinal: number, correct: boolean])[];
}

export interface WeaknessInput {
  /** Question id → its topics. */
  readonly topicsOf: ReadonlyMap<string, readonly string[]>;
  readonly cards: Readonly<Record<string, CardState>>;
  /** Per question answered; only answers that feed the scheduler count. */
  readonly history: ReadonlyMap<string, RecentAnswers>;
  readonly scheduler: Scheduler;
  readonly now: Date;
  /** Each studied question's predicted recall at `now`, when the caller has worked it out already (stats). */
  readonly recalls?: ReadonlyMap<string, number>;
}

/** How many of a topic's latest scheduled answers its error rate is taken over. */
export const RECENT_ANSWERS = 10;

export function rankWeakTopics(input: WeaknessInput): TopicWeakness[] {
  // Per question first (kept up to date by the store), then per topic over the few questions: a
  // heavy user has 100,000 answers but only hundreds of questions.
  const counts = new Map<string, number>();
  // Each topic's last RECENT_ANSWERS answers across its questions, newest first, kept as they come
  // (sorting every answer of a topic's questions to take ten cost more than the rest of stats).
  const recentByTopic = new Map<string, Array<readonly [ordinal: number, correct: boolean]>>();
  for (const [q, tally] of input.history) {
    if (tally.rated === 0) continue;
    for (const topic of input.topicsOf.get(q) ?? []) {
      counts.set(topic, (counts.get(topic) ?? 0) + tally.rated);
      let list = recentByTopic.get(topic);
      if (!list) {
        list = [];
        recentByTopic.set(topic, list);
      }
      // Newest first: once one is too old for the topic's list, so are the rest.
      for (const answer of tally.recent) if (!keepNewest(list, answer, RECENT_ANSWERS)) break;
    }
  }
  const recent = new Map<string, boolean[]>();
  for (const [topic, list] of recentByTopic)
    recent.set(
      topic,
      list.map(([, correct]) => correct),
    );

  // One pass over the studied questions gathers every topic's recall, lapses and reviews.
  const studied = new Map<string, { recallSum: number; count: number; lapses: number; reps: number }>();
  for (const [id, topics] of input.topicsOf) {
    const card = input.cards[id];
    if (!card) continue;
    const recall = input.recalls?.get(id) ?? input.scheduler.recall(card, input.now);
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

/**
 * Adds `answer` to `list` (newest first, at most `limit`) if it is among the `limit` newest: what
 * a stable sort by ordinal, newest first, then the first `limit`, would keep. False if it is not.
 */
function keepNewest(list: Array<readonly [ordinal: number, correct: boolean]>, answer: readonly [ordinal: number, correct: boolean], limit: number): boolean {
  const last = list[list.length - 1];
  if (list.length >= limit && last && answer[0] <= last[0]) return false;
  let at = list.length;
  while (at > 0 && (list[at - 1]?.[0] ?? 0) < answer[0]) at--;
  list.splice(at, 0, answer);
  if (list.length > limit) list.pop();
  return true;
}
