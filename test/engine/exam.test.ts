import { describe, expect, it } from 'vitest';
import { MockExam, type ExamSnapshot } from '../../src/engine/exam.ts';
import type { Presented } from '../../src/engine/grading.ts';
import type { Question } from '../../src/bank/types.ts';
import { question } from '../helpers/questions.ts';

const t0 = Date.parse('2026-06-01T09:00:00Z');
const MINUTE = 60_000;
const DAY = 86_400_000;

const single = question('s', { domain: 1, correct: [2] });
const multiple = question('m', { domain: 2, type: 'multiple', choices: 5, correct: [0, 3] });
const order = question('o', { domain: 4, type: 'order', choices: 4 });
const byId = new Map<string, Question>([single, multiple, order].map((q) => [q.id, q]));
const items: Presented[] = [
  { question: single, order: [3, 2, 1, 0] }, // right: position 1
  { question: multiple, order: [4, 3, 2, 1, 0] }, // right: positions 1 and 4
  { question: order, order: [2, 0, 3, 1] }, // right: 1, 3, 0, 2
];
const start = () => MockExam.start({ id: 'exam-1', items, durationMs: MINUTE, startedAt: t0 });

describe('mock exam: moving, answering, flagging', () => {
  it('starts at the first question with nothing answered or flagged', () => {
    const exam = start();
    expect(exam.count).toBe(3);
    expect(exam.current).toBe(0);
    expect(exam.unanswered()).toEqual([0, 1, 2]);
    expect(exam.flagged()).toEqual([]);
  });

  it('moves back and forth, staying put at either end', () => {
    const exam = start();
    expect(exam.prev()).toBe(false);
    expect(exam.current).toBe(0);
    expect(exam.next()).toBe(true);
    expect(exam.next()).toBe(true);
    expect(exam.current).toBe(2);
    expect(exam.next()).toBe(false);
    expect(exam.current).toBe(2);
    expect(exam.prev()).toBe(true);
    expect(exam.current).toBe(1);
    exam.goTo(0);
    expect(exam.current).toBe(0);
    expect(() => exam.goTo(3)).toThrow(RangeError);
    expect(() => exam.goTo(-1)).toThrow(RangeError);
  });

  it('records, replaces and clears answers without grading or moving', () => {
    const exam = start();
    exam.answer(1, [1, 4]);
    expect(exam.current).toBe(0);
    expect(exam.item(1).answer).toEqual([1, 4]);
    expect(exam.unanswered()).toEqual([0, 2]);
    exam.answer(1, [0]);
    expect(exam.item(1).answer).toEqual([0]);
    exam.clear(1);
    expect(exam.item(1).answer).toBeNull();
    expect(exam.unanswered()).toEqual([0, 1, 2]);
  });

  it.each([
    ['a position past the last choice', [4]],
    ['a repeated position', [1, 1]],
    ['no position at all', []],
  ])('refuses %s', (_name, positions) => {
    expect(() => start().answer(0, positions)).toThrow(RangeError);
  });

  it('flags and unflags for review', () => {
    const exam = start();
    exam.flag(0);
    exam.flag(2);
    exam.unflag(0);
    expect(exam.flagged()).toEqual([2]);
    expect(exam.item(2).flagged).toBe(true);
    expect(exam.item(0).flagged).toBe(false);
  });

  it('needs at least one question', () => {
    expect(() => MockExam.start({ id: 'x', items: [], durationMs: MINUTE, startedAt: t0 })).toThrow(RangeError);
  });
});

describe('mock exam: the clock and submitting', () => {
  it.each([
    [0, MINUTE, false],
    [MINUTE - 1, 1, false],
    [MINUTE, 0, true], // at exactly the end there is no time left
    [MINUTE + 30_000, 0, true],
  ])('%i ms in: %i ms left, expired %s', (elapsed, left, expired) => {
    const exam = start();
    expect(exam.remainingMs(t0 + elapsed)).toBe(left);
    expect(exam.expired(t0 + elapsed)).toBe(expired);
  });

  it('keeps the answers given when time runs out, grading all-or-nothing', () => {
    const exam = start();
    exam.answer(0, [1]); // right
    exam.answer(1, [1]); // one of two right choices: wrong
    const end = t0 + MINUTE;
    expect(exam.expired(end)).toBe(true);
    const result = exam.submit(end);
    expect(result).toMatchObject({ id: 'exam-1', startedAt: t0, finishedAt: end, timedOut: true, questions: ['s', 'm', 'o'] });
    expect(result.score).toMatchObject({ correct: 1, total: 3, passed: false });
    expect(result.score.missed.map((r) => r.presented.question.id)).toEqual(['m', 'o']);
  });

  it('is not timed out when submitted early, and changes no more once submitted', () => {
    const exam = start();
    exam.answer(0, [1]);
    exam.answer(1, [4, 1]);
    exam.answer(2, [1, 3, 0, 2]);
    const result = exam.submit(t0 + 10_000);
    expect(result.timedOut).toBe(false);
    expect(result.score).toMatchObject({ correct: 3, total: 3, scaled: 1000, passed: true });
    expect(exam.isSubmitted).toBe(true);
    expect(() => exam.answer(0, [0])).toThrow('submitted');
    expect(() => exam.flag(0)).toThrow('submitted');
    expect(() => exam.submit(t0 + 20_000)).toThrow('submitted');
  });
});

describe('mock exam: saving and resuming', () => {
  const interrupted = () => {
    const exam = start();
    exam.answer(0, [1]);
    exam.answer(2, [1, 3, 0, 2]);
    exam.flag(1);
    exam.goTo(2);
    return exam;
  };
  const saved: ExamSnapshot = {
    id: 'exam-1',
    startedAt: t0,
    questions: ['s', 'm', 'o'],
    orders: [
      [3, 2, 1, 0],
      [4, 3, 2, 1, 0],
      [2, 0, 3, 1],
    ],
    answers: [[1], null, [1, 3, 0, 2]],
    flagged: [false, true, false],
    current: 2,
    remainingMs: 40_000,
  };

  it('saves answers, flags, position and the time left', () => {
    expect(interrupted().toSnapshot(t0 + 20_000)).toEqual(saved);
  });

  it('resumes days later with the same answers, flags, position and time left', () => {
    const later = t0 + 3 * DAY;
    const stored = JSON.parse(JSON.stringify(interrupted().toSnapshot(t0 + 20_000))) as ExamSnapshot;
    const resumed = MockExam.fromSnapshot(stored, byId, later);
    if (!resumed.ok) throw new Error(resumed.problem);
    const exam = resumed.exam;
    expect(exam.startedAt).toBe(t0);
    expect(exam.current).toBe(2);
    expect(exam.unanswered()).toEqual([1]);
    expect(exam.flagged()).toEqual([1]);
    expect(exam.item(1).presented.order).toEqual([4, 3, 2, 1, 0]);
    expect(exam.remainingMs(later)).toBe(40_000);
    expect(exam.expired(later + 39_999)).toBe(false);
    expect(exam.expired(later + 40_000)).toBe(true);
    expect(exam.toSnapshot(later)).toEqual(saved);
    expect(exam.submit(later + 40_000).score.correct).toBe(2);
  });

  it('resumes an exam saved with no time left as already over', () => {
    const resumed = MockExam.fromSnapshot({ ...saved, remainingMs: 0 }, byId, t0 + DAY);
    expect(resumed.ok && resumed.exam.expired(t0 + DAY)).toBe(true);
  });

  it.each([
    ['a question gone from the bank', { questions: ['s', 'gone', 'o'] }, 'gone'],
    [
      'a question whose choices changed',
      {
        orders: [
          [3, 2, 1, 0],
          [2, 1, 0],
          [2, 0, 3, 1],
        ],
      },
      'm',
    ],
    ['an answer outside the choices', { answers: [[7], null, null] }, 's'],
    ['a position outside the exam', { current: 3 }, 'position'],
  ])('refuses to resume with %s', (_name, change, mentioned) => {
    const resumed = MockExam.fromSnapshot({ ...saved, ...change }, byId, t0);
    expect(resumed.ok).toBe(false);
    expect(!resumed.ok && resumed.problem).toContain(mentioned);
  });
});
