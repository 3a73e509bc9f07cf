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
 * piped input is answered instantly and says nothing about recall. The person can switch timing
 * off (`config timing off`), and a re-ask in the same session is never timed: the answer was on
 * screen a minute ago, so speed says nothing about memory. The expected time grows with how much
 * there is to read: 10 s plus 40 ms per column of prompt and choices (a Japanese character is two
 * columns, so the same content gets about the same time in either language).
 *
 * The rating comes with its reason, which the feedback shows ("Easy — answered fast"): a rating
 * the person cannot see is a schedule they cannot trust.
 */
import type { Rating } from './card.ts';

export interface AnswerFacts {
  readonly correct: boolean;
  /** Time from showing the question to the answer, when it was measured at a terminal. */
  readonly elapsedMs?: number;
  /** Display columns of the prompt and choices. */
  readonly readingColumns: number;
  readonly mark?: 'easy' | 'unsure';
  /** false: the person switched timing off; speed never changes the rating. */
  readonly timing?: boolean;
  /** A re-ask of a question missed earlier in the same session: speed is not counted. */
  readonly reask?: boolean;
}

export type RatingReason =
  | 'wrong'
  | 'marked-easy'
  | 'marked-unsure'
  | 'fast'
  | 'slow'
  | 'in-time'
  /** Right, and timing did not apply: piped input (untimed), timing switched off, or a re-ask. */
  | 'untimed'
  | 'timing-off'
  | 'reask';

export interface RatingDecision {
  readonly rating: Rating;
  readonly reason: RatingReason;
  /** The expected time, when timing decided or could have decided. */
  readonly expectedMs?: number;
}

const BASE_EXPECTED_MS = 10_000;
const MS_PER_COLUMN = 40;

export function expectedMs(readingColumns: number): number {
  return BASE_EXPECTED_MS + MS_PER_COLUMN * readingColumns;
}

export function decideRating(facts: AnswerFacts): RatingDecision {
  if (!facts.correct) return { rating: 'again', reason: 'wrong' };
  if (facts.mark === 'easy') return { rating: 'easy', reason: 'marked-easy' };
  if (facts.mark === 'unsure') return { rating: 'hard', reason: 'marked-unsure' };
  if (facts.reask === true) return { rating: 'good', reason: 'reask' };
  if (facts.elapsedMs === undefined) return { rating: 'good', reason: 'untimed' };
  if (facts.timing === false) return { rating: 'good', reason: 'timing-off' };
  const expected = expectedMs(facts.readingColumns);
  if (facts.elapsedMs < expected / 2) return { rating: 'easy', reason: 'fast', expectedMs: expected };
  if (facts.elapsedMs > expected * 2) return { rating: 'hard', reason: 'slow', expectedMs: expected };
  return { rating: 'good', reason: 'in-time', expectedMs: expected };
}

export function rateAnswer(facts: AnswerFacts): Rating {
  return decideRating(facts).rating;
}
