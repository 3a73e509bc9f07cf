/**
 * An unfinished exam goes to disk as the store's own ExamProgress and comes back as the engine's
 * snapshot: through a real score file, a resumed exam has the answers, flags, position, choice
 * orders and time left it was saved with.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Question } from '../../src/bank/types.ts';
import { MockExam } from '../../src/engine/exam.ts';
import { progressOf, snapshotOf } from '../../src/store/exam-progress.ts';
import { ScoreFile } from '../../src/store/score-file.ts';
import { tempDir } from '../helpers/cli.ts';
import { question } from '../helpers/questions.ts';

const t0 = Date.parse('2026-06-01T09:00:00Z');
const DAY = 86_400_000;
const single = question('s', { domain: 1, correct: [2] });
const order = question('o', { domain: 4, type: 'order', choices: 4 });
const byId = new Map<string, Question>([single, order].map((q) => [q.id, q]));

describe('exam progress in the score file', () => {
  it('is saved from the engine snapshot and resumed from what the file holds', () => {
    const home = tempDir(onTestFinished);
    const exam = MockExam.start({
      id: 'exam-1',
      items: [
        { question: single, order: [3, 2, 1, 0] },
        { question: order, order: [2, 0, 3, 1] },
      ],
      durationMs: 60_000,
      startedAt: t0,
    });
    exam.answer(1, [1, 3, 0, 2]);
    exam.flag(0);
    exam.goTo(1);
    const snapshot = exam.toSnapshot(t0 + 20_000);
    ScoreFile.open(home, new Date(t0)).record([{ k: 'exam-progress', progress: progressOf(snapshot) }]);

    const [saved] = ScoreFile.open(home, new Date(t0 + DAY)).data.pausedExams;
    expect(saved).toEqual({
      id: 'exam-1',
      startedAt: t0,
      questions: ['s', 'o'],
      orders: [
        [3, 2, 1, 0],
        [2, 0, 3, 1],
      ],
      answers: [null, [1, 3, 0, 2]],
      flagged: [true, false],
      current: 1,
      remainingMs: 40_000,
    });
    const resumed = MockExam.fromSnapshot(snapshotOf(saved!), byId, t0 + DAY);
    if (!resumed.ok) throw new Error(resumed.problem);
    expect(resumed.exam.toSnapshot(t0 + DAY)).toEqual(snapshot);
  });

  it('copies the snapshot rather than sharing its lists', () => {
    const snapshot = { id: 'e', startedAt: t0, questions: ['s'], orders: [[0, 1, 2, 3]], answers: [[1]], flagged: [false], current: 0, remainingMs: 5 };
    const progress = progressOf(snapshot);
    expect(progress).toEqual(snapshot);
    expect(progress.orders[0]).not.toBe(snapshot.orders[0]);
    expect(progress.answers[0]).not.toBe(snapshot.answers[0]);
  });
});
