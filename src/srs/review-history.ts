/**
 * A person's answers as the FSRS optimizer reads them. Each question's scheduled answers, oldest
 * first, are a sequence of reviews: a rating (1 again … 4 easy) and the days since the question's
 * previous review (0 for the first answer and for a re-ask the same day). A training example is a
 * review on a later day than the one before it, with the question's whole history up to it: FSRS
 * predicts its outcome (right or wrong) from that history, and the optimizer fits the parameters
 * that predict those outcomes best. Same-day reviews (the session's re-asks of a miss) stay in the
 * history, where FSRS-6's short-term model reads them, but are never predicted themselves — as in
 * Anki and in fsrs-rs's own conversion.
 *
 * Days are counted as the scheduler counts them (ts-fsrs: UTC calendar days between two reviews),
 * so the fitted model sees the intervals it will be asked about. Cram answers have no rating and
 * never fed the scheduler: they are left out, as are answers taken back with undo (they are no
 * longer in the history).
 */
import type { Rating } from './card.ts';
import { DAY_MS } from './scheduler.ts';

export interface Review {
  /** 1 again, 2 hard, 3 good, 4 easy. */
  readonly rating: 1 | 2 | 3 | 4;
  /** Days since the question's previous review; 0 for its first one. */
  readonly deltaT: number;
}

/** One training example: a question's reviews up to and including a review on a later day. */
export interface ReviewItem {
  readonly reviews: readonly Review[];
  /** When the last review (the one predicted) was given, epoch ms: the split is by this time. */
  readonly at: number;
}

const GRADE: Record<Rating, Review['rating']> = { again: 1, hard: 2, good: 3, easy: 4 };

interface ScheduledAnswer {
  readonly q: string;
  readonly at: number;
  readonly rating?: Rating | string | undefined;
}

function isRating(value: unknown): value is Rating {
  return value === 'again' || value === 'hard' || value === 'good' || value === 'easy';
}

/** The training examples of a history, oldest predicted review first. */
export function reviewItems(answers: readonly ScheduledAnswer[]): ReviewItem[] {
  const byQuestion = new Map<string, ScheduledAnswer[]>();
  for (const answer of answers) {
    if (!isRating(answer.rating)) continue;
    let list = byQuestion.get(answer.q);
    if (!list) {
      list = [];
      byQuestion.set(answer.q, list);
    }
    list.push(answer);
  }
  const items: ReviewItem[] = [];
  for (const list of byQuestion.values()) {
    // Stable: answers at the same time keep the order they were saved in.
    list.sort((a, b) => a.at - b.at);
    const reviews: Review[] = [];
    let previousDay: number | undefined;
    for (const answer of list) {
      const day = Math.floor(answer.at / DAY_MS);
      const deltaT = previousDay === undefined ? 0 : day - previousDay;
      previousDay = day;
      reviews.push({ rating: GRADE[answer.rating as Rating], deltaT });
      if (reviews.length > 1 && deltaT > 0) items.push({ reviews: [...reviews], at: answer.at });
    }
  }
  return items.sort((a, b) => a.at - b.at);
}

/** Share of the history, its newest part, kept out of fitting to judge the fit on. */
const HELD_OUT_SHARE = 0.2;

/**
 * The history split by time: the parameters are fitted on the older part and judged on the newer
 * one, the way they will be used — fitted on the past, predicting what comes next.
 */
export function splitByTime(items: readonly ReviewItem[], heldOut = HELD_OUT_SHARE): { train: ReviewItem[]; test: ReviewItem[] } {
  const cut = items.length - Math.max(1, Math.round(items.length * heldOut));
  return { train: items.slice(0, cut), test: items.slice(cut) };
}
