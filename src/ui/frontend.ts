/** What a study session needs from a front end; line mode and the interactive prompts both provide it. */
import type { Presented } from '../engine/grading.ts';
import type { Outcome } from '../engine/session.ts';
import type { FeedbackNotes } from './render.ts';

export type Reply =
  | { readonly kind: 'answer'; readonly positions: number[]; readonly mark?: 'easy' | 'unsure'; readonly elapsedMs?: number }
  | { readonly kind: 'quit' }
  /** Take back the previous answer (line mode `u`). */
  | { readonly kind: 'undo' }
  /** Suspend the question on screen (line mode `s`). */
  | { readonly kind: 'suspend' }
  /** End of input: the session ends normally. */
  | { readonly kind: 'end' };

export interface Progress {
  readonly index: number;
  readonly total: number;
  readonly correct: number;
  /** There is an answer in this session that undo can take back. */
  readonly canUndo?: boolean;
}

export interface AfterFeedback {
  readonly mark?: 'easy' | 'unsure';
  readonly undo?: boolean;
  readonly suspend?: boolean;
  readonly quit?: boolean;
}

export interface FrontEnd {
  ask(presented: Presented, progress: Progress): Promise<Reply>;
  /**
   * Shows the feedback; may return what the person chose afterwards: a mark, undo this answer,
   * suspend this question, or quit.
   */
  feedback(outcome: Outcome, progress: Progress, notes?: FeedbackNotes): Promise<AfterFeedback>;
  print(lines: readonly string[]): void;
  close(): void;
}
