/**
 * A line typed during a line-mode exam (README, "Exam day"). At the `Answer:` line:
 *   letters          the answer, as in every session (`b`, `A,C`, `CADB`); it moves to the next question
 *   n / p            next / previous question, without answering
 *   f                flag or unflag this question
 *   a number         go to that question
 *   s                review the unanswered and flagged questions, then `Submit? (y/n)`
 *   q                stop; the exam is kept for `exam --resume`
 * Commands are case-insensitive and the whole line. A lone `f` is always the flag: on a question
 * with a sixth choice, the answer F is typed `F,` (commas are ignored in answers).
 * At `Submit? (y/n)`: y submits, n goes back, a number goes to that question.
 */
import type { Presented } from '../engine/grading.ts';
import { parseAnswer } from './answer-input.ts';
import type { Messages } from './messages.ts';

export type ExamLine =
  | { readonly kind: 'answer'; readonly positions: number[] }
  | { readonly kind: 'next' }
  | { readonly kind: 'prev' }
  | { readonly kind: 'flag' }
  | { readonly kind: 'review' }
  | { readonly kind: 'pause' }
  | { readonly kind: 'goto'; readonly index: number }
  | { readonly kind: 'invalid'; readonly hint: string };

const COMMANDS = { n: 'next', p: 'prev', f: 'flag', s: 'review', q: 'pause' } as const;

export function parseExamLine(line: string, presented: Presented, total: number, say: Messages): ExamLine {
  const word = line.trim().toLowerCase();
  if (Object.hasOwn(COMMANDS, word)) return { kind: COMMANDS[word as keyof typeof COMMANDS] };
  const goTo = parseQuestionNumber(word, total, say);
  if (goTo) return goTo;
  const parsed = parseAnswer(line, presented, say);
  if (parsed.kind === 'answer') return { kind: 'answer', positions: parsed.positions };
  if (parsed.kind === 'quit') return { kind: 'pause' };
  return { kind: 'invalid', hint: `${parsed.hint} ${say.examKeys}` };
}

export type SubmitLine =
  | { readonly kind: 'submit' }
  | { readonly kind: 'back' }
  | { readonly kind: 'goto'; readonly index: number }
  | { readonly kind: 'invalid'; readonly hint: string };

export function parseSubmitLine(line: string, total: number, say: Messages): SubmitLine {
  const word = line.trim().toLowerCase();
  if (word === 'y' || word === 'yes') return { kind: 'submit' };
  if (word === 'n' || word === 'no') return { kind: 'back' };
  return parseQuestionNumber(word, total, say) ?? { kind: 'invalid', hint: say.examSubmitHint };
}

function parseQuestionNumber(word: string, total: number, say: Messages): { kind: 'goto'; index: number } | { kind: 'invalid'; hint: string } | undefined {
  if (!/^\d{1,4}$/.test(word)) return undefined;
  const number = Number(word);
  if (number < 1 || number > total) return { kind: 'invalid', hint: say.examNoSuchQuestion(total) };
  return { kind: 'goto', index: number - 1 };
}
