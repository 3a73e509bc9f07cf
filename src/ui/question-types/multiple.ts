/** A multiple-response question ("Choose two."): a checkbox that insists on exactly N at a terminal. */
import type { Lang } from '../../bank/types.ts';
import { expectedAnswerLength } from '../../engine/grading.ts';
import { checkboxMarkWidth, choiceLabel, choiceShort, promptTheme } from '../choice-prompts.ts';
import { choiceSetWalk } from './choice-set.ts';
import type { QuestionTypeUi } from './strategy.ts';

const TEXT = {
  en: {
    label: 'multiple',
    pick: (n: number) => `Choose ${n} (space to select, enter to submit)`,
    count: (n: number) => `Choose exactly ${n}.`,
    examEntry: (n: number) => `Answer… (choose ${n})`,
  },
  ja: {
    label: '複数',
    pick: (n: number) => `${n} つ選択（スペースで選択、Enter で確定）`,
    count: (n: number) => `ちょうど ${n} つ選んでください。`,
    examEntry: (n: number) => `解答する…（${n} つ選択）`,
  },
} satisfies Record<Lang, unknown>;

export const multiple: QuestionTypeUi = {
  label: (lang) => TEXT[lang].label,
  answerHint: () => undefined,
  countHint: (need, _last, lang) => TEXT[lang].count(need),
  /** Exactly as many positions as the question has right choices; `saved` starts ticked. */
  async pick(presented, env, context, guard, saved = []) {
    const { checkbox } = await import('@inquirer/prompts');
    const need = expectedAnswerLength(presented.question);
    const text = TEXT[env.lang];
    return guard(() =>
      checkbox(
        {
          message: text.pick(need),
          choices: presented.order.map((_, p) => ({
            name: choiceLabel(presented, p, env, checkboxMarkWidth()),
            short: choiceShort(p),
            value: p,
            checked: saved.includes(p),
          })),
          theme: promptTheme(env),
          validate: (picked: readonly unknown[]) => (picked.length === need ? true : text.count(need)),
          pageSize: 10,
        },
        context,
      ),
    );
  },
  examEntry: (question, lang) => TEXT[lang].examEntry(expectedAnswerLength(question)),
  walkThrough: choiceSetWalk,
};
