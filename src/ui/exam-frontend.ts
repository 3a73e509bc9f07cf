/**
 * What a mock exam needs from a front end; line mode and the interactive prompts both provide it.
 * The front end only shows and asks: the shell (cli/exam-run.ts) owns the exam, the clock and
 * saving, so both front ends behave alike.
 */
import type { ExamItem } from '../engine/exam.ts';

export interface ExamScreen {
  /** 0-based position of the question shown. */
  readonly index: number;
  readonly total: number;
  readonly item: ExamItem;
  readonly remainingMs: number;
  /** Questions not answered yet, this one included. */
  readonly toAnswer: number;
  readonly flagged: number;
}

export interface ReviewScreen {
  readonly total: number;
  /** 0-based indices, in exam order. */
  readonly unanswered: readonly number[];
  readonly flagged: readonly number[];
  readonly remainingMs: number;
  readonly current: number;
}

export type ExamAction =
  | { readonly kind: 'answer'; readonly positions: readonly number[] }
  | { readonly kind: 'next' }
  | { readonly kind: 'prev' }
  | { readonly kind: 'flag' }
  | { readonly kind: 'goto'; readonly index: number }
  | { readonly kind: 'review' }
  /** Submit now (confirmed at a terminal). */
  | { readonly kind: 'submit' }
  /** Stop and keep the exam for `exam --resume` (`q`, end of input, the menu's pause). */
  | { readonly kind: 'pause' }
  /** Nothing happened (an invalid line after its hint, or the wait ran out): ask again. */
  | { readonly kind: 'none' };

export type ReviewAction =
  | { readonly kind: 'submit' }
  | { readonly kind: 'back' }
  | { readonly kind: 'goto'; readonly index: number }
  | { readonly kind: 'pause' }
  | { readonly kind: 'none' };

export interface ExamFrontEnd {
  /**
   * Show a question (unless `repeat`: it is on screen already and only a new reply is wanted) and
   * wait for one action, at most `waitMs`, after which 'none' comes back so the shell can look at
   * the clock. Ctrl+C rejects with an INTERRUPTED QuizError.
   */
  question(screen: ExamScreen, repeat: boolean, waitMs: number): Promise<ExamAction>;
  /** The review before submitting: unanswered and flagged questions, then "submit?". */
  review(screen: ReviewScreen, repeat: boolean, waitMs: number): Promise<ReviewAction>;
  /** A short message about the last action (flagged, first question…). */
  notice(text: string): void;
  print(lines: readonly string[]): void;
  close(): void;
}
