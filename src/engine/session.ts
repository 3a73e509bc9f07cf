/**
 * A study session as a state machine, shared by both front ends: the questions in the order they
 * are asked, each shown with shuffled choices, and what happened on each answer. It grades and
 * schedules but saves nothing: the shell records each outcome before asking the next question.
 */
import type { Question } from '../bank/types.ts';
import type { CardState, Rating } from '../srs/card.ts';
import { rateAnswer } from '../srs/rating.ts';
import type { Scheduler } from '../srs/scheduler.ts';
import { correctPositions, grade, present, type Presented } from './grading.ts';
import type { Random } from './random.ts';

export type StudyMode = 'drill' | 'quiz' | 'review' | 'cram';

export interface AnswerFacts {
  /** Measured at a terminal; undefined for piped input. */
  readonly elapsedMs?: number;
  readonly mark?: 'easy' | 'unsure';
  /** Display columns of what there was to read (see srs/rating.ts). */
  readonly readingColumns: number;
}

export interface Outcome {
  readonly presented: Presented;
  readonly positions: readonly number[];
  readonly given: readonly number[];
  readonly correct: boolean;
  readonly correctPositions: readonly number[];
  /** Absent when the mode does not feed the scheduler (cram). */
  readonly rating?: Rating;
  readonly card: CardState | null;
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
}

export class StudySession {
  readonly mode: StudyMode;
  readonly items: readonly Presented[];
  readonly outcomes: Outcome[] = [];
  private readonly scheduler: Scheduler | null;
  private readonly cards: Readonly<Record<string, CardState>>;

  constructor(options: SessionOptions) {
    this.mode = options.mode;
    this.items = options.questions.map((q) => present(q, options.random));
    this.scheduler = options.scheduler;
    this.cards = options.cards;
  }

  get index(): number {
    return this.outcomes.length;
  }

  get done(): boolean {
    return this.outcomes.length >= this.items.length;
  }

  current(): Presented | undefined {
    return this.items[this.outcomes.length];
  }

  /** Grade the current question and schedule it; the caller records the outcome. */
  answer(positions: readonly number[], facts: AnswerFacts, now: Date): Outcome {
    const presented = this.current();
    if (!presented) throw new Error('the session is over');
    const graded = grade(presented, positions);
    const rating = this.scheduler ? rateAnswer({ correct: graded.correct, ...facts }) : undefined;
    const card = this.scheduler && rating ? this.scheduler.next(this.cards[presented.question.id], rating, now) : null;
    const outcome: Outcome = {
      presented,
      positions,
      given: graded.given,
      correct: graded.correct,
      correctPositions: correctPositions(presented),
      ...(rating ? { rating } : {}),
      card,
      at: now.getTime(),
      elapsedMs: facts.elapsedMs ?? 0,
    };
    this.outcomes.push(outcome);
    return outcome;
  }

  /**
   * Re-rate the last answer with a mark the person gave after seeing the feedback ("that was
   * easy", "I guessed"). Only a right answer can be re-rated; the card is recomputed from the card
   * before the answer, so nothing is scheduled twice.
   */
  revise(mark: 'easy' | 'unsure', facts: AnswerFacts, now: Date): Outcome {
    const last = this.outcomes.pop();
    if (!last) throw new Error('nothing to revise');
    if (!last.correct || !this.scheduler) {
      this.outcomes.push(last);
      return last;
    }
    return this.answer(last.positions, { ...facts, mark }, now);
  }

  summary(): { answered: number; correct: number; total: number } {
    return { answered: this.outcomes.length, correct: this.outcomes.filter((o) => o.correct).length, total: this.items.length };
  }
}
