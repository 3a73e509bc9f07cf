/**
 * How an answer becomes an FSRS rating. The rule, as documented in the README:
 *
 * - wrong                                   → again
 * - right, and marked easy by the person,
 *   or (timed) answered in under half the expected time → easy
 * - right, and marked unsure by the person,
 *   or (timed) taking more than twice the expected time  → hard
 * - right otherwise                         → good
 *
 * A mark always wins over timing. Timing only counts when a person is answering at a terminal;
 * piped input is answered instantly and says nothing about recall. The expected time grows with
 * how much there is to read: 10 s plus 40 ms per column of prompt and choices (a Japanese
 * character is two columns, so the same content gets about the same time in either language).
 */
import type { Rating } from './card.ts';

export interface AnswerFacts {
  readonly correct: boolean;
  /** Time from showing the question to the answer, when it was measured at a terminal. */
  readonly elapsedMs?: number;
  /** Display columns of the prompt and choices. */
  readonly readingColumns: number;
  readonly mark?: 'easy' | 'unsure';
}

export const BASE_EXPECTED_MS = 10_000;
export const MS_PER_COLUMN = 40;

export function expectedMs(readingColumns: number): number {
  return BASE_EXPECTED_MS + MS_PER_COLUMN * readingColumns;
}

export function rateAnswer(facts: AnswerFacts): Rating {
  if (!facts.correct) return 'again';
  if (facts.mark === 'easy') return 'easy';
  if (facts.mark === 'unsure') return 'hard';
  if (facts.elapsedMs === undefined) return 'good';
  const expected = expectedMs(facts.readingColumns);
  if (facts.elapsedMs < expected / 2) return 'easy';
  if (facts.elapsedMs > expected * 2) return 'hard';
  return 'good';
}
