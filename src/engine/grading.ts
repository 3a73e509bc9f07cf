/**
 * Showing a question (its choices in a shuffled order) and grading an answer to it. Answers are
 * given as display positions and recorded as indices into the bank's choices, so a record means
 * the same thing whatever order the choices were shown in. What differs by question type is in
 * the type's module (question-types/).
 */
import type { Question } from '../bank/types.ts';
import type { Random } from './random.ts';
import { questionType } from './question-types/registry.ts';

export interface Presented {
  readonly question: Question;
  /** `order[displayPosition]` is the index of the choice shown there. */
  readonly order: readonly number[];
}

export function present(question: Question, random: Random): Presented {
  return { question, order: questionType(question.type).arrange(question, random) };
}

/** Display positions of the answer: the correct choices (sorted), or for `order` the right sequence. */
export function correctPositions(presented: Presented): number[] {
  return questionType(presented.question.type).correctPositions(presented.question, presented.order);
}

/** How many positions an answer must have. */
export function expectedAnswerLength(question: Question): number {
  return questionType(question.type).answerLength(question);
}

export interface Graded {
  readonly correct: boolean;
  /** The answer as bank choice indices. */
  readonly given: readonly number[];
}

/** All-or-nothing: a multiple-response answer is right only when it is exactly the right set. */
export function grade(presented: Presented, positions: readonly number[]): Graded {
  const given = positions.map((p) => presented.order[p] ?? -1);
  return { correct: questionType(presented.question.type).isCorrect(presented.question, given), given };
}
