/**
 * How a question and its feedback look, for both front ends. Bank text reaches them through
 * bank-text.ts, sanitized before colour is added; what differs by question type comes from the
 * type's module (question-types/).
 */
import type { Lang } from '../bank/types.ts';
import type { Presented } from '../engine/grading.ts';
import type { Outcome } from '../engine/session.ts';
import { bankText, choiceText } from './bank-text.ts';
import { LETTERS, letters } from './letters.ts';
import { questionTypeUi } from './question-types/registry.ts';
import type { RenderEnv } from './render-env.ts';
import { sanitize } from './sanitize.ts';
import { flow } from './table.ts';
import { hanging, stringWidth, wrap } from './width.ts';

export function readingColumns(presented: Presented, lang: Lang): number {
  let columns = stringWidth(bankText(presented.question.prompt, lang));
  for (const choice of presented.question.choices) columns += stringWidth(bankText(choice.text, lang));
  return columns;
}

/**
 * The question's prompt, then how to answer it when its type says (an order: all the letters):
 * by `typed` letters (line mode), in a `menu` (at a terminal), or `none` (shown after the fact).
 */
export function promptLines(presented: Presented, env: RenderEnv, answerBy: 'typed' | 'menu' | 'none' = 'typed'): string[] {
  const lines = [wrap(bankText(presented.question.prompt, env.lang), env.width)];
  const hint = answerBy === 'none' ? undefined : questionTypeUi(presented.question.type).answerHint(answerBy, env.lang);
  if (hint !== undefined) lines.push(env.style.dim(hint));
  return lines;
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
  else
    lines.push(
      ...flow([style.red.bold(`Incorrect — ${say.correctAnswer}: ${right}`), style.dim(`(${say.yourAnswer}: ${letters(outcome.positions)})`)], width, '  '),
    );
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
export function answerDetailLines(
  presented: Presented,
  positions: readonly number[],
  rightPositions: readonly number[],
  env: RenderEnv,
  { allChoices = false } = {},
): string[] {
  const { style, say, lang, width } = env;
  const { question } = presented;
  const lines: string[] = [];
  const whyOf = (position: number) => {
    const choice = question.choices[presented.order[position] ?? -1];
    return choice ? bankText(choice.why, lang) : '';
  };
  const marks = { right: style.green('✔'), wrong: style.red('✘'), item: '•' };
  const mentioned = new Set<number>();
  const steps = questionTypeUi(question.type).walkThrough(presented, positions, rightPositions);
  // Every choice with its why (`show`): those the walk-through leaves out are wrong ones not picked.
  if (allChoices) for (let position = 0; position < presented.order.length; position++) steps.push({ position, mark: 'wrong', picked: false });
  for (const step of steps) {
    if (mentioned.has(step.position)) continue;
    mentioned.add(step.position);
    // The tag is wrapped with the text it follows: added afterwards, it ran past the width.
    const tag = ` (${say.picked})`;
    const text = choiceText(presented, step.position, lang) + (step.picked ? tag : '');
    const wrapped = hanging(`${marks[step.mark]} ${LETTERS[step.position]}) `, text, width, 5);
    lines.push(step.picked && wrapped.endsWith(tag) ? wrapped.slice(0, -tag.length) + style.dim(tag) : wrapped);
    lines.push(wrap(whyOf(step.position), width, '     '));
  }
  lines.push('');
  lines.push(wrap(bankText(question.explanation, lang), width));
  for (const reference of question.references) lines.push(style.cyan.underline(sanitize(reference)));
  return lines;
}
