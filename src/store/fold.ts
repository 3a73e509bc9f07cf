/**
 * Folding history entries, in the order they were saved, into what the commands read: the state
 * (`scores.json`) and the history's summary. A cache is the fold of the history up to some point;
 * what came after (newer history files, the journal) is a stretch folded on top.
 *
 * Most entries fold in one step. Undos and re-rates name an earlier answer: within the stretch it
 * is found and changed before anything is counted; when it lies before the stretch (another
 * session's checkpoint moved it into the history first, which is rare), that question alone is
 * counted again from its entries in the history (`ReachBack`).
 */
import { addToQuestion, emptyQuestionHistory, type HistorySummary, type QuestionHistory, type SummarizedAnswer } from '../engine/history-summary.ts';
import type { QuestionSeen } from '../engine/selection.ts';
import type { CardState } from '../srs/card.ts';
import type { AnswerRecord, ExamAttempt, JournalEntry, ScoreData } from './score-types.ts';

/** An entry with its ordinal, if it is an answer: its place among all answers ever saved. */
export interface Positioned {
  readonly entry: JournalEntry;
  readonly ordinal: number;
}

export interface LiveAnswer {
  readonly answer: AnswerRecord;
  readonly ordinal: number;
}

/** The state after one more entry: everything but the answers themselves. */
export function applyToState(data: ScoreData, entry: JournalEntry): void {
  switch (entry.k) {
    case 'answer':
      keepLaterCard(data, entry.answer.q, entry.card);
      break;
    case 'rerate':
      keepLaterCard(data, entry.q, entry.card);
      break;
    case 'undo': {
      // The card goes back unless a later answer (another session's) has replaced it since, judged
      // by the card's own time: the order answers were saved in may differ from their times.
      const current = data.cards[entry.q];
      const later = current !== undefined && current.lastReview > Math.max(entry.at, entry.card?.lastReview ?? -Infinity);
      if (entry.card !== undefined && !later) {
        if (entry.card === null) delete data.cards[entry.q];
        else data.cards[entry.q] = entry.card;
      }
      break;
    }
    case 'card':
      data.cards[entry.q] = entry.card;
      break;
    case 'suspend': {
      const suspended = new Set(data.suspended);
      for (const q of entry.q) {
        if (entry.suspended) suspended.add(q);
        else suspended.delete(q);
      }
      data.suspended = [...suspended].sort();
      break;
    }
    case 'settings':
      data.settings = entry.settings;
      break;
    case 'exam':
      if (!data.submittedExams.includes(entry.exam.id)) data.submittedExams = [...data.submittedExams, entry.exam.id];
      dropPaused(data, entry.exam.id);
      break;
    case 'exam-progress': {
      const { progress } = entry;
      if (progress === null) data.pausedExams = [];
      // A submitted exam stays submitted: a copy still open in another terminal cannot reopen it.
      else if (!data.submittedExams.includes(progress.id)) {
        const slot = data.pausedExams.findIndex((p) => p.id === progress.id);
        if (slot >= 0) data.pausedExams[slot] = progress;
        else data.pausedExams.push(progress);
      }
      break;
    }
    case 'exam-discard':
      dropPaused(data, entry.id);
      break;
  }
}

/** Two sessions may answer the same question: the card of the later answer wins. */
function keepLaterCard(data: ScoreData, q: string, card: CardState | null): void {
  const current = data.cards[q];
  if (card && (!current || current.lastReview <= card.lastReview)) data.cards[q] = card;
}

function dropPaused(data: ScoreData, id: string): void {
  const slot = data.pausedExams.findIndex((p) => p.id === id);
  if (slot >= 0) data.pausedExams.splice(slot, 1);
}

/** Submitted exams after one more entry (they live in the summary). */
export function applyToExams(exams: ExamAttempt[], entry: JournalEntry): void {
  if (entry.k === 'exam' && !exams.some((e) => e.id === entry.exam.id)) exams.push(entry.exam);
}

/**
 * The answers of a run of entries with its undos and re-rates applied, in order. An undo or a
 * re-rate whose answer is not in the run names its question in `reachBack`.
 */
export function resolveAnswers(entries: readonly Positioned[]): { live: LiveAnswer[]; reachBack: Set<string> } {
  const live: LiveAnswer[] = [];
  const reachBack = new Set<string>();
  for (const { entry, ordinal } of entries) {
    if (entry.k === 'answer') live.push({ answer: entry.answer, ordinal });
    else if (entry.k === 'undo' || entry.k === 'rerate') {
      // Search from the newest: an answer given again after its undo may carry the same id.
      let i = live.length - 1;
      while (i >= 0 && live[i]?.answer.id !== entry.id) i--;
      const found = live[i];
      if (!found) reachBack.add(entry.q);
      else if (entry.k === 'undo') live.splice(i, 1);
      else live[i] = { answer: { ...found.answer, rating: entry.rating }, ordinal: found.ordinal };
    }
  }
  return { live, reachBack };
}

export function summarized(answer: AnswerRecord): SummarizedAnswer {
  return { q: answer.q, at: answer.at, correct: answer.correct, rated: answer.rating !== undefined, given: answer.given };
}

/** A question's first rated and last answer times after more answers. */
export function seenAfter(seen: QuestionSeen | undefined, answers: readonly AnswerRecord[]): QuestionSeen | undefined {
  let first = seen?.firstRatedAt ?? null;
  let last = seen?.lastAt;
  for (const a of answers) {
    if (a.rating !== undefined) first = first === null ? a.at : Math.min(first, a.at);
    last = last === undefined ? a.at : Math.max(last, a.at);
  }
  return last === undefined ? undefined : { firstRatedAt: first, lastAt: last };
}

function cloneQuestion(h: QuestionHistory): QuestionHistory {
  return { ...h, recent: h.recent.map(([o, c]) => [o, c]), wrongPicks: h.wrongPicks.map((p) => ({ ...p })) };
}

function byQuestion(live: readonly LiveAnswer[]): Map<string, LiveAnswer[]> {
  const map = new Map<string, LiveAnswer[]>();
  for (const a of live) {
    const list = map.get(a.answer.q);
    if (list) list.push(a);
    else map.set(a.answer.q, [a]);
  }
  return map;
}

/**
 * Each question the stretch's undos and re-rates reach back for: its entries in the history up to
 * the cache's point (scanned), resolved again with the stretch's.
 */
export type ReachBack = ReadonlyMap<string, readonly Positioned[]>;

/** Per question, the answers as the cache counted them and as they stand after the stretch. */
function reachedAnswers(q: string, reach: ReachBack, stretch: readonly Positioned[]): { before: LiveAnswer[]; after: LiveAnswer[] } {
  const earlier = reach.get(q) ?? [];
  const own = stretch.filter(({ entry }) => questionOf(entry) === q);
  return { before: resolveAnswers(earlier).live, after: resolveAnswers([...earlier, ...own]).live };
}

/** The question an answer, undo or re-rate is about; undefined for other entries. */
export function questionOf(entry: JournalEntry): string | undefined {
  if (entry.k === 'answer') return entry.answer.q;
  if (entry.k === 'undo' || entry.k === 'rerate') return entry.q;
  return undefined;
}

/** The state's `seen` after a stretch (the state itself is folded entry by entry with applyToState). */
export function mergeSeen(base: ScoreData['seen'], stretch: readonly Positioned[], reach: ReachBack): ScoreData['seen'] {
  // Nothing to fold: `base` itself, not a copy of its thousands of questions (a state's `seen` is
  // only ever replaced whole, never changed in place, so the two can share it).
  if (stretch.length === 0) return base;
  const { live, reachBack } = resolveAnswers(stretch);
  const seen = Object.assign(Object.create(null) as ScoreData['seen'], base);
  for (const [q, answers] of byQuestion(live)) {
    if (reachBack.has(q)) continue;
    const next = seenAfter(
      base[q],
      answers.map((a) => a.answer),
    );
    if (next) seen[q] = next;
  }
  for (const q of reachBack) {
    const next = seenAfter(
      undefined,
      reachedAnswers(q, reach, stretch).after.map((a) => a.answer),
    );
    if (next) seen[q] = next;
    else delete seen[q];
  }
  return seen;
}

/** The summary after a stretch; `base` is left as it was (questions changed are copied). */
export function mergeSummary(base: HistorySummary, stretch: readonly Positioned[], reach: ReachBack, dayOf: (at: number) => number): HistorySummary {
  const { live, reachBack } = resolveAnswers(stretch);
  const questions = new Map(base.questions);
  const days = new Map(base.days);
  const count = (answers: readonly LiveAnswer[], sign: 1 | -1) => {
    for (const { answer } of answers) {
      const day = dayOf(answer.at);
      const n = (days.get(day) ?? 0) + sign;
      if (n > 0) days.set(day, n);
      else days.delete(day);
    }
  };
  for (const [q, answers] of byQuestion(live)) {
    if (reachBack.has(q)) continue;
    const existing = base.questions.get(q);
    const history = existing ? cloneQuestion(existing) : emptyQuestionHistory();
    for (const { answer, ordinal } of answers) addToQuestion(history, summarized(answer), ordinal, dayOf(answer.at));
    questions.set(q, history);
    count(answers, 1);
  }
  for (const q of reachBack) {
    const { before, after } = reachedAnswers(q, reach, stretch);
    count(before, -1);
    count(after, 1);
    if (after.length === 0) {
      questions.delete(q);
      continue;
    }
    const history = emptyQuestionHistory();
    for (const { answer, ordinal } of after) addToQuestion(history, summarized(answer), ordinal, dayOf(answer.at));
    questions.set(q, history);
  }
  return { questions, days };
}

/** The questions a stretch reaches back for (undos and re-rates of answers before it). */
export function reachBackOf(stretch: readonly Positioned[]): Set<string> {
  return resolveAnswers(stretch).reachBack;
}
