/**
 * One validator for what is written and what is read. A property test writes random valid
 * histories through the real writer (journal appends, checkpoints in between) and reads them back
 * through the real readers: the same data every time. Then the values the reader refuses are
 * refused by the writer too, so the program never writes a file it cannot read again.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { addAnswer, emptySummary, type HistorySummary } from '../../src/engine/history-summary.ts';
import { seededRandom, type Random } from '../../src/engine/random.ts';
import { QuizError } from '../../src/errors.ts';
import type { CardState } from '../../src/srs/card.ts';
import { MAX_TIME } from '../../src/store/field-rules.ts';
import { readHistory, readScoreView, ScoreFile } from '../../src/store/score-file.ts';
import type { Mode } from '../../src/store/enumerations.ts';
import type { AnswerRecord, ExamProgress, JournalEntry } from '../../src/store/score-types.ts';
import { studyDayOf } from '../../src/store/study-days.ts';
import { tempDir } from '../helpers/cli.ts';

/**
 * The summary that the saved entries add up to, counted here from scratch: each answer with its
 * place among all answers saved, an undo taking its answer out, a re-rate changing its rating.
 */
function summaryOfSaved(entries: readonly JournalEntry[]): HistorySummary {
  const answers: Array<{ answer: AnswerRecord; ordinal: number }> = [];
  let ordinal = 0;
  for (const entry of entries) {
    if (entry.k === 'answer') answers.push({ answer: entry.answer, ordinal: ordinal++ });
    if (entry.k !== 'undo' && entry.k !== 'rerate') continue;
    const i = answers.findLastIndex((a) => a.answer.id === entry.id);
    const found = answers[i];
    if (!found) continue;
    if (entry.k === 'undo') answers.splice(i, 1);
    else answers[i] = { ...found, answer: { ...found.answer, rating: entry.rating } };
  }
  const summary = emptySummary();
  const dayOf = studyDayOf(4);
  for (const { answer, ordinal: at } of answers) {
    addAnswer(summary, { q: answer.q, at: answer.at, correct: answer.correct, rated: answer.rating !== undefined, given: answer.given }, at, dayOf(answer.at));
  }
  return summary;
}

const NOW = new Date('2026-06-01T09:00:00Z');

/** Random valid entries, with the corners the rules allow: equal times, times out of order, far dates, floats. */
function generator(random: Random) {
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const questions = ['m01-a', 'm01-b', 'm02-c', 'm09-日本語', 'q.with.dots', 'x'];
  // A few fixed times so that answers share them (a fixed clock), and some anywhere in range.
  const times = [0, NOW.getTime(), NOW.getTime() + 1, Date.UTC(9999, 11, 31, 23, 59, 59, 999)];
  const time = () => (random() < 0.6 ? pick(times) : int(Date.UTC(9999, 0, 1)));
  const card = (at: number): CardState => ({
    due: Math.min(MAX_TIME, at + int(400 * 86_400_000)),
    stability: random() * 300,
    difficulty: 1 + random() * 9,
    scheduledDays: int(400),
    learningSteps: int(3),
    reps: int(50),
    lapses: int(10),
    state: pick(['new', 'learning', 'review', 'relearning'] as const),
    lastReview: at,
  });
  const answer = (): JournalEntry => {
    const at = time();
    const q = pick(questions);
    const mode: Mode = pick(['drill', 'quiz', 'review', 'exam', 'cram']);
    const record: AnswerRecord = {
      id: `${at.toString(36)}.${q}`,
      q,
      at,
      given: Array.from({ length: int(5) }, () => int(10)),
      correct: random() < 0.5,
      ...(mode === 'cram' ? {} : { rating: pick(['again', 'hard', 'good', 'easy'] as const) }),
      mode,
      ms: random() < 0.3 ? 0 : random() < 0.5 ? int(600_000) : random() * 90_000,
    };
    return { k: 'answer', answer: record, card: mode === 'cram' ? null : card(at) };
  };
  const progress = (id: string): ExamProgress => {
    const n = 1 + int(6);
    return {
      id,
      startedAt: time(),
      questions: Array.from({ length: n }, () => pick(questions)),
      orders: Array.from({ length: n }, () => [2, 0, 1, 3].slice(0, 2 + int(3))),
      answers: Array.from({ length: n }, () => (random() < 0.5 ? null : [int(4)])),
      flagged: Array.from({ length: n }, () => random() < 0.3),
      current: int(n),
      remainingMs: random() < 0.2 ? 0 : random() * 7_800_000,
    };
  };
  const examIds = ['exam-a', 'exam-b', 'exam-c'];
  const other = (): JournalEntry => {
    const kind = int(5);
    if (kind === 0) {
      const date = random() < 0.5 ? {} : { examDate: pick(['2026-07-15', '2028-02-29', '9999-12-31']) };
      const fitted = random() < 0.5 ? {} : { fsrsParameters: Array.from({ length: 21 }, () => random() * 10) };
      return { k: 'settings', settings: { requestRetention: 0.5 + 0.001 + random() * 0.498, newPerDay: int(1000), ...date, ...fitted } };
    }
    if (kind === 1) {
      const id = pick(examIds);
      return {
        k: 'exam',
        exam: {
          id,
          startedAt: time(),
          finishedAt: time(),
          questions: [pick(questions)],
          correct: int(5),
          total: 5 + int(60),
          scaled: 100 + random() * 900,
          passed: random() < 0.5,
          byDomain: { '1': { correct: int(3), total: 3 } },
        },
      };
    }
    if (kind === 2) return { k: 'exam-progress', progress: random() < 0.1 ? null : progress(pick([...examIds, 'exam-d', 'exam-e'])) };
    if (kind === 3) return { k: 'exam-discard', id: pick([...examIds, 'exam-d', 'exam-e']) };
    return answer();
  };
  return { int, answer, other, pick };
}

describe('written, then read back: the same data', () => {
  it.each(Array.from({ length: Number(process.env['ROUND_TRIP_SEEDS'] ?? 12) }, (_, i) => i + 1))(
    'random history %i through the real writer and readers',
    (seed) => {
      const dir = tempDir(onTestFinished);
      const random = seededRandom(seed * 7919);
      const gen = generator(random);
      const store = ScoreFile.open(dir, NOW);
      const saved: JournalEntry[] = [];
      // Every entry written, in order (undos included), for the summary they add up to.
      const written: JournalEntry[] = [];
      const record = (entries: JournalEntry[]) => {
        const out = store.record(entries);
        written.push(...out);
        return out;
      };
      for (let batch = 0; batch < 40; batch++) {
        const entries = Array.from({ length: 1 + gen.int(4) }, () => (random() < 0.6 ? gen.answer() : gen.other()));
        const batchSaved = record(entries);
        saved.push(...batchSaved);
        // Another session's checkpoint may move those answers into the history before a mark or an
        // undo names them: the summary then counts their question again from the history.
        if (random() < 0.2) ScoreFile.open(dir, NOW).checkpoint(NOW);
        // A mark after the feedback re-rates an answer already saved.
        const answers = batchSaved.filter((e) => e.k === 'answer' && e.card !== null);
        const last = answers.at(-1);
        if (last?.k === 'answer' && random() < 0.5)
          saved.push(...record([{ k: 'rerate', id: last.answer.id, q: last.answer.q, rating: gen.pick(['hard', 'easy'] as const), card: last.card }]));
        // An undo of the last answer (with the card before it, none, or no card change), or a suspend.
        const undone = batchSaved.filter((e) => e.k === 'answer').at(-1);
        if (random() < 0.1) ScoreFile.open(dir, NOW).checkpoint(NOW);
        if (undone?.k === 'answer' && random() < 0.2) {
          const card = gen.pick([undefined, null, undone.card]);
          record([{ k: 'undo', id: undone.answer.id, q: undone.answer.q, at: undone.answer.at, ...(card === undefined ? {} : { card }) }]);
          saved.splice(saved.indexOf(undone), 1);
        }
        if (random() < 0.1) record([{ k: 'suspend', q: [gen.pick(['m01-a', 'x', 'q.with.dots'])], suspended: random() < 0.7 }]);
        if (random() < 0.15) store.checkpoint(NOW);
        // Read back at every step, the way each command reads: the state, the summary, the history.
        const reopened = ScoreFile.open(dir, NOW);
        expect(reopened.data).toEqual(store.data);
        const view = readScoreView(dir, NOW);
        expect(view.summary).toEqual(store.historyView().summary);
        expect(view.summary).toEqual(summaryOfSaved(written));
        expect(view.exams).toEqual(store.historyView().exams);
        const history = readHistory(dir, NOW);
        expect([...view.summary.questions.values()].reduce((n, q) => n + q.answers, 0)).toBe(history.length);
        expect(history.map((a) => a.id).sort()).toEqual(saved.flatMap((e) => (e.k === 'answer' ? [e.answer.id] : [])).sort());
        expect(view.data).toEqual(store.data);
      }
      // Equal times never merge answers: every answer written is there, once.
      const ids = saved.flatMap((e) => (e.k === 'answer' ? [e.answer.id] : []));
      expect(new Set(ids).size).toBe(ids.length);
      store.checkpoint(NOW);
      expect(
        ScoreFile.open(dir, NOW)
          .history()
          .map((a) => a.id)
          .sort(),
      ).toEqual([...ids].sort());
      expect(ScoreFile.open(dir, NOW).data).toEqual(store.data);
      expect(ScoreFile.open(dir, NOW).historyView()).toEqual(store.historyView());
    },
  );
});

const at = NOW.getTime();
const card = { due: at + 600_000, stability: 2, difficulty: 5, scheduledDays: 0, learningSteps: 1, reps: 1, lapses: 0, state: 'learning', lastReview: at };
const answerWith = (change: Record<string, unknown>, cardChange: Record<string, unknown> = {}) => ({
  k: 'answer',
  answer: { id: 'a1', q: 'm01-x', at, given: [1], correct: true, rating: 'good', mode: 'drill', ms: 1200, ...change },
  card: { ...card, ...cardChange },
});
const progress = { id: 'exam-1', startedAt: at, questions: ['q'], orders: [[1, 0]], answers: [null], flagged: [false], current: 0, remainingMs: 1000 };

describe('values out of range: refused when written and when read', () => {
  it.each([
    ['an answer time of 1e300', answerWith({ at: 1e300 }), /answer\.at: expected a time/],
    ['an answer time before 1970', answerWith({ at: -1 }), /answer\.at: expected a time/],
    ['a fractional answer time', answerWith({ at: at + 0.5 }), /answer\.at: expected a time/],
    ['a choice index of 12 (stored as one digit)', answerWith({ given: [12, 3] }), /answer\.given\[0\]: expected a choice index from 0 to 9/],
    ['a negative time taken', answerWith({ ms: -1 }), /answer\.ms: expected a number ≥ 0/],
    ['an endless time taken', answerWith({ ms: Infinity }), /answer\.ms: expected a number ≥ 0/],
    ['a card due in 1e300', answerWith({}, { due: 1e300 }), /card\.due: expected a time/],
    ['a card with NaN stability', answerWith({}, { stability: NaN }), /card\.stability: expected a number ≥ 0/],
    ['a fractional count of reviews', answerWith({}, { reps: 1.5 }), /card\.reps: expected a whole number ≥ 0/],
    [
      'new questions per day past exact integers',
      { k: 'settings', settings: { requestRetention: 0.9, newPerDay: 1e300 } },
      /settings\.newPerDay: expected a whole number ≥ 0/,
    ],
    [
      'an exam date of 30 February',
      { k: 'settings', settings: { requestRetention: 0.9, newPerDay: 20, examDate: '2026-02-30' } },
      /settings\.examDate: expected a date YYYY-MM-DD/,
    ],
    [
      'an unfinished exam with a choice order of 12',
      { k: 'exam-progress', progress: { ...progress, orders: [[12, 0]] } },
      /progress\.orders\[0\]\[0\]: expected a choice index/,
    ],
    [
      'an unfinished exam with negative time left',
      { k: 'exam-progress', progress: { ...progress, remainingMs: -5 } },
      /progress\.remainingMs: expected a number ≥ 0/,
    ],
  ])('%s', (_name, entry, message) => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, NOW);
    store.record([{ k: 'settings', settings: { requestRetention: 0.9, newPerDay: 20 } }]);
    const before = readFileSync(join(dir, 'scores.journal'), 'utf8');
    // The writer refuses it: nothing is written.
    expect(() => store.record([entry as JournalEntry])).toThrow(new RegExp(`refusing to save entry 1 of 1, which the reader would refuse: ${message.source}`));
    expect(readFileSync(join(dir, 'scores.journal'), 'utf8')).toBe(before);
    // Put there by hand (or by an older version), the reader refuses it, naming the line and the fix.
    appendFileSync(join(dir, 'scores.journal'), `${JSON.stringify(entry)}\n`);
    try {
      ScoreFile.open(dir, NOW);
      throw new Error('expected the reader to refuse');
    } catch (error) {
      expect(error).toBeInstanceOf(QuizError);
      expect((error as QuizError).code).toBe('STORE_CORRUPT');
      expect((error as QuizError).message).toMatch(message);
      expect((error as QuizError).message).toMatch(/has a wrong entry at line 2: .*To recover, delete line 2 from \S+scores\.journal/);
    }
  });
});
