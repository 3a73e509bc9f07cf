/**
 * What a person's history says about each question and each study day, kept up to date answer by
 * answer instead of recomputed from every answer ever given (issue 20: a year of study must feel
 * like day one). Every reader of the history needs one of these few facts:
 *
 *   - counts per question (answers, right, rated) and per study day  → stats, streak
 *   - the first rated and the last answer's times                     → today's new questions, exam rotation
 *   - misses after the first right answer, one per study day          → leeches
 *   - the last RECENT_ANSWERS rated answers, right or wrong            → weak topics
 *   - every wrong choice picked, how often, when last, in which order → "you picked this before"
 *
 * Pure: the caller passes each answer's ordinal (its place among all answers ever saved, so
 * questions can be merged newest first) and its study day (the shell knows the time zone).
 * Folding the same answers in the same order always gives the same summary, whether all at once
 * (`summarize`) or one save at a time (`addAnswer`): the store keeps it that way on disk.
 */
import { RECENT_ANSWERS } from '../srs/weakness.ts';

/** One wrong choice of a question, as picked in its wrong answers. */
export interface WrongPick {
  /** The choice's index in the bank (not the letter it was shown under). */
  readonly choice: number;
  /** Wrong answers that picked it (once per answer). */
  times: number;
  lastAt: number;
  /** Ordinal of the latest wrong answer that picked it, and the choice's place in that answer. */
  lastOrdinal: number;
  position: number;
}

export interface QuestionHistory {
  answers: number;
  correct: number;
  /** Answers that fed the scheduler (not cram). */
  rated: number;
  /** The earliest rated answer's time: the day the question was started. */
  firstRatedAt: number | null;
  /** The latest answer's time, in any mode. */
  lastAt: number;
  /** Whether a rated answer was right yet: misses before that are learning, not lapses. */
  knownOnce: boolean;
  /** Rated misses after the first right answer, at most one per study day. */
  lapses: number;
  lastLapseDay: number | null;
  /** The last RECENT_ANSWERS rated answers, newest first, as [ordinal, right]. */
  recent: Array<[ordinal: number, correct: boolean]>;
  wrongPicks: WrongPick[];
}

export interface HistorySummary {
  readonly questions: Map<string, QuestionHistory>;
  /** Answers per study day. */
  readonly days: Map<number, number>;
}

/** What the summary needs of an answer. */
export interface SummarizedAnswer {
  readonly q: string;
  readonly at: number;
  readonly correct: boolean;
  /** Whether it fed the scheduler (has a rating). */
  readonly rated: boolean;
  readonly given: readonly number[];
}

export function emptySummary(): HistorySummary {
  return { questions: new Map(), days: new Map() };
}

export function emptyQuestionHistory(): QuestionHistory {
  return {
    answers: 0,
    correct: 0,
    rated: 0,
    firstRatedAt: null,
    lastAt: 0,
    knownOnce: false,
    lapses: 0,
    lastLapseDay: null,
    recent: [],
    wrongPicks: [],
  };
}

/** Adds one answer, given after every answer already in `history`. */
export function addToQuestion(history: QuestionHistory, answer: SummarizedAnswer, ordinal: number, day: number): void {
  history.answers++;
  if (answer.correct) history.correct++;
  history.lastAt = history.answers === 1 ? answer.at : Math.max(history.lastAt, answer.at);
  if (answer.rated) {
    history.rated++;
    history.firstRatedAt = history.firstRatedAt === null ? answer.at : Math.min(history.firstRatedAt, answer.at);
    if (answer.correct) history.knownOnce = true;
    else if (history.knownOnce && day !== history.lastLapseDay) {
      history.lastLapseDay = day;
      history.lapses++;
    }
    history.recent.unshift([ordinal, answer.correct]);
    if (history.recent.length > RECENT_ANSWERS) history.recent.length = RECENT_ANSWERS;
  }
  if (answer.correct) return;
  const { given } = answer;
  for (let position = 0; position < given.length; position++) {
    const choice = given[position] as number;
    if (given.indexOf(choice) !== position) continue; // a choice counts once per answer
    const pick = history.wrongPicks.find((p) => p.choice === choice);
    if (!pick) {
      history.wrongPicks.push({ choice, times: 1, lastAt: answer.at, lastOrdinal: ordinal, position });
      continue;
    }
    pick.times++;
    pick.lastAt = Math.max(pick.lastAt, answer.at);
    if (ordinal >= pick.lastOrdinal) {
      pick.lastOrdinal = ordinal;
      pick.position = position;
    }
  }
}

export function addAnswer(summary: HistorySummary, answer: SummarizedAnswer, ordinal: number, day: number): void {
  let history = summary.questions.get(answer.q);
  if (!history) {
    history = emptyQuestionHistory();
    summary.questions.set(answer.q, history);
  }
  addToQuestion(history, answer, ordinal, day);
  summary.days.set(day, (summary.days.get(day) ?? 0) + 1);
}

/** The summary of `answers` in the order given (ordinal = position), each on the day `dayOf` says. */
export function summarize(
  answers: readonly (Omit<SummarizedAnswer, 'rated' | 'given'> & { readonly rating?: string | undefined; readonly given?: readonly number[] })[],
  dayOf: (at: number) => number,
): HistorySummary {
  const summary = emptySummary();
  answers.forEach((a, ordinal) => {
    addAnswer(summary, { q: a.q, at: a.at, correct: a.correct, rated: a.rating !== undefined, given: a.given ?? [] }, ordinal, dayOf(a.at));
  });
  return summary;
}
