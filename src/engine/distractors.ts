/**
 * Distractor memory: a wrong choice someone falls for twice is a misconception, not a slip, and
 * is worth pointing out. Pure: the question and the person's past answers go in.
 *
 * Answers record the choices given as indices into the bank's choices (not the shuffled letters),
 * so the same choice is recognised however it was shown. Order questions are left out: every item
 * is part of every answer, so there is no "wrong choice" to repeat.
 */
import type { Question } from '../bank/types.ts';
import { answerView, type AnswerView } from '../srs/answer-view.ts';
import { questionType } from './question-types/registry.ts';

/** A person's answers: records, or the score file's column view. */
export type PastAnswers =
  | AnswerView
  | readonly { readonly q: string; readonly at: number; readonly correct: boolean; readonly given: readonly number[]; readonly rating?: string | undefined }[];

/** What the check needs to know of a question: its type and which choices are right. */
export type ChoiceFacts = Pick<Question, 'type' | 'choices'>;

/**
 * The wrong choices (bank indices) in `given` that an earlier wrong answer to the same question
 * also picked. `earlier` must not contain the answer being checked.
 */
export function repeatedWrongChoices(id: string, question: ChoiceFacts, given: readonly number[], earlier: PastAnswers): number[] {
  const type = questionType(question.type);
  const wrong = given.filter((c) => type.isWrongPick(question, c));
  if (wrong.length === 0) return [];
  const answers = answerView(earlier);
  const pickedBefore = new Set<number>();
  for (let i = 0; i < answers.length; i++) if (!answers.correct(i) && answers.q(i) === id) for (const c of answers.given(i)) pickedBefore.add(c);
  return wrong.filter((c) => pickedBefore.has(c));
}

export interface RepeatedPick {
  readonly q: string;
  /** The bank index of the wrong choice. */
  readonly choice: number;
  /** How many wrong answers picked it (2 or more). */
  readonly times: number;
  readonly lastAt: number;
}

/**
 * Every (question, choice) picked in two or more wrong answers: most often first, then most
 * recent, then by id. With `questionOf`, only wrong choices of questions still in the bank count;
 * without it the list is an upper bound from the history alone (a multiple-response answer that
 * was wrong may also hold right choices).
 */
export function repeatedWrongPicks(history: PastAnswers, questionOf?: (id: string) => ChoiceFacts | undefined): RepeatedPick[] {
  return filterRepeatedPicks(tallyWrongPicks(history), questionOf);
}

/** Every (question, choice) of the wrong answers with how often and when it was last picked. */
function tallyWrongPicks(history: PastAnswers): readonly RepeatedPick[] {
  const answers = answerView(history);
  // By question key (see AnswerView), then choice: no string lookups per answer.
  const byQuestion: Array<Map<number, { q: string; choice: number; times: number; lastAt: number }> | undefined> = [];
  for (let i = 0; i < answers.length; i++) {
    if (answers.correct(i)) continue;
    const key = answers.key(i);
    const at = answers.at(i);
    let choices = byQuestion[key];
    if (!choices) byQuestion[key] = choices = new Map();
    const given = answers.given(i);
    for (let k = 0; k < given.length; k++) {
      const choice = given[k] as number;
      if (given.indexOf(choice) !== k) continue; // a choice counts once per answer
      const entry = choices.get(choice);
      if (entry) {
        entry.times++;
        entry.lastAt = Math.max(entry.lastAt, at);
      } else choices.set(choice, { q: answers.q(i), choice, times: 1, lastAt: at });
    }
  }
  return byQuestion.flatMap((choices) => (choices ? [...choices.values()] : []));
}

/** The tallied picks made two or more times, limited to wrong choices of known questions. */
function filterRepeatedPicks(tally: readonly RepeatedPick[], questionOf?: (id: string) => ChoiceFacts | undefined): RepeatedPick[] {
  const picks: RepeatedPick[] = [];
  for (const entry of tally) {
    if (entry.times < 2) continue;
    if (questionOf) {
      const question = questionOf(entry.q);
      if (!question || !questionType(question.type).isWrongPick(question, entry.choice)) continue;
    }
    picks.push(entry);
  }
  return picks.sort((a, b) => b.times - a.times || b.lastAt - a.lastAt || (a.q < b.q ? -1 : a.q > b.q ? 1 : a.choice - b.choice));
}
