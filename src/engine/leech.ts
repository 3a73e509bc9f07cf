/**
 * Leeches: questions the person keeps missing after having known them once. Drilling a leech the
 * usual way wastes time (Anki suspends them); here it is named, and the next time it is asked its
 * explanation and the whys of the person's own past wrong picks come first.
 *
 * A miss counts once per study day: a wrong answer and its re-asks in the same session are one
 * lapse, as in Anki, where failed relearning steps are not new lapses. Only answers that fed the
 * scheduler count (cram answers do not), and misses before the first right answer do not: that is
 * learning, not forgetting. The counting itself happens as answers are saved (history-summary.ts).
 */
import type { HistorySummary, QuestionHistory } from './history-summary.ts';

/** Misses after the first right answer (one per study day) from which a question is a leech. */
export const LEECH_MISSES = 4;

export interface Leech {
  readonly q: string;
  readonly misses: number;
}

/** Every question's misses since its first right answer, one per study day. */
export function lapsesByQuestion(history: HistorySummary): Map<string, number> {
  const result = new Map<string, number>();
  for (const [q, h] of history.questions) if (h.lapses > 0) result.set(q, h.lapses);
  return result;
}

/** The leeches among `questions` (ids), most misses first, then by id. */
export function findLeeches(history: HistorySummary, questions?: ReadonlySet<string>): Leech[] {
  const leeches: Leech[] = [];
  for (const [q, misses] of lapsesByQuestion(history)) {
    if (misses >= LEECH_MISSES && (!questions || questions.has(q))) leeches.push({ q, misses });
  }
  return leeches.sort((a, b) => b.misses - a.misses || (a.q < b.q ? -1 : a.q > b.q ? 1 : 0));
}

/** The choices (bank indices) the person picked in wrong answers to a question, most recent first, each once. */
export function pastWrongPicks(history: Pick<QuestionHistory, 'wrongPicks'> | undefined): number[] {
  if (!history) return [];
  return [...history.wrongPicks].sort((a, b) => b.lastOrdinal - a.lastOrdinal || a.position - b.position).map((p) => p.choice);
}
