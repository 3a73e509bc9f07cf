/** What a study session needs from a front end; line mode and the interactive prompts both provide it. */
import type { Presented } from '../engine/grading.ts';
import type { Outcome } from '../engine/session.ts';
import type { FeedbackNotes } from './render.ts';

export type Reply =
  | { readonly kind: 'answer'; readonly positions: number[]; readonly mark?: 'easy' | 'unsure'; readonly elapsedMs?: number }
  | { readonly kind: 'quit' }
  /** End of input: the session ends normally. */
  | { readonly kind: 'end' };

export interface Progress {
  readonly index: number;
  readonly total: number;
  readonly correct: number;
}

export interface FrontEnd {
  ask(presented: Presented, progress: Progress): Promise<Reply>;
  /** Shows the feedback; may return a mark the person gives afterwards, or ask to quit. */
  feedback(outcome: Outcome, progress: Progress, notes?: FeedbackNotes): Promise<{ readonly mark?: 'easy' | 'unsure'; readonly quit?: boolean }>;
  print(lines: readonly string[]): void;
  close(): void;
}
