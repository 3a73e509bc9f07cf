/**
 * Is `readiness` honest? For each mock exam taken, the estimate readiness would have given just
 * before the exam started — the cards rebuilt from the answers given until then, recall predicted
 * for that moment — beside the exam's raw score. The estimate is the expected fraction right on an
 * exam drawn by the blueprint (engine/readiness.ts), so it compares with the raw percent, not with
 * the scaled score, whose mapping is itself an estimate.
 */
import type { Question } from '../bank/types.ts';
import type { Rating } from '../srs/card.ts';
import type { Scheduler } from '../srs/scheduler.ts';
import type { StudyClock } from './clock.ts';
import { assessReadiness, type PlanLimits } from './readiness.ts';
import { CardReplay } from './replay.ts';

export interface PastExam {
  readonly id: string;
  readonly startedAt: number;
  readonly correct: number;
  readonly total: number;
}

export interface PastPrediction {
  readonly examId: string;
  readonly startedAt: number;
  /** What readiness would have estimated (fraction right, 0–1). */
  readonly predicted: number;
  /** The exam's raw score (fraction right, 0–1). */
  readonly actual: number;
  /** predicted − actual: positive when readiness was too hopeful. */
  readonly error: number;
}

export interface PredictionCheck {
  readonly exams: readonly PastPrediction[];
  /** Mean of the errors (the bias) and of their sizes; null without exams. */
  readonly meanError: number | null;
  readonly meanAbsoluteError: number | null;
}

export interface PredictionCheckInput {
  readonly questions: readonly Question[];
  readonly answers: readonly { readonly q: string; readonly at: number; readonly correct: boolean; readonly rating?: Rating | undefined }[];
  readonly exams: readonly PastExam[];
  /** The scheduler of the person's current parameters: recall is predicted as readiness predicts it today. */
  readonly scheduler: Pick<Scheduler, 'next' | 'recall'>;
  readonly day: Omit<StudyClock, 'now'>;
  readonly targetRetention: number;
  readonly limits: PlanLimits;
}

export function checkPredictions(input: PredictionCheckInput): PredictionCheck {
  const replay = new CardReplay(input.answers, input.scheduler, input.day);
  const exams = [...input.exams]
    .filter((e) => e.total > 0)
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((exam): PastPrediction => {
      const cards = replay.until(exam.startedAt);
      const { expectedFraction } = assessReadiness({
        questions: input.questions,
        cards,
        scheduler: input.scheduler,
        now: exam.startedAt,
        examDate: exam.startedAt,
        targetRetention: input.targetRetention,
        limits: input.limits,
      });
      const actual = exam.correct / exam.total;
      return { examId: exam.id, startedAt: exam.startedAt, predicted: expectedFraction, actual, error: expectedFraction - actual };
    });
  const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length);
  return { exams, meanError: mean(exams.map((e) => e.error)), meanAbsoluteError: mean(exams.map((e) => Math.abs(e.error))) };
}
