/**
 * What the front ends need to know of a question type: how to ask for an answer at a terminal,
 * what to say when a typed answer has the wrong number of letters, how to explain an answer, and
 * the type's own words in both languages. One module per type implements it (single.ts,
 * multiple.ts, order.ts) and registry.ts picks it by `question.type`.
 */
import type { Lang, Question } from '../../bank/types.ts';
import type { Presented } from '../../engine/grading.ts';
import type { Guard, PromptContext } from '../choice-prompts.ts';
import type { RenderEnv } from '../render-env.ts';

/** One choice in the walk-through after an answer. */
export interface WalkStep {
  readonly position: number;
  /** ✔ a right choice, ✘ a wrong one, • an item of an order (each is part of the answer). */
  readonly mark: 'right' | 'wrong' | 'item';
  /** The person picked it (said next to the choice). */
  readonly picked: boolean;
}

export interface QuestionTypeUi {
  /** The type's name in the `modules` table. */
  label(lang: Lang): string;
  /**
   * A line under the prompt saying how to answer, by typed letters (line mode) or in menus (at a
   * terminal); undefined when the choices say it all.
   */
  answerHint(answerBy: 'typed' | 'menu', lang: Lang): string | undefined;
  /** Line mode: the hint when the letters typed are not as many as the answer needs. */
  countHint(need: number, lastLetter: string, lang: Lang): string;
  /**
   * At a terminal: the answer as display positions, asked with inquirer prompts run through
   * `guard`; `saved` is an earlier answer to start from (an exam question revisited).
   */
  pick(presented: Presented, env: RenderEnv, context: PromptContext, guard: Guard, saved?: readonly number[]): Promise<number[]>;
  /** The exam menu's entry that opens `pick`; null when the choices are entries of the menu itself. */
  examEntry(question: Question, lang: Lang): string | null;
  /** The choices the walk-through after an answer explains, in order (a choice may repeat; it is shown once). */
  walkThrough(presented: Presented, positions: readonly number[], rightPositions: readonly number[]): WalkStep[];
}
