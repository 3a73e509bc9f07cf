/** A single-answer question: one menu of the choices at a terminal, one letter in line mode. */
import type { Lang } from '../../bank/types.ts';
import { choiceLabel, choiceShort, promptTheme } from '../choice-prompts.ts';
import { choiceSetWalk } from './choice-set.ts';
import type { QuestionTypeUi } from './strategy.ts';

const TEXT = {
  en: { label: 'single', pick: 'Your answer', count: (last: string) => `Choose one letter, A to ${last}.` },
  ja: { label: '単一', pick: '解答', count: (last: string) => `A から ${last} のうち 1 文字を選んでください。` },
} satisfies Record<Lang, unknown>;

export const single: QuestionTypeUi = {
  label: (lang) => TEXT[lang].label,
  answerHint: () => undefined,
  countHint: (_need, last, lang) => TEXT[lang].count(last),
  async pick(presented, env, context, guard) {
    // Inquirer is loaded only at a terminal (line mode never needs it).
    const { select } = await import('@inquirer/prompts');
    const choices = presented.order.map((_, p) => ({ name: choiceLabel(presented, p, env), short: choiceShort(p), value: p }));
    const choice = await guard(() => select({ message: TEXT[env.lang].pick, choices, pageSize: 10, theme: promptTheme(env) }, context));
    return [choice];
  },
  // In an exam the choices are the menu: picking one answers and moves on.
  examEntry: () => null,
  walkThrough: choiceSetWalk,
};
