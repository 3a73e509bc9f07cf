/**
 * Every enumeration the score file writes, in one place. APPEND ONLY: a new value goes at the end;
 * an entry is never reordered, renamed or removed (test/store/enumerations.test.ts pins them).
 *
 * - RATING_CODES and MODE_CODES are stored BY POSITION in the answer columns of version-2 and
 *   version-3 snapshots (store/legacy/answer-columns.ts), which are still read to move them to
 *   version 4: reordering them would silently turn every "again" of such a file into a "hard".
 *   Version 4 stores them by name, and the reader refuses a name not listed here.
 * - CARD_STATES are stored by name, in every card; the reader refuses a name not listed here.
 */
import type { CardStateName, Rating } from '../srs/card.ts';

export const RATING_CODES = ['again', 'hard', 'good', 'easy'] as const satisfies readonly Rating[];

export const MODE_CODES = ['drill', 'quiz', 'review', 'exam', 'cram'] as const;

/** What an answer was given in: a study session (the engine's StudyMode) or a mock exam. */
export type Mode = (typeof MODE_CODES)[number];

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const satisfies readonly CardStateName[];
