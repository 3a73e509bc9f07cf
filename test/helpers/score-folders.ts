/** Reading a score folder the way tests look at it. */
import { ScoreFile } from '../../src/store/score-file.ts';
import type { AnswerRecord } from '../../src/store/score-types.ts';

/**
 * The answers a `scores.json` (or a backup of it) accounts for: the first `history.answers`
 * answers saved, in the order saved.
 */
export function answersCoveredBy(dir: string, state: { history: { answers: number } }): AnswerRecord[] {
  const answers: AnswerRecord[] = [];
  ScoreFile.open(dir, new Date()).forEachEntry((entry) => {
    if (entry.k === 'answer' && answers.length < state.history.answers) answers.push(entry.answer);
  });
  return answers;
}

/** What the score folder holds, as one object: the state with every answer (for assertions). */
export function savedScores(dir: string, now = new Date()) {
  const store = ScoreFile.open(dir, now);
  return { ...store.data, answers: store.history(), exams: store.historyView().exams };
}
