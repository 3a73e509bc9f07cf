/**
 * Distractor memory: a wrong choice someone falls for twice is a misconception, not a slip, and
 * is worth pointing out. Pure: the question and the person's past answers go in.
 *
 * Answers record the choices given as indices into the bank's choices (not the shuffled letters),
 * so the same choice is recognised however it was shown. Order questions are left out: every item
 * is part of every answer, so there is no "wrong choice" to repeat.
 */
import type { Question } from '../bank/types.ts';
import type { HistorySummary, QuestionHistory } from './history-summary.ts';
import { questionType } from './question-types/registry.ts';

/** What the check needs to know of a question: its type and which choices are right. */
export type ChoiceFacts = Pick<Question, 'type' | 'choices'>;

/**
 * The wrong choices (bank indices) in `given` that an earlier wrong answer to the same question
 * also picked. `earlier` (the question's history) must not count the answer being checked.
 */
export function repeatedWrongChoices(question: ChoiceFacts, given: readonly number[], earlier: Pick<QuestionHistory, 'wrongPicks'> | undefined): number[] {
  const type = questionType(question.type);
  const wrong = given.filter((c) => type.isWrongPick(question, c));
  if (wrong.length === 0 || !earlier) return [];
  return wrong.filter((c) => earlier.wrongPicks.some((p) => p.choice === c));
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
export function repeatedWrongPicks(history: HistorySummary, questionOf?: (id: string) => ChoiceFacts | undefined): RepeatedPick[] {
  const tally: RepeatedPick[] = [];
  for (const [q, h] of history.questions) for (const p of h.wrongPicks) tally.push({ q, choice: p.choice, times: p.times, lastAt: p.lastAt });
  return filterRepeatedPicks(tally, questionOf);
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
