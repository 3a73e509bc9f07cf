/** A multiple-response question ("Choose two."): right only when exactly the right set is picked. */
import { choiceSet } from './choice-set.ts';
import type { QuestionTypeEngine } from './strategy.ts';

export const multiple: QuestionTypeEngine = choiceSet;
