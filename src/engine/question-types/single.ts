/** A single-answer question ("Which one…?"): one right choice among the others. */
import { choiceSet } from './choice-set.ts';
import type { QuestionTypeEngine } from './strategy.ts';

export const single: QuestionTypeEngine = choiceSet;
