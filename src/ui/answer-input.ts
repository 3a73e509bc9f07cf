/**
 * The typed answer of line mode: letters, case-insensitive, spaces and commas ignored (`b`, `A,C`,
 * `CADB` for an order). A trailing `!` marks it easy, `?` unsure. `q` quits.
 */
import { expectedAnswerLength, type Presented } from '../engine/grading.ts';
import { LETTERS } from './letters.ts';
import type { Messages } from './messages.ts';
import { questionTypeUi } from './question-types/registry.ts';

export type ParsedAnswer =
  | { readonly kind: 'answer'; readonly positions: number[]; readonly mark?: 'easy' | 'unsure' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'invalid'; readonly hint: string };

export function parseAnswer(line: string, presented: Presented, say: Messages): ParsedAnswer {
  let text = line.replace(/[\s,、，]/g, '').toUpperCase();
  if (text === 'Q') return { kind: 'quit' };
  let mark: 'easy' | 'unsure' | undefined;
  if (text.endsWith('!')) mark = 'easy';
  else if (text.endsWith('?')) mark = 'unsure';
  if (mark) text = text.slice(0, -1);
  const count = presented.order.length;
  const last = LETTERS[count - 1] ?? 'A';
  const need = expectedAnswerLength(presented.question);
  const positions: number[] = [];
  for (const char of text) {
    const position = LETTERS.indexOf(char);
    if (position < 0 || position >= count) return { kind: 'invalid', hint: say.hintLetters(last) };
    if (positions.includes(position)) return { kind: 'invalid', hint: say.hintRepeated(char) };
    positions.push(position);
  }
  if (positions.length !== need) {
    return { kind: 'invalid', hint: questionTypeUi(presented.question.type).countHint(need, last, say.lang) };
  }
  return mark ? { kind: 'answer', positions, mark } : { kind: 'answer', positions };
}
