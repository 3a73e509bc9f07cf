/**
 * How a question and its feedback look, for both front ends. Bank text is sanitized here, before
 * colour is added; nothing else in the program turns bank text into terminal text.
 */
import type { ChalkInstance } from 'chalk';
import { localize, type Lang, type LocalizedText } from '../bank/types.ts';
import type { Presented } from '../engine/grading.ts';
import type { Outcome } from '../engine/session.ts';
import { LETTERS } from './answer-input.ts';
import type { Messages } from './messages.ts';
import { sanitize } from './sanitize.ts';
import { stringWidth, wrap } from './width.ts';

export interface RenderEnv {
  readonly lang: Lang;
  readonly width: number;
  readonly style: ChalkInstance;
  readonly say: Messages;
}

/** Bank text, in the wanted language, made safe for the terminal. */
export function bankText(text: LocalizedText, lang: Lang): string {
  return sanitize(localize(text, lang)).trim();
}

export function choiceText(presented: Presented, position: number, lang: Lang): string {
  const choice = presented.question.choices[presented.order[position] ?? -1];
  return choice ? bankText(choice.text, lang) : '';
}

export function readingColumns(presented: Presented, lang: Lang): number {
  let columns = stringWidth(bankText(presented.question.prompt, lang));
  for (const choice of presented.question.choices) columns += stringWidth(bankText(choice.text, lang));
  return columns;
}

export function letters(positions: readonly number[]): string {
  return positions.map((p) => LETTERS[p] ?? '?').join(', ');
}

/**
 * The question's prompt; an order question adds how to answer it: `typed` letters (line mode),
 * steps picked from a `menu` (at a terminal), or `none` (a question shown after the fact).
 */
export function promptLines(presented: Presented, env: RenderEnv, answerBy: 'typed' | 'menu' | 'none' = 'typed'): string[] {
  const lines = [wrap(bankText(presented.question.prompt, env.lang), env.width)];
  if (presented.question.type === 'order' && answerBy !== 'none') lines.push(env.style.dim(answerBy === 'menu' ? env.say.orderHintMenu : env.say.orderHint));
  return lines;
}

/** `head` then the text, wrapped so that continuation lines line up under the text. */
export function hanging(head: string, text: string, width: number, indent = stringWidth(head)): string {
  const body = wrap(text, width, ' '.repeat(indent));
  return head + body.slice(indent);
}

export function choiceLines(presented: Presented, env: RenderEnv): string[] {
  return presented.order.map((_, position) => hanging(`${LETTERS[position]}) `, choiceText(presented, position, env.lang), env.width));
}

/** What the shell adds to the feedback from the person's history. */
export interface FeedbackNotes {
  /** Wrong choices (bank indices) just picked that an earlier wrong answer picked too (engine/distractors.ts). */
  readonly repeatedPicks?: readonly number[];
  /** The `Rating:` and `Next review:` lines that end the feedback (ui/schedule-view.ts). */
  readonly scheduleLines?: readonly string[];
}

/** After an answer: right or wrong, the answer, the why of what was picked and of the right one, the explanation. */
export function feedbackLines(outcome: Outcome, env: RenderEnv, notes: FeedbackNotes = {}): string[] {
  const { style, say, lang, width } = env;
  const { presented } = outcome;
  const lines: string[] = [];
  const right = letters(outcome.correctPositions);
  if (outcome.correct) lines.push(style.green.bold(`Correct — ${say.correctAnswer}: ${right}`));
  else lines.push(style.red.bold(`Incorrect — ${say.correctAnswer}: ${right}`) + style.dim(`  (${say.yourAnswer}: ${letters(outcome.positions)})`));
  // A wrong choice picked twice is a misconception worth saying out loud, before the details.
  for (const choice of notes.repeatedPicks ?? []) {
    const position = presented.order.indexOf(choice);
    const why = presented.question.choices[choice]?.why;
    if (position < 0 || why === undefined) continue;
    lines.push(style.yellow(wrap(`↻ ${say.pickedBefore} (${LETTERS[position]}): ${bankText(why, lang)}`, width)));
  }
  lines.push(...answerDetailLines(presented, outcome.positions, outcome.correctPositions, env));
  if (notes.scheduleLines) lines.push('', ...notes.scheduleLines);
  return lines;
}

/**
 * The walk-through of one answer: each picked and each right choice with its why, then the
 * explanation and the references. Shared by the feedback and the exam's list of missed questions.
 */
export function answerDetailLines(presented: Presented, positions: readonly number[], rightPositions: readonly number[], env: RenderEnv): string[] {
  const { style, say, lang, width } = env;
  const { question } = presented;
  const lines: string[] = [];
  const whyOf = (position: number) => {
    const choice = question.choices[presented.order[position] ?? -1];
    return choice ? bankText(choice.why, lang) : '';
  };
  const mentioned = new Set<number>();
  const addWhy = (position: number, picked: boolean) => {
    if (mentioned.has(position)) return;
    mentioned.add(position);
    const isRight = question.type === 'order' || (question.choices[presented.order[position] ?? -1]?.correct ?? false);
    const mark = question.type === 'order' ? '•' : isRight ? style.green('✔') : style.red('✘');
    const tag = picked && question.type !== 'order' ? style.dim(` (${say.picked})`) : '';
    lines.push(hanging(`${mark} ${LETTERS[position]}) `, choiceText(presented, position, lang), width, 5) + tag);
    lines.push(wrap(whyOf(position), width, '     '));
  };
  if (question.type === 'order') {
    rightPositions.forEach((p) => addWhy(p, false));
  } else {
    positions.forEach((p) => addWhy(p, true));
    rightPositions.forEach((p) => addWhy(p, false));
  }
  lines.push('');
  lines.push(wrap(bankText(question.explanation, lang), width));
  for (const reference of question.references) lines.push(style.cyan.underline(sanitize(reference)));
  return lines;
}
