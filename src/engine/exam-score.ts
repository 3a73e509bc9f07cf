/**
 * Scoring a mock exam: all-or-nothing grading, the raw score, each domain's share, and an
 * ESTIMATED scaled score on AWS's 100–1000 scale.
 *
 * How raw maps to scaled — an assumption, not AWS's method. AWS reports a scaled score (100–1000,
 * pass at 720) and does not publish how raw answers convert; the conversion is equated per exam
 * form, and unscored questions do not count. We assume that answering 72 % right is just enough to
 * pass, and map the fraction right piecewise-linearly through three anchors:
 *
 *     0 % → 100        72 % → 720        100 % → 1000
 *
 * i.e. 100 + 620 · f / 0.72 below the pass mark and 720 + 280 · (f − 0.72) / 0.28 above it.
 * The result is rounded down, so the estimate never shows a pass the raw score did not reach
 * (on 65 questions: 46 right → 709, fail; 47 right → 723, pass).
 */
import { DOMAINS } from '../bank/course.ts';
import type { Domain } from '../bank/types.ts';
import { correctPositions, grade, type Presented } from './grading.ts';

const MIN_SCALED = 100;
const MAX_SCALED = 1000;
export const PASS_SCALED = 720;
/** Assumed fraction of right answers that scales to exactly 720 (see the note above). */
const ASSUMED_PASS_FRACTION = 0.72;

/** Guards the rounding down against float noise (e.g. 719.9999999 for an exact 720). */
const EPSILON = 1e-9;

/** Estimated scaled score (100–1000, whole number) for a fraction of right answers (0–1). */
export function scaledScore(fraction: number): number {
  const f = Math.min(1, Math.max(0, fraction));
  const p = ASSUMED_PASS_FRACTION;
  const exact = f <= p ? MIN_SCALED + ((PASS_SCALED - MIN_SCALED) * f) / p : PASS_SCALED + ((MAX_SCALED - PASS_SCALED) * (f - p)) / (1 - p);
  return Math.floor(exact + EPSILON);
}

/** A question as it stood when the exam ended: its displayed order and the answer, if any. */
export interface AnsweredItem {
  readonly presented: Presented;
  /** Display positions chosen; null when left unanswered. */
  readonly answer: readonly number[] | null;
}

export interface QuestionResult {
  readonly presented: Presented;
  /** Display positions chosen; null when left unanswered (which counts as wrong). */
  readonly positions: readonly number[] | null;
  /** The answer as bank choice indices (empty when unanswered), as the score file records it. */
  readonly given: readonly number[];
  readonly correct: boolean;
  readonly correctPositions: readonly number[];
}

export interface DomainScore {
  readonly correct: number;
  readonly total: number;
}

export interface ExamScore {
  readonly correct: number;
  readonly total: number;
  readonly scaled: number;
  readonly passed: boolean;
  /** Every domain, those without questions at 0/0. */
  readonly byDomain: Readonly<Record<Domain, DomainScore>>;
  /** Every question in exam order. */
  readonly results: readonly QuestionResult[];
  /** The wrong and unanswered questions, in exam order, to walk through with their explanations. */
  readonly missed: readonly QuestionResult[];
}

export function scoreExam(items: readonly AnsweredItem[]): ExamScore {
  const results = items.map(({ presented, answer }): QuestionResult => {
    const graded = answer ? grade(presented, answer) : { correct: false, given: [] };
    return { presented, positions: answer, given: graded.given, correct: graded.correct, correctPositions: correctPositions(presented) };
  });
  const tally = new Map<Domain, { correct: number; total: number }>(DOMAINS.map((d) => [d.number, { correct: 0, total: 0 }]));
  for (const result of results) {
    const domain = tally.get(result.presented.question.domain);
    if (!domain) continue;
    domain.total++;
    if (result.correct) domain.correct++;
  }
  const correct = results.filter((r) => r.correct).length;
  const total = results.length;
  const scaled = scaledScore(total > 0 ? correct / total : 0);
  return {
    correct,
    total,
    scaled,
    passed: scaled >= PASS_SCALED,
    byDomain: Object.fromEntries(tally) as Record<Domain, DomainScore>,
    results,
    missed: results.filter((r) => !r.correct),
  };
}
