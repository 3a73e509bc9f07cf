/** The right and a wrong answer of each fixture question (test/fixtures/banks), by choice text. */
import { lettersOf, type ShownQuestion } from './conversation.ts';

const RIGHT: Record<string, string[]> = {
  't01-single': ['Right one'],
  't01-multiple': ['First right', 'Second right'],
  't01-order': ['Step one', 'Step two', 'Step three'],
  't02-single': ['Secure'],
  't02-single-b': ['Network'],
  't03-single': ['Stack'],
};
const WRONG: Record<string, string[]> = {
  't01-single': ['Wrong one'],
  't01-multiple': ['First right', 'Wrong'],
  't01-order': ['Step two', 'Step one', 'Step three'],
  't02-single': ['Insecure'],
  't02-single-b': ['Storage'],
  't03-single': ['Console clicks'],
};
/** The exam domain of each fixture question. */
export const DOMAIN: Record<string, number> = { 't01-single': 1, 't01-multiple': 2, 't01-order': 3, 't02-single': 4, 't02-single-b': 5, 't03-single': 3 };

export const right = (q: ShownQuestion) => lettersOf(q, RIGHT[q.id] ?? []);
export const wrong = (q: ShownQuestion) => lettersOf(q, WRONG[q.id] ?? []);
