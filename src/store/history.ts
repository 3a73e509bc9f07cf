/**
 * A person's history as it travels between machines: everything the score file keeps except the
 * unfinished exams (an exam paused on one machine is resumed there). Export, import and sync
 * work on this shape, never on the score file's own layout: store/history-store.ts is the one
 * place that maps between the two.
 */
import type { CardState } from '../srs/card.ts';
import type { AnswerRecord, ExamAttempt, Settings } from './score-types.ts';

export interface History {
  readonly createdAt: number;
  readonly settings: Settings;
  /** FSRS state per question id (a map without a prototype: ids come from files). */
  readonly cards: Readonly<Record<string, CardState>>;
  /** Every answer, oldest first. */
  readonly answers: readonly AnswerRecord[];
  readonly exams: readonly ExamAttempt[];
  /** Suspended question ids, sorted. */
  readonly suspended: readonly string[];
  /** When each question was last suspended or unsuspended (a map without a prototype). */
  readonly suspendedAt: Readonly<Record<string, number>>;
}
