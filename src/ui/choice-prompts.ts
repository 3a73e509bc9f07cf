/**
 * The inquirer prompts that take an answer of several letters, shared by the study and the exam
 * front ends: a checkbox that insists on exactly N for "choose N", and picking the items of an
 * order question one by one. `guard` is the caller's way of turning a prompt's cancel into its
 * own outcome (Ctrl+C, a timer).
 */
import figures from '@inquirer/figures';
import { checkbox, select } from '@inquirer/prompts';
import { expectedAnswerLength, type Presented } from '../engine/grading.ts';
import type { InputStream, OutputStream } from './streams.ts';
import { LETTERS } from './answer-input.ts';
import { choiceText, hanging, type RenderEnv } from './render.ts';
import { stringWidth } from './width.ts';

export interface PromptContext {
  readonly input: InputStream;
  readonly output: OutputStream;
  readonly clearPromptOnDone: boolean;
  readonly signal?: AbortSignal;
}

export type Guard = <T>(run: () => Promise<T>) => Promise<T>;

/**
 * What inquirer draws before each item: the pointer and a space in a select (`❯ `), the pointer,
 * the box and a space in a checkbox (`❯◯ `). Terminals without Unicode symbols get ASCII ones
 * (`> `, `>( ) `), so the widths are measured, not assumed.
 */
export const SELECT_MARK_WIDTH = stringWidth(`${figures.pointer} `);
export const CHECKBOX_MARK_WIDTH = stringWidth(`${figures.pointer}${figures.circle} `);

/**
 * A choice as a menu shows it: `A) text`, wrapped to the terminal with its continuation lines
 * under the text. The menu does not indent the lines after the first, so they carry the mark's
 * width themselves.
 */
export function choiceLabel(presented: Presented, position: number, env: RenderEnv, markWidth = SELECT_MARK_WIDTH): string {
  const label = hanging(`${LETTERS[position]}) `, choiceText(presented, position, env.lang), env.width - markWidth);
  return label.split('\n').join(`\n${' '.repeat(markWidth)}`);
}

/** What a finished menu line shows of a picked choice: its letter (the feedback has the text). */
export function choiceShort(position: number): string {
  return LETTERS[position] ?? '?';
}

/** Inquirer's theme with the key hints in the person's language. */
export function promptTheme(env: RenderEnv): { style: { keysHelpTip: (keys: [string, string][]) => string } } {
  const { style, say } = env;
  return {
    style: {
      keysHelpTip: (keys) => keys.map(([key, action]) => `${style.bold(say.keyNames[key] ?? key)} ${style.dim(say.keyActions[action] ?? action)}`).join(style.dim(' • ')),
    },
  };
}

/** Exactly as many positions as the question has right choices; `checked` starts ticked (a saved exam answer). */
export function pickMultiple(presented: Presented, env: RenderEnv, context: PromptContext, guard: Guard, checked: readonly number[] = []): Promise<number[]> {
  const need = expectedAnswerLength(presented.question);
  return guard(() =>
    checkbox(
      {
        message: env.say.pickMany(need),
        choices: presented.order.map((_, p) => ({ name: choiceLabel(presented, p, env, CHECKBOX_MARK_WIDTH), short: choiceShort(p), value: p, checked: checked.includes(p) })),
        theme: promptTheme(env),
        validate: (picked: readonly unknown[]) => (picked.length === need ? true : env.say.hintMultiple(need)),
        pageSize: 10,
      },
      context,
    ),
  );
}

/** Every position, first step first: one select per step, the last item placed by itself. */
export async function pickOrder(presented: Presented, env: RenderEnv, context: PromptContext, guard: Guard): Promise<number[]> {
  const positions: number[] = [];
  const remaining = presented.order.map((_, p) => p);
  while (remaining.length > 1) {
    const step = positions.length + 1;
    const pick = await guard(() =>
      select(
        { message: env.say.pickStep(step, presented.order.length), choices: remaining.map((p) => ({ name: choiceLabel(presented, p, env), short: choiceShort(p), value: p })), pageSize: 10, theme: promptTheme(env) },
        context,
      ),
    );
    positions.push(pick);
    remaining.splice(remaining.indexOf(pick), 1);
  }
  positions.push(...remaining);
  return positions;
}
