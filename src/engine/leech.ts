/**
 * Leeches: questions the person keeps missing after having known them once. Drilling a leech the
 * usual way wastes time (Anki suspends them); here it is named, and the next time it is asked its
 * explanation and the whys of the person's own past wrong picks come first.
 *
 * A miss counts once per study day: a wrong answer and its re-asks in the same session are one
 * lapse, as in Anki, where failed relearning steps are not new lapses. Only answers that fed the
 * scheduler count (cram answers do not), and misses before the first right answer do not: that is
 * learning, not forgetting.
 */
import { answerView, type AnswerView } from '../srs/answer-view.ts';
import { dayNumber, type StudyClock } from './clock.ts';
import type { PastAnswers } from './distractors.ts';

/** Misses after the first right answer (one per study day) from which a question is a leech. */
export const LEECH_MISSES = 4;

export interface Leech {
  readonly q: string;
  readonly misses: number;
}

/** Every question's misses since its first right answer, one per study day; answers oldest first. */
export function lapsesByQuestion(history: PastAnswers, clock: Omit<StudyClock, 'now'>): Map<string, number> {
  const answers: AnswerView = answerView(history);
  const keys = answers.questionIds.length;
  const knownOnce = new Uint8Array(keys);
  const misses = new Int32Array(keys);
  const lastMissDay = new Float64Array(keys).fill(-Infinity);
  for (let i = 0; i < answers.length; i++) {
    if (!answers.rated(i)) continue;
    const key = answers.key(i);
    if (answers.correct(i)) {
      knownOnce[key] = 1;
      continue;
    }
    if (knownOnce[key] !== 1) continue;
    const day = dayNumber(answers.at(i), clock);
    if (day === lastMissDay[key]) continue;
    lastMissDay[key] = day;
    misses[key] = (misses[key] ?? 0) + 1;
  }
  const result = new Map<string, number>();
  answers.questionIds.forEach((q, key) => {
    const n = misses[key] ?? 0;
    if (n > 0) result.set(q, n);
  });
  return result;
}

/** The leeches among `questions` (ids), most misses first, then by id. */
export function findLeeches(history: PastAnswers, clock: Omit<StudyClock, 'now'>, questions?: ReadonlySet<string>): Leech[] {
  const leeches: Leech[] = [];
  for (const [q, misses] of lapsesByQuestion(history, clock)) {
    if (misses >= LEECH_MISSES && (!questions || questions.has(q))) leeches.push({ q, misses });
  }
  return leeches.sort((a, b) => b.misses - a.misses || (a.q < b.q ? -1 : a.q > b.q ? 1 : 0));
}

/** The choices (bank indices) the person picked in wrong answers to `q`, most recent first, each once. */
export function pastWrongPicks(history: PastAnswers, q: string): number[] {
  const answers = answerView(history);
  const picks: number[] = [];
  for (let i = answers.length - 1; i >= 0; i--) {
    if (answers.correct(i) || answers.q(i) !== q) continue;
    for (const choice of answers.given(i)) if (!picks.includes(choice)) picks.push(choice);
  }
  return picks;
}
