import { describe, expect, it } from 'vitest';
import { examEntries } from '../../src/cli/exam-record.ts';
import { MockExam } from '../../src/engine/exam.ts';
import type { Presented } from '../../src/engine/grading.ts';
import { createScheduler } from '../../src/srs/scheduler.ts';
import { answerId } from '../../src/store/score-types.ts';
import { question } from '../helpers/questions.ts';

const t0 = Date.parse('2026-06-01T09:00:00Z');

describe('what a submitted exam records', () => {
  const items: Presented[] = ['right', 'wrong', 'skipped'].map((id, i) => ({ question: question(id, { domain: (i + 1) as 1 | 2 | 3 }), order: [3, 2, 1, 0] }));
  const exam = MockExam.start({ id: 'exam-1', items, durationMs: 60_000, startedAt: t0 });
  exam.answer(0, [3]); // position 3 shows choice 0, the right one
  exam.answer(1, [0]); // choice 3: wrong
  const result = exam.submit(t0 + 30_000);
  const scheduler = createScheduler(0.9);
  const entries = examEntries(result, {}, scheduler);

  it('one exam answer per answered question, rated right → good and wrong → again, each scheduled', () => {
    const answers = entries.flatMap((e) => (e.k === 'answer' ? [e] : []));
    expect(answers.map((e) => e.answer.id)).toEqual([answerId(t0 + 30_000, 'right'), answerId(t0 + 30_000, 'wrong')]);
    expect(answers.map((e) => [e.answer.q, e.answer.given, e.answer.correct, e.answer.rating, e.answer.mode, e.answer.at])).toEqual([
      ['right', [0], true, 'good', 'exam', t0 + 30_000],
      ['wrong', [3], false, 'again', 'exam', t0 + 30_000],
    ]);
    expect(answers[0]!.card).toEqual(scheduler.next(undefined, 'good', new Date(t0 + 30_000)));
    expect(answers[1]!.card).toEqual(scheduler.next(undefined, 'again', new Date(t0 + 30_000)));
  });

  it('no answer for the unanswered question, which still counts as wrong in the attempt', () => {
    expect(entries.some((e) => e.k === 'answer' && e.answer.q === 'skipped')).toBe(false);
    const attempt = entries.at(-1);
    expect(attempt).toEqual({
      k: 'exam',
      exam: {
        id: 'exam-1',
        startedAt: t0,
        finishedAt: t0 + 30_000,
        questions: ['right', 'wrong', 'skipped'],
        correct: 1,
        total: 3,
        scaled: 387, // 100 + 620 × (1/3) / 0.72 = 387.0
        passed: false,
        byDomain: {
          1: { correct: 1, total: 1 },
          2: { correct: 0, total: 1 },
          3: { correct: 0, total: 1 },
          4: { correct: 0, total: 0 },
          5: { correct: 0, total: 0 },
        },
      },
    });
  });
});
