/**
 * The state and the summary counted again from the whole history, one file at a time: when there
 * is no cache to start from (scores.json moved aside, the summary missing or counted with another
 * day start). Two passes, so that memory stays flat however long the history: the first finds the
 * questions that undos and re-rates name, the second folds every other question's answers as they
 * come and keeps only the named questions' entries, to resolve at the end.
 */
import { addAnswer, emptySummary, type HistorySummary } from '../engine/history-summary.ts';
import { applyToExams, applyToState, questionOf, resolveAnswers, seenAfter, summarized, type Positioned } from './fold.ts';
import { forEachHistoryEntry } from './history-files.ts';
import type { HistoryPosition } from './score-schema.ts';
import { DEFAULT_SETTINGS, effectiveSettings, emptyScoreData, type AnswerRecord, type ExamAttempt, type ScoreData } from './score-types.ts';
import { studyDayOf } from './study-days.ts';

export interface Rebuilt {
  readonly data: ScoreData;
  readonly summary: HistorySummary;
  readonly exams: ExamAttempt[];
  /** The day-start hour the summary's study days are counted with: the last one set. */
  readonly dayStart: number;
  readonly position: HistoryPosition;
}

/** Folds history files 1 to `upTo` from nothing; study days start at `dayStart`, or as last set in the history. */
export function rebuildFromHistory(dir: string, upTo: number, createdAt: Date, dayStartHour?: number): Rebuilt {
  const named = new Set<string>();
  let settings = DEFAULT_SETTINGS;
  forEachHistoryEntry(dir, upTo, (entry) => {
    if (entry.k === 'undo' || entry.k === 'rerate') named.add(entry.q);
    if (entry.k === 'settings') settings = entry.settings;
  });
  const dayStart = dayStartHour ?? effectiveSettings(settings).dayStart;
  const dayOf = studyDayOf(dayStart);
  const data = emptyScoreData(createdAt);
  const summary = emptySummary();
  const exams: ExamAttempt[] = [];
  const held = new Map<string, Positioned[]>();
  let ordinal = 0;
  const count = (answer: AnswerRecord, at: number) => {
    addAnswer(summary, summarized(answer), at, dayOf(answer.at));
    const seen = seenAfter(data.seen[answer.q], [answer]);
    if (seen) data.seen[answer.q] = seen;
  };
  forEachHistoryEntry(dir, upTo, (entry) => {
    applyToState(data, entry);
    applyToExams(exams, entry);
    const at = entry.k === 'answer' ? ordinal++ : -1;
    const q = questionOf(entry);
    if (q !== undefined && named.has(q)) {
      const list = held.get(q) ?? [];
      list.push({ entry, ordinal: at });
      held.set(q, list);
    } else if (entry.k === 'answer') count(entry.answer, at);
  });
  for (const list of held.values()) for (const { answer, ordinal: at } of resolveAnswers(list).live) count(answer, at);
  return { data, summary, exams, dayStart, position: { segments: upTo, answers: ordinal } };
}

/** Each of `questions`' answers, undos and re-rates in history files 1 to `upTo`, with their ordinals. */
export function scanQuestions(dir: string, upTo: number, questions: ReadonlySet<string>): Map<string, Positioned[]> {
  const found = new Map<string, Positioned[]>();
  if (questions.size === 0) return found;
  let ordinal = 0;
  forEachHistoryEntry(dir, upTo, (entry) => {
    const at = entry.k === 'answer' ? ordinal++ : -1;
    const q = questionOf(entry);
    if (q === undefined || !questions.has(q)) return;
    const list = found.get(q) ?? [];
    list.push({ entry, ordinal: at });
    found.set(q, list);
  });
  return found;
}
