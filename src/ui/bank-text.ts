/** Bank text on its way to the terminal: in the wanted language, sanitized, before any colour. */
import { type Lang, type LocalizedText, localize, type Question } from '../bank/types.ts';
import type { RepeatedPick } from '../engine/distractors.ts';
import type { Presented } from '../engine/grading.ts';
import { sanitize } from './sanitize.ts';

/** Bank text, in the wanted language, made safe for the terminal. */
export function bankText(text: LocalizedText, lang: Lang): string {
  return sanitize(localize(text, lang)).trim();
}

export function choiceText(presented: Presented, position: number, lang: Lang): string {
  const choice = presented.question.choices[presented.order[position] ?? -1];
  return choice ? bankText(choice.text, lang) : '';
}

/** A repeated wrong pick's choice text in the person's language, made safe for the terminal, on one line. */
export function choiceTextOf(pick: RepeatedPick, questionOf: (id: string) => Question | undefined, env: { readonly lang: Lang }): string {
  const choice = questionOf(pick.q)?.choices[pick.choice];
  return choice ? bankText(choice.text, env.lang).replace(/\s+/g, ' ') : '';
}
