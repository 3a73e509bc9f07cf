/**
 * What the engine needs to know of a question type: how its choices are shown, what a right
 * answer is, and where it may be asked. One module per type implements it (single.ts,
 * multiple.ts, order.ts) and registry.ts picks it by `question.type`; nothing else in the engine
 * asks which type a question is.
 *
 * Answers are display positions; `order[position]` is the bank index of the choice shown there.
 */
import type { Question } from '../../bank/types.ts';
import type { Random } from '../random.ts';

export type TypedQuestion = Pick<Question, 'type' | 'choices'>;

export interface QuestionTypeEngine {
  /** The order to show the choices in: a shuffle of their bank indices. */
  arrange(question: TypedQuestion, random: Random): number[];
  /** Display positions of the answer: the right choices (sorted), or for an order the right sequence. */
  correctPositions(question: TypedQuestion, order: readonly number[]): number[];
  /** How many positions an answer has. */
  answerLength(question: TypedQuestion): number;
  /** Whether the answer, as bank indices in the order given, is right (all or nothing). */
  isCorrect(question: TypedQuestion, given: readonly number[]): boolean;
  /**
   * Whether picking choice `index` was a mistake, one that distractor memory remembers. Never for
   * an ordering item: every item is part of every answer.
   */
  isWrongPick(question: TypedQuestion, index: number): boolean;
  /** May stand in a mock exam (the real exam has only single- and multiple-answer items). */
  readonly examEligible: boolean;
}
