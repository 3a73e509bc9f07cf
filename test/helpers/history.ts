/** A person's answers as the engine reads them: the history's summary and the `seen` times. */
import { dayNumber, type StudyClock } from '../../src/engine/clock.ts';
import { summarize, type HistorySummary } from '../../src/engine/history-summary.ts';
import type { QuestionSeen, StudyRecords } from '../../src/engine/selection.ts';
import type { CardState } from '../../src/srs/card.ts';

interface Answer {
  readonly q: string;
  readonly at: number;
  readonly correct?: boolean;
  readonly rating?: string | undefined;
  readonly given?: readonly number[];
}

const UTC_4AM = { utcOffsetMinutes: 0, dayStartHour: 4 };

/** The summary of `answers` (in the order given), study days counted on `clock`. */
export function historyOf(answers: readonly Answer[], clock: Omit<StudyClock, 'now'> = UTC_4AM): HistorySummary {
  return summarize(
    answers.map((a) => ({ ...a, correct: a.correct ?? true })),
    (at) => dayNumber(at, clock),
  );
}

/** Cards and the first rated and last answer times per question, as the state keeps them. */
export function recordsOf(cards: Readonly<Record<string, CardState>>, answers: readonly Answer[]): StudyRecords {
  const seen: Record<string, QuestionSeen> = {};
  for (const [q, h] of historyOf(answers).questions) seen[q] = { firstRatedAt: h.firstRatedAt, lastAt: h.lastAt };
  return { cards, seen };
}
