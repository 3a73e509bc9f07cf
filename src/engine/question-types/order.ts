/**
 * An ordering item: every item is part of the answer and the order in the bank file is the right
 * one. Course only: SOA-C03 has no ordering items, so none reaches a mock exam.
 */
import { shuffled } from '../random.ts';
import { indices } from './choice-set.ts';
import type { QuestionTypeEngine } from './strategy.ts';

export const order: QuestionTypeEngine = {
  arrange(question, random) {
    const all = indices(question.choices.length);
    let arranged = shuffled(all, random);
    // Shown already in order, it gives its answer away.
    for (let tries = 0; tries < 10 && arranged.every((c, i) => c === i); tries++) arranged = shuffled(all, random);
    return arranged;
  },
  correctPositions: (question, arranged) => question.choices.map((_, choice) => arranged.indexOf(choice)),
  answerLength: (question) => question.choices.length,
  isCorrect: (question, given) => given.length === question.choices.length && given.every((choice, i) => choice === i),
  isWrongPick: () => false,
  examEligible: false,
};
