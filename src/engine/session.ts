/**
 * A study session as a state machine, shared by both front ends: the questions in the order they
 * are asked, each shown with shuffled choices, and what happened on each answer. It grades and
 * schedules but saves nothing: the shell records each outcome (before showing it).
 *
 * Relearning happens in the session. A question answered wrong is asked again REASK_GAP questions
 * later (at the end when fewer remain), with freshly shuffled choices, until it is answered right
 * once or has been re-asked MAX_REASKS times. Each re-ask is an answer like any other: recorded,
 * and scheduled as FSRS's same-day review. A question missed in the session is due again the next
 * day at the latest, even when its re-ask went well: one right answer a minute after reading the
 * explanation says little about tomorrow.
 *
 * Undo takes back the last answer exactly: the card the session had before it, and the queue as
 * it was (a re-ask the miss had queued disappears); the question is then asked again.
 */
import type { Question } from '../bank/types.ts';
import type { CardState, Rating } from '../srs/card.ts';
import { decideRating, type RatingReason } from '../srs/rating.ts';
import { DAY_MS, dueNoLaterThan, type Scheduler } from '../srs/scheduler.ts';
import { correctPositions, grade, present, type Presented } from './grading.ts';
import type { Random } from './random.ts';

export type StudyMode = 'drill' | 'quiz' | 'review' | 'cram';

/** Re-asks of a missed question in one session, at most. */
export const MAX_REASKS = 2;
/** Other questions asked between a miss and its re-ask, when that many remain. */
export const REASK_GAP = 3;

export interface AnswerFacts {
  /** Measured at a terminal; undefined for piped input. */
  readonly elapsedMs?: number;
  readonly mark?: 'easy' | 'unsure';
  /** Display columns of what there was to read (see srs/rating.ts). */
  readonly readingColumns: number;
}

/** One question to ask: the first time in the session (attempt 0) or a re-ask (1, 2). */
export interface Turn {
  readonly presented: Presented;
  readonly attempt: number;
}

export interface Outcome {
  readonly presented: Presented;
  readonly attempt: number;
  readonly positions: readonly number[];
  readonly given: readonly number[];
  readonly correct: boolean;
  readonly correctPositions: readonly number[];
  /** Absent when the mode does not feed the scheduler (cram). */
  readonly rating?: Rating;
  readonly ratingReason?: RatingReason;
  /** The expected answer time, when timing decided or could have decided the rating. */
  readonly expectedMs?: number;
  /** The card after this answer; null when the schedule is left alone (cram). */
  readonly card: CardState | null;
  /** The card as it was before this answer (undefined: never studied), for undo. */
  readonly cardBefore: CardState | undefined;
  /** This miss queued a re-ask later in the session. */
  readonly reaskQueued: boolean;
  readonly at: number;
  readonly elapsedMs: number;
}

export interface SessionOptions {
  readonly mode: StudyMode;
  readonly questions: readonly Question[];
  readonly random: Random;
  /** null: answers are recorded but the schedule is left alone (cram). */
  readonly scheduler: Scheduler | null;
  readonly cards: Readonly<Record<string, CardState>>;
  /** false: speed never changes a rating (the `timing` setting); on unless given. */
  readonly timing?: boolean;
}

export interface SessionSummary {
  /** Questions of the session (re-asks not counted), and how many were answered at least once. */
  readonly total: number;
  readonly answered: number;
  /** Right the first time they were asked in this session. */
  readonly correct: number;
  readonly reasks: number;
  /** Every answer given, re-asks included. */
  readonly answers: number;
}

/** A question missed in this session: how it ended, and when it comes back. */
export interface MissedQuestion {
  readonly question: Question;
  readonly misses: number;
  /** A later re-ask was answered right. */
  readonly relearned: boolean;
  /** Its card now (null in cram). */
  readonly card: CardState | null;
}

export class StudySession {
  readonly mode: StudyMode;
  readonly outcomes: Outcome[] = [];
  private turns: Turn[];
  /** The queue as it was before each answer, for undo. */
  private readonly turnsBefore: Turn[][] = [];
  private readonly random: Random;
  private readonly scheduler: Scheduler | null;
  private readonly cards: Readonly<Record<string, CardState>>;
  /** Cards this session changed; a key with undefined means "no card" (an undone first answer). */
  private readonly changed = new Map<string, CardState | undefined>();
  private readonly suspended = new Set<string>();
  private readonly timing: boolean;

  constructor(options: SessionOptions) {
    this.mode = options.mode;
    this.random = options.random;
    this.turns = options.questions.map((q) => ({ presented: present(q, options.random), attempt: 0 }));
    this.scheduler = options.scheduler;
    this.cards = options.cards;
    this.timing = options.timing ?? true;
  }

  /** Position of the current turn (0-based). */
  get index(): number {
    return this.outcomes.length;
  }

  /** Turns in the session so far, re-asks included: grows when a miss queues a re-ask. */
  get total(): number {
    return this.turns.length;
  }

  get done(): boolean {
    return this.outcomes.length >= this.turns.length;
  }

  current(): Turn | undefined {
    return this.turns[this.outcomes.length];
  }

  /** The card of a question as this session has it now. */
  cardOf(id: string): CardState | undefined {
    return this.changed.has(id) ? this.changed.get(id) : this.cards[id];
  }

  /** Grade the current question and schedule it; the caller records the outcome. */
  answer(positions: readonly number[], facts: AnswerFacts, now: Date): Outcome {
    const turn = this.current();
    if (!turn) throw new Error('the session is over');
    const { presented, attempt } = turn;
    const id = presented.question.id;
    const graded = grade(presented, positions);
    const decision = this.scheduler ? decideRating({ correct: graded.correct, ...facts, timing: this.timing, reask: attempt > 0 }) : undefined;
    const cardBefore = this.cardOf(id);
    let card: CardState | null = null;
    if (this.scheduler && decision) {
      card = this.scheduler.next(cardBefore, decision.rating, now);
      // From the card's own review time: a clock set back is taken as at the last review.
      if (!graded.correct || this.missedInSession(id)) card = dueNoLaterThan(card, card.lastReview + DAY_MS);
    }
    this.turnsBefore.push(this.turns);
    this.turns = [...this.turns];
    const reaskQueued = !graded.correct && attempt < MAX_REASKS;
    if (reaskQueued) {
      const at = Math.min(this.outcomes.length + 1 + REASK_GAP, this.turns.length);
      this.turns.splice(at, 0, { presented: present(presented.question, this.random), attempt: attempt + 1 });
    }
    if (card) this.changed.set(id, card);
    const outcome: Outcome = {
      presented,
      attempt,
      positions,
      given: graded.given,
      correct: graded.correct,
      correctPositions: correctPositions(presented),
      ...(decision ? { rating: decision.rating, ratingReason: decision.reason } : {}),
      ...(decision?.expectedMs !== undefined ? { expectedMs: decision.expectedMs } : {}),
      card,
      cardBefore,
      reaskQueued,
      at: now.getTime(),
      elapsedMs: facts.elapsedMs ?? 0,
    };
    this.outcomes.push(outcome);
    return outcome;
  }

  /**
   * Take back the last answer: its card is restored as it was, a re-ask it queued is dropped, and
   * its question becomes the current one again. Undefined when nothing was answered.
   */
  undo(): Outcome | undefined {
    const last = this.outcomes.pop();
    const turns = this.turnsBefore.pop();
    if (!last || !turns) return undefined;
    const id = last.presented.question.id;
    if (last.card) this.changed.set(id, last.cardBefore);
    this.turns = this.withoutSuspended(turns);
    return last;
  }

  /**
   * Re-rate the last answer with a mark the person gave after seeing the feedback ("that was
   * easy", "I guessed"). Only a right answer can be re-rated; the card is recomputed from the card
   * before the answer, so nothing is scheduled twice.
   */
  revise(mark: 'easy' | 'unsure', facts: AnswerFacts, now: Date): Outcome {
    const last = this.outcomes.at(-1);
    if (!last) throw new Error('nothing to revise');
    if (!last.correct || !this.scheduler) return last;
    this.undo();
    return this.answer(last.positions, { ...facts, mark }, now);
  }

  /** Drop the question from the rest of the session; returns how many turns were removed. */
  suspend(id: string): number {
    this.suspended.add(id);
    const before = this.turns.length;
    this.turns = this.withoutSuspended(this.turns);
    return before - this.turns.length;
  }

  summary(): SessionSummary {
    const firsts = this.outcomes.filter((o) => o.attempt === 0);
    return {
      total: this.turns.filter((t) => t.attempt === 0).length,
      answered: firsts.length,
      correct: firsts.filter((o) => o.correct).length,
      reasks: this.outcomes.length - firsts.length,
      answers: this.outcomes.length,
    };
  }

  /** Questions missed at least once in this session, in the order they were first missed. */
  missed(): MissedQuestion[] {
    const byId = new Map<string, { question: Question; misses: number; relearned: boolean }>();
    for (const o of this.outcomes) {
      const id = o.presented.question.id;
      const entry = byId.get(id);
      if (!o.correct) {
        if (entry) entry.misses++;
        else byId.set(id, { question: o.presented.question, misses: 1, relearned: false });
      } else if (entry) entry.relearned = true;
    }
    return [...byId.values()].map((m) => ({ ...m, card: this.scheduler ? (this.cardOf(m.question.id) ?? null) : null }));
  }

  private missedInSession(id: string): boolean {
    return this.outcomes.some((o) => !o.correct && o.presented.question.id === id);
  }

  /** Turns still ahead lose the suspended questions; those already answered stay as history. */
  private withoutSuspended(turns: readonly Turn[]): Turn[] {
    const done = this.outcomes.length;
    return turns.filter((t, i) => i < done || !this.suspended.has(t.presented.question.id));
  }
}
