/**
 * A mock exam as a state machine: exam conditions, so nothing is graded until it is submitted.
 * The person answers, clears, flags and moves freely; the clock is a deadline that only `now`
 * passed in is compared with. When `expired(now)` the shell submits — answers given so far stay,
 * as on the real exam — and it checks `expired` before accepting an answer typed after the end.
 *
 * Interrupted exams are saved as a snapshot (which the score file maps to its own ExamProgress)
 * and resumed with the time that was left: the clock does not run while the program is closed.
 */
import type { Question } from '../bank/types.ts';
import { scoreExam, type AnsweredItem, type ExamScore } from './exam-score.ts';
import type { Presented } from './grading.ts';

/** The real exam's 130 minutes. */
export const EXAM_DURATION_MS = 130 * 60_000;

/** An unfinished exam, as the shell saves it (the score file maps it to its own ExamProgress). */
export interface ExamSnapshot {
  readonly id: string;
  readonly startedAt: number;
  readonly questions: readonly string[];
  readonly orders: readonly (readonly number[])[];
  readonly answers: readonly (readonly number[] | null)[];
  readonly flagged: readonly boolean[];
  readonly current: number;
  readonly remainingMs: number;
}

export interface ExamItem extends AnsweredItem {
  readonly flagged: boolean;
}

export interface ExamStart {
  readonly id: string;
  /** The questions in the order asked, each with its choices shuffled (grading.ts `present`). */
  readonly items: readonly Presented[];
  readonly durationMs: number;
  readonly startedAt: number;
}

export interface ExamResult {
  readonly id: string;
  readonly startedAt: number;
  readonly finishedAt: number;
  /** Submitted because the time ran out. */
  readonly timedOut: boolean;
  readonly questions: readonly string[];
  readonly score: ExamScore;
}

/** Resuming fails when the bank changed under the saved exam; the shell reports `problem`. */
export type ResumeOutcome = { readonly ok: true; readonly exam: MockExam } | { readonly ok: false; readonly problem: string };

interface ExamState {
  readonly id: string;
  readonly startedAt: number;
  readonly deadline: number;
  readonly items: readonly Presented[];
  readonly answers: (readonly number[] | null)[];
  readonly flags: boolean[];
  readonly current: number;
}

export class MockExam {
  readonly id: string;
  readonly startedAt: number;
  private readonly deadline: number;
  private readonly items: readonly Presented[];
  private readonly answers: (readonly number[] | null)[];
  private readonly flags: boolean[];
  private position: number;
  private submitted = false;

  private constructor(state: ExamState) {
    if (state.items.length === 0) throw new RangeError('an exam needs at least one question');
    this.id = state.id;
    this.startedAt = state.startedAt;
    this.deadline = state.deadline;
    this.items = state.items;
    this.answers = state.answers;
    this.flags = state.flags;
    this.position = state.current;
  }

  static start(start: ExamStart): MockExam {
    return new MockExam({
      id: start.id,
      startedAt: start.startedAt,
      deadline: start.startedAt + start.durationMs,
      items: start.items,
      answers: start.items.map(() => null),
      flags: start.items.map(() => false),
      current: 0,
    });
  }

  /** Rebuild a saved exam; its remaining time starts counting again from `now`. */
  static fromSnapshot(snapshot: ExamSnapshot, questionsById: ReadonlyMap<string, Question>, now: number): ResumeOutcome {
    const items: Presented[] = [];
    for (const [i, id] of snapshot.questions.entries()) {
      const question = questionsById.get(id);
      if (!question) return { ok: false, problem: `question ${id} is no longer in the bank` };
      const order = snapshot.orders[i] ?? [];
      if (!isPermutation(order, question.choices.length)) return { ok: false, problem: `question ${id} has changed its choices since the exam was saved` };
      const answer = snapshot.answers[i] ?? null;
      if (answer && !validPositions(answer, question.choices.length))
        return { ok: false, problem: `the saved answer to question ${id} does not fit its choices` };
      items.push({ question, order });
    }
    if (items.length === 0) return { ok: false, problem: 'the saved exam has no questions' };
    if (!Number.isInteger(snapshot.current) || snapshot.current < 0 || snapshot.current >= items.length) {
      return { ok: false, problem: `the saved position ${snapshot.current} is outside the exam` };
    }
    const exam = new MockExam({
      id: snapshot.id,
      startedAt: snapshot.startedAt,
      deadline: now + Math.max(0, snapshot.remainingMs),
      items,
      answers: items.map((_, i) => snapshot.answers[i] ?? null),
      flags: items.map((_, i) => snapshot.flagged[i] ?? false),
      current: snapshot.current,
    });
    return { ok: true, exam };
  }

  toSnapshot(now: number): ExamSnapshot {
    return {
      id: this.id,
      startedAt: this.startedAt,
      questions: this.items.map((p) => p.question.id),
      orders: this.items.map((p) => [...p.order]),
      answers: this.answers.map((a) => (a ? [...a] : null)),
      flagged: [...this.flags],
      current: this.position,
      remainingMs: this.remainingMs(now),
    };
  }

  get count(): number {
    return this.items.length;
  }

  get current(): number {
    return this.position;
  }

  get isSubmitted(): boolean {
    return this.submitted;
  }

  item(index: number): ExamItem {
    const presented = this.items[this.checkIndex(index)] as Presented;
    return { presented, answer: this.answers[index] ?? null, flagged: this.flags[index] ?? false };
  }

  /** Record an answer as display positions; the previous answer is replaced. Nothing is graded yet. */
  answer(index: number, positions: readonly number[]): void {
    this.checkOpen();
    const presented = this.items[this.checkIndex(index)] as Presented;
    if (!validPositions(positions, presented.order.length)) throw new RangeError(`not an answer to question ${index + 1}: [${positions.join(', ')}]`);
    this.answers[index] = [...positions];
  }

  clear(index: number): void {
    this.checkOpen();
    this.answers[this.checkIndex(index)] = null;
  }

  flag(index: number): void {
    this.checkOpen();
    this.flags[this.checkIndex(index)] = true;
  }

  unflag(index: number): void {
    this.checkOpen();
    this.flags[this.checkIndex(index)] = false;
  }

  goTo(index: number): void {
    this.checkOpen();
    this.position = this.checkIndex(index);
  }

  /** Move to the next question; false (staying put) at the last one. */
  next(): boolean {
    if (this.position >= this.items.length - 1) return false;
    this.goTo(this.position + 1);
    return true;
  }

  /** Move to the previous question; false (staying put) at the first one. */
  prev(): boolean {
    if (this.position <= 0) return false;
    this.goTo(this.position - 1);
    return true;
  }

  remainingMs(now: number): number {
    return Math.max(0, this.deadline - now);
  }

  /** True from the deadline itself on: at exactly the end there is no time left. */
  expired(now: number): boolean {
    return now >= this.deadline;
  }

  /** Indices of the questions not answered, in exam order. */
  unanswered(): number[] {
    return this.answers.flatMap((a, i) => (a === null ? [i] : []));
  }

  /** Indices of the flagged questions, in exam order. */
  flagged(): number[] {
    return this.flags.flatMap((f, i) => (f ? [i] : []));
  }

  /** End the exam and grade it; once submitted it no longer changes. */
  submit(now: number): ExamResult {
    this.checkOpen();
    this.submitted = true;
    return {
      id: this.id,
      startedAt: this.startedAt,
      finishedAt: now,
      timedOut: this.expired(now),
      questions: this.items.map((p) => p.question.id),
      score: scoreExam(this.items.map((presented, i) => ({ presented, answer: this.answers[i] ?? null }))),
    };
  }

  private checkIndex(index: number): number {
    if (!Number.isInteger(index) || index < 0 || index >= this.items.length)
      throw new RangeError(`no question ${index + 1} in an exam of ${this.items.length}`);
    return index;
  }

  private checkOpen(): void {
    if (this.submitted) throw new Error('the exam is submitted');
  }
}

function isPermutation(order: readonly number[], length: number): boolean {
  return order.length === length && new Set(order).size === length && order.every((n) => Number.isInteger(n) && n >= 0 && n < length);
}

/** Distinct, in-range display positions, at least one (an empty answer is `clear`). */
function validPositions(positions: readonly number[], length: number): boolean {
  return positions.length > 0 && new Set(positions).size === positions.length && positions.every((p) => Number.isInteger(p) && p >= 0 && p < length);
}
