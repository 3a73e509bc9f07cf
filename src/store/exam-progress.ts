/**
 * The unfinished exam between the engine and the disk. The engine's MockExam snapshots itself as
 * an ExamSnapshot; the score file keeps its own ExamProgress. Copied field by field, so a field
 * added to the engine's snapshot is not written until it is added to the stored shape as well
 * (and to the reader's check, store/score-schema.ts).
 */
import type { ExamSnapshot } from '../engine/exam.ts';
import type { ExamProgress } from './score-types.ts';

export function progressOf(snapshot: ExamSnapshot): ExamProgress {
  return {
    id: snapshot.id,
    startedAt: snapshot.startedAt,
    questions: [...snapshot.questions],
    orders: snapshot.orders.map((order) => [...order]),
    answers: snapshot.answers.map((answer) => (answer ? [...answer] : null)),
    flagged: [...snapshot.flagged],
    current: snapshot.current,
    remainingMs: snapshot.remainingMs,
  };
}

export function snapshotOf(progress: ExamProgress): ExamSnapshot {
  return {
    id: progress.id,
    startedAt: progress.startedAt,
    questions: progress.questions,
    orders: progress.orders,
    answers: progress.answers,
    flagged: progress.flagged,
    current: progress.current,
    remainingMs: progress.remainingMs,
  };
}
