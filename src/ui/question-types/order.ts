/**
 * An ordering item: every letter once, first step first, typed in line mode; at a terminal the
 * steps are picked one at a time. The walk-through lists the items in the right order.
 */
import type { Lang } from '../../bank/types.ts';
import { choiceLabel, choiceShort, promptTheme } from '../choice-prompts.ts';
import type { QuestionTypeUi } from './strategy.ts';

const TEXT = {
  en: {
    label: 'order',
    typed: 'Put these in the right order: type all the letters, first step first.',
    menu: 'Put these in the right order: pick the steps one at a time, first step first.',
    // No example sequence: any example of n letters could be this question's answer.
    count: (n: number) => `Give all ${n} letters, each once, first step first.`,
    step: (step: number, of: number) => `Step ${step} of ${of}`,
    examEntry: 'Answer… (put in order)',
  },
  ja: {
    label: '並べ替え',
    typed: '正しい順序に並べてください。最初の手順から順にすべての文字を入力します。',
    menu: '正しい順序に並べてください。最初の手順から 1 つずつ選びます。',
    count: (n: number) => `${n} 個の文字を 1 回ずつ、最初の手順から順に入力してください。`,
    step: (step: number, of: number) => `手順 ${step} / ${of}`,
    examEntry: '解答する…（並べ替え）',
  },
} satisfies Record<Lang, unknown>;

export const order: QuestionTypeUi = {
  label: (lang) => TEXT[lang].label,
  answerHint: (answerBy, lang) => TEXT[lang][answerBy],
  countHint: (need, _last, lang) => TEXT[lang].count(need),
  /** Every position, first step first: one select per step, the last item placed by itself. */
  async pick(presented, env, context, guard) {
    const { select } = await import('@inquirer/prompts');
    const positions: number[] = [];
    const remaining = presented.order.map((_, p) => p);
    while (remaining.length > 1) {
      const step = positions.length + 1;
      const choices = remaining.map((p) => ({ name: choiceLabel(presented, p, env), short: choiceShort(p), value: p }));
      const pick = await guard(() =>
        select({ message: TEXT[env.lang].step(step, presented.order.length), choices, pageSize: 10, theme: promptTheme(env) }, context),
      );
      positions.push(pick);
      remaining.splice(remaining.indexOf(pick), 1);
    }
    positions.push(...remaining);
    return positions;
  },
  examEntry: (_question, lang) => TEXT[lang].examEntry,
  walkThrough: (_presented, _positions, rightPositions) => rightPositions.map((position) => ({ position, mark: 'item', picked: false })),
};
