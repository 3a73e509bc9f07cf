/**
 * `history/summary.json`: the history's summary (engine/history-summary.ts) and the submitted
 * exams, as of some point of the history. A cache: everything in it follows from the history
 * files, so one that is missing, damaged, of another version or counted with another day start
 * is rebuilt from them rather than refused. Its own shape, mapped field by field:
 *
 *   days       study day number → answers that day
 *   questions  id → { n: answers, c: right, r: rated, f: first rated time | null, l: last time,
 *                     k: known once, lapses, ld: last lapse day | null,
 *                     recent: [[ordinal, 1 right | 0 wrong], …] newest first,
 *                     wrong: [[choice, times, last time, last ordinal, position], …] }
 */
import type { HistorySummary, QuestionHistory } from '../engine/history-summary.ts';
import { LEECH_MISSES } from '../engine/leech.ts';
import { RECENT_ANSWERS } from '../srs/weakness.ts';
import type { HistoryPosition } from './score-schema.ts';
import { isChoiceIndex, isCount, isTime } from './field-rules.ts';
import { SCHEMA_VERSION, type ExamAttempt } from './score-types.ts';
import { array, bool, choiceIndex, count, exam, fail, num, object, ShapeError, time, type Path } from './shape-checks.ts';

export interface SummaryCache {
  readonly position: HistoryPosition;
  /** The day-start hour the study days were counted with. */
  readonly dayStart: number;
  readonly summary: HistorySummary;
  readonly exams: ExamAttempt[];
}

function integer(value: unknown, path: Path): number {
  const n = num(value, path);
  if (!Number.isInteger(n)) fail(path, 'a whole number');
  return n;
}

/**
 * The rules of `question` as tests that build no path, for the common case: building a path for
 * every field of every question cost more than parsing the file. Undefined when anything fails;
 * `question` then checks field by field to name it.
 */
function plainQuestion(value: unknown): QuestionHistory | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const h = value as Record<string, unknown>;
  const { n, c, r, f, l, k, lapses, ld, recent, wrong } = h;
  if (!isCount(n) || !isCount(c) || !isCount(r) || !(f === null || isTime(f)) || !isTime(l) || typeof k !== 'boolean' || !isCount(lapses)) return undefined;
  if (!(ld === null || Number.isInteger(ld)) || !Array.isArray(recent) || recent.length > RECENT_ANSWERS || !Array.isArray(wrong)) return undefined;
  const answers: Array<[number, boolean]> = [];
  for (const pair of recent) {
    if (!Array.isArray(pair) || pair.length !== 2 || !isCount(pair[0]) || (pair[1] !== 0 && pair[1] !== 1)) return undefined;
    answers.push([pair[0], pair[1] === 1]);
  }
  const wrongPicks: QuestionHistory['wrongPicks'] = [];
  for (const w of wrong) {
    if (!Array.isArray(w) || w.length !== 5 || !isChoiceIndex(w[0]) || !isCount(w[1]) || !isTime(w[2]) || !isCount(w[3]) || !isCount(w[4])) return undefined;
    wrongPicks.push({ choice: w[0], times: w[1], lastAt: w[2], lastOrdinal: w[3], position: w[4] });
  }
  return {
    answers: n,
    correct: c,
    rated: r,
    firstRatedAt: f,
    lastAt: l,
    knownOnce: k,
    lapses,
    lastLapseDay: ld as number | null,
    recent: answers,
    wrongPicks,
  };
}

function question(value: unknown, path: Path): QuestionHistory {
  const plain = plainQuestion(value);
  if (plain) return plain;
  const h = object(value, path);
  const first = h['f'];
  const lastLapseDay = h['ld'];
  const recent = array(h['recent'], `${path}.recent`);
  if (recent.length > RECENT_ANSWERS) fail(`${path}.recent`, `at most ${RECENT_ANSWERS} answers`);
  return {
    answers: count(h['n'], `${path}.n`),
    correct: count(h['c'], `${path}.c`),
    rated: count(h['r'], `${path}.r`),
    firstRatedAt: first === null ? null : time(first, `${path}.f`),
    lastAt: time(h['l'], `${path}.l`),
    knownOnce: bool(h['k'], `${path}.k`),
    lapses: count(h['lapses'], `${path}.lapses`),
    lastLapseDay: lastLapseDay === null ? null : integer(lastLapseDay, `${path}.ld`),
    recent: recent.map((pair, i) => {
      const [ordinal, correct, ...rest] = array(pair, `${path}.recent[${i}]`);
      if (rest.length > 0 || (correct !== 0 && correct !== 1)) fail(`${path}.recent[${i}]`, 'an ordinal and 1 (right) or 0 (wrong)');
      return [count(ordinal, `${path}.recent[${i}][0]`), correct === 1] as [number, boolean];
    }),
    wrongPicks: array(h['wrong'], `${path}.wrong`).map((entry, i) => {
      const at = `${path}.wrong[${i}]`;
      const fields = array(entry, at);
      if (fields.length !== 5) fail(at, 'a choice, times, last time, last ordinal and position');
      return {
        choice: choiceIndex(fields[0], `${at}[0]`),
        times: count(fields[1], `${at}[1]`),
        lastAt: time(fields[2], `${at}[2]`),
        lastOrdinal: count(fields[3], `${at}[3]`),
        position: count(fields[4], `${at}[4]`),
      };
    }),
  };
}

function toCache(value: unknown): SummaryCache {
  const d = object(value, '');
  if (d['schemaVersion'] !== SCHEMA_VERSION) fail('schemaVersion', String(SCHEMA_VERSION));
  const p = object(d['history'], 'history');
  const position = { segments: count(p['segments'], 'history.segments'), answers: count(p['answers'], 'history.answers') };
  const dayStart = count(d['dayStart'], 'dayStart');
  const days = new Map<number, number>();
  for (const [day, n] of Object.entries(object(d['days'], 'days'))) {
    if (!/^-?\d+$/.test(day)) fail(`days.${day}`, 'a study day number');
    days.set(Number(day), count(n, `days.${day}`));
  }
  const questions = new Map<string, QuestionHistory>();
  for (const [q, h] of Object.entries(object(d['questions'], 'questions'))) questions.set(q, question(h, `questions.${q}`));
  const exams = array(d['exams'], 'exams');
  exams.forEach((e, i) => {
    exam(e, `exams[${i}]`);
  });
  return { position, dayStart, summary: { questions, days }, exams: exams as ExamAttempt[] };
}

/** The checked cache, or undefined when it cannot be used as it is (then it is rebuilt). */
export function readSummaryCache(raw: unknown): SummaryCache | undefined {
  try {
    return toCache(raw);
  } catch (error) {
    if (error instanceof ShapeError) return undefined;
    throw error;
  }
}

/** The stored shape of `cache`, checked with the reader's own rules first: a failure is a bug. */
export function summaryText(cache: SummaryCache): string {
  const days: Record<string, number> = {};
  for (const [day, n] of cache.summary.days) if (n > 0) days[day] = n;
  const questions: Record<string, unknown> = {};
  for (const [q, h] of cache.summary.questions) {
    questions[q] = {
      n: h.answers,
      c: h.correct,
      r: h.rated,
      f: h.firstRatedAt,
      l: h.lastAt,
      k: h.knownOnce,
      lapses: h.lapses,
      ld: h.lastLapseDay,
      recent: h.recent.map(([ordinal, correct]) => [ordinal, correct ? 1 : 0]),
      wrong: h.wrongPicks.map((p) => [p.choice, p.times, p.lastAt, p.lastOrdinal, p.position]),
    };
  }
  const stored = { schemaVersion: SCHEMA_VERSION, history: cache.position, dayStart: cache.dayStart, days, questions, exams: cache.exams };
  try {
    toCache(stored);
  } catch (error) {
    if (error instanceof ShapeError) throw new Error(`refusing to save the history summary, which the reader would refuse: ${error.message}`);
    throw error;
  }
  return JSON.stringify(stored);
}

/**
 * `history/lapses.json`: what a session reads of the summary before its first question, at the
 * summary's point of the history: the lapses of every question that has any, and the wrong picks
 * of the leeches (shown before a leech is asked), in the summary's own shape.
 */
export interface LapsesCache {
  readonly position: HistoryPosition;
  readonly dayStart: number;
  readonly lapses: Map<string, number>;
  /**
   * A leech's wrong picks, checked when asked for: a session asks for one or two of them, and a long
   * history has thousands of leeches. Undefined for a question without an entry, or whose entry
   * fails the checks (its picks are then read from the summary).
   */
  readonly picks: { get(q: string): QuestionHistory['wrongPicks'] | undefined };
}

export function lapsesText(cache: SummaryCache): string {
  const lapses: Record<string, number> = {};
  const picks: Record<string, unknown> = {};
  for (const [q, h] of cache.summary.questions) {
    if (h.lapses > 0) lapses[q] = h.lapses;
    if (h.lapses >= LEECH_MISSES) picks[q] = h.wrongPicks.map((p) => [p.choice, p.times, p.lastAt, p.lastOrdinal, p.position]);
  }
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, history: cache.position, dayStart: cache.dayStart, lapses, picks });
}

/** The checked lapses cache, or undefined when it cannot be used (then the summary is read). */
export function readLapsesCache(raw: unknown): LapsesCache | undefined {
  try {
    const d = object(raw, '');
    if (d['schemaVersion'] !== SCHEMA_VERSION) return undefined;
    const p = object(d['history'], 'history');
    const position = { segments: count(p['segments'], 'history.segments'), answers: count(p['answers'], 'history.answers') };
    const lapses = new Map<string, number>();
    for (const [q, n] of Object.entries(object(d['lapses'], 'lapses'))) {
      if (!isCount(n)) return undefined;
      lapses.set(q, n);
    }
    const stored = object(d['picks'], 'picks');
    const checked = new Map<string, QuestionHistory['wrongPicks'] | undefined>();
    const picks = {
      get(q: string): QuestionHistory['wrongPicks'] | undefined {
        if (!checked.has(q)) {
          const list = Object.hasOwn(stored, q) ? stored[q] : undefined;
          // The summary's checks of a question's wrong picks, on a question holding only them.
          const question =
            list === undefined ? undefined : plainQuestion({ n: 0, c: 0, r: 0, f: null, l: 0, k: false, lapses: 0, ld: null, recent: [], wrong: list });
          checked.set(q, question?.wrongPicks);
        }
        return checked.get(q);
      },
    };
    return { position, dayStart: count(d['dayStart'], 'dayStart'), lapses, picks };
  } catch (error) {
    if (error instanceof ShapeError) return undefined;
    throw error;
  }
}
