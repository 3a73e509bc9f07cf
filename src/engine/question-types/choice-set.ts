/**
 * A question answered by picking a set of choices (single and multiple answer): shown in a plain
 * shuffle, right only when exactly the right set is picked, each wrong choice a possible
 * misconception. The two types differ in their bank rules and prompts, not here.
 */
import { shuffled } from '../random.ts';
import type { QuestionTypeEngine } from './strategy.ts';

export const choiceSet: QuestionTypeEngine = {
  arrange: (question, random) => shuffled(indices(question.choices.length), random),
  correctPositions: (question, order) => order.flatMap((choice, position) => (question.choices[choice]?.correct ? [position] : [])),
  answerLength: (question) => question.choices.filter((c) => c.correct).length,
  isCorrect(question, given) {
    const chosen = new Set(given);
    const right = question.choices.flatMap((c, i) => (c.correct ? [i] : []));
    return chosen.size === given.length && chosen.size === right.length && right.every((i) => chosen.has(i));
  },
  isWrongPick: (question, index) => question.choices[index]?.correct === false,
  examEligible: true,
};

export function indices(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}
