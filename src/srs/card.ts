/**
 * The scheduling state of one question as the score file keeps it: ts-fsrs's Card with times as
 * epoch milliseconds (compact, and exact through JSON).
 */
export type CardStateName = 'new' | 'learning' | 'review' | 'relearning';

export interface CardState {
  /** When the question is due again (epoch ms). */
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: CardStateName;
  /** Epoch ms of the last review. */
  readonly lastReview: number;
}

export type Rating = 'again' | 'hard' | 'good' | 'easy';

/** The recall a review is scheduled for, unless the person sets another (`config retention`). */
export const DEFAULT_RETENTION = 0.9;
