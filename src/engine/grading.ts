/**
 * Showing a question (its choices in a shuffled order) and grading an answer to it. Answers are
 * given as display positions and recorded as indices into the bank's choices, so a record means
 * the same thing whatever order the choices were shown in.
 */
import type { Question } from '../bank/types.ts';
import { shuffled, type Random } from './random.ts';

export interface Presented {
  readonly question: Question;
  /** `order[displayPosition]` is the index of the choice shown there. */
  readonly order: readonly number[];
}

export function present(question: Question, random: Random): Presented {
  const indices = question.choices.map((_, i) => i);
  let order = shuffled(indices, random);
  // An order question shown already in order gives its answer away.
  for (let tries = 0; question.type === 'order' && tries < 10 && order.every((c, i) => c === i); tries++) order = shuffled(indices, random);
  return { question, order };
}

/** Display positions of the answer: the correct choices (sorted), or for `order` the right sequence. */
export function correctPositions(presented: Presented): number[] {
  const { question, order } = presented;
  if (question.type === 'order') return question.choices.map((_, choice) => order.indexOf(choice));
  return order.flatMap((choice, position) => (question.choices[choice]?.correct ? [position] : []));
}

/** How many positions an answer must have. */
export function expectedAnswerLength(question: Question): number {
  if (question.type === 'order') return question.choices.length;
  return question.choices.filter((c) => c.correct).length;
}

export interface Graded {
  readonly correct: boolean;
  /** The answer as bank choice indices. */
  readonly given: readonly number[];
}

/** All-or-nothing: a multiple-response answer is right only when it is exactly the right set. */
export function grade(presented: Presented, positions: readonly number[]): Graded {
  const given = positions.map((p) => presented.order[p] ?? -1);
  const { question } = presented;
  let correct: boolean;
  if (question.type === 'order') {
    correct = given.length === question.choices.length && given.every((choice, i) => choice === i);
  } else {
    const chosen = new Set(given);
    const right = question.choices.flatMap((c, i) => (c.correct ? [i] : []));
    correct = chosen.size === given.length && chosen.size === right.length && right.every((i) => chosen.has(i));
  }
  return { correct, given };
}
