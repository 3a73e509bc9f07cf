/**
 * What the inquirer prompts of every question type share, in the study and the exam front ends:
 * how a choice looks in a menu, the key hints in the person's language, and the context prompts
 * run in. `guard` is the caller's way of turning a prompt's cancel into its own outcome (Ctrl+C,
 * a timer).
 */
import figures from '@inquirer/figures';
import type { Presented } from '../engine/grading.ts';
import { choiceText } from './bank-text.ts';
import { LETTERS } from './letters.ts';
import type { RenderEnv } from './render-env.ts';
import type { InputStream, OutputStream } from './streams.ts';
import { hanging, stringWidth } from './width.ts';

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
 * (`> `, `>( ) `), so the widths are measured, not assumed; when a menu is drawn, not when this
 * module loads (measuring a symbol loads Unicode tables, which line mode never needs).
 */
const selectMarkWidth = () => stringWidth(`${figures.pointer} `);
export const checkboxMarkWidth = () => stringWidth(`${figures.pointer}${figures.circle} `);

/**
 * A choice as a menu shows it: `A) text`, wrapped to the terminal with its continuation lines
 * under the text. The menu does not indent the lines after the first, so they carry the mark's
 * width themselves.
 */
export function choiceLabel(presented: Presented, position: number, env: RenderEnv, markWidth = selectMarkWidth()): string {
  const label = hanging(`${LETTERS[position]}) `, choiceText(presented, position, env.lang), env.width - markWidth);
  return label.split('\n').join(`\n${' '.repeat(markWidth)}`);
}

/** What a finished menu line shows of a picked choice: its letter (the feedback has the text). */
export function choiceShort(position: number): string {
  return LETTERS[position] ?? '?';
}

/**
 * After a prompt is answered inquirer marks its line with a green ✔, which read as "right" on
 * the line just before "Incorrect": a neutral mark instead.
 */
export const ANSWERED_PREFIX = { idle: '?', done: '›' };

/** Inquirer's theme with the key hints in the person's language. */
export function promptTheme(env: RenderEnv): { prefix: typeof ANSWERED_PREFIX; style: { keysHelpTip: (keys: [string, string][]) => string } } {
  const { style, say } = env;
  return {
    prefix: ANSWERED_PREFIX,
    style: {
      keysHelpTip: (keys) =>
        keys.map(([key, action]) => `${style.bold(say.keyNames[key] ?? key)} ${style.dim(say.keyActions[action] ?? action)}`).join(style.dim(' • ')),
    },
  };
}
