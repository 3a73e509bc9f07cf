/**
 * Answers as the snapshot stores them: one array per field ("columns") instead of one object per
 * answer. A heavy user has 100,000 answers; as objects that is ~14 MB of JSON that takes ~120 ms
 * to parse, as columns ~5 MB and ~30 ms (measured; see npm run bench). Question ids are stored
 * once and referenced by index; the choices given are a string of digits (choice indices < 10).
 * An answer's id is normally derived from its time and question (answerId), so only ids that are
 * not (answers migrated from version 1) are stored, in `ids`, by position.
 */
import type { Rating } from '../srs/card.ts';
import type { AnswerView } from '../srs/answer-view.ts';
import { MODE_CODES as MODES, RATING_CODES as RATINGS } from './enumerations.ts';
import { isMeasure, isTime, MAX_TIME } from './field-rules.ts';
import { answerId, type AnswerRecord } from './score-types.ts';

export interface AnswerColumns {
  readonly questions: string[];
  /** Ids that differ from answerId(at, q), by answer position. */
  readonly ids: Record<string, string>;
  /** Index into `questions`. */
  readonly q: number[];
  readonly at: number[];
  readonly given: string[];
  readonly correct: number[];
  /** Index into RATINGS, or -1 for an answer that did not feed the scheduler. */
  readonly rating: number[];
  readonly mode: number[];
  readonly ms: number[];
}

export function encodeAnswers(answers: readonly AnswerRecord[]): AnswerColumns {
  const questionIndex = new Map<string, number>();
  const columns: AnswerColumns = { questions: [], ids: {}, q: [], at: [], given: [], correct: [], rating: [], mode: [], ms: [] };
  for (const answer of answers) {
    let q = questionIndex.get(answer.q);
    if (q === undefined) {
      q = columns.questions.length;
      questionIndex.set(answer.q, q);
      columns.questions.push(answer.q);
    }
    if (answer.id !== answerId(answer.at, answer.q)) columns.ids[columns.q.length] = answer.id;
    columns.q.push(q);
    columns.at.push(answer.at);
    columns.given.push(answer.given.join(''));
    columns.correct.push(answer.correct ? 1 : 0);
    columns.rating.push(answer.rating ? RATINGS.indexOf(answer.rating) : -1);
    columns.mode.push(MODES.indexOf(answer.mode));
    columns.ms.push(answer.ms);
  }
  return columns;
}

export class ColumnError extends Error {}

const fail = (message: string): never => {
  throw new ColumnError(message);
};

/**
 * The answer columns, checked, in memory. Serves field reads without building records (the
 * AnswerView of the engine), rebuilds records on demand, and takes appended answers (the journal).
 */
export class AnswerTable implements AnswerView {
  private readonly questionIndex = new Map<string, number>();
  /** Few distinct choice strings exist ("2", "03", ...): each is parsed once and the list shared. */
  private readonly givenLists = new Map<string, readonly number[]>();
  private constructor(private readonly c: AnswerColumns) {
    c.questions.forEach((q, i) => {
      this.questionIndex.set(q, i);
    });
  }

  /** Checks every column (shape, lengths, ranges); throws ColumnError naming the first bad value. */
  static from(raw: unknown): AnswerTable {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail('answers: expected the answer columns');
    const c = raw as Record<string, unknown>;
    // One plain loop a column: this runs over every answer on every start of `stats`.
    const list = (name: string): unknown[] => {
      const value = c[name];
      return Array.isArray(value) ? value : fail(`answers.${name}: expected a list`);
    };
    const strings = (name: string, digitsOnly = false): string[] => {
      const values = list(name);
      // Few distinct choice strings exist ("2", "03", ...): each is tested once, not 100,000 times.
      const digitStrings = new Set<string>();
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (typeof v === 'string' && digitStrings.has(v)) continue;
        if (typeof v !== 'string' || (digitsOnly ? !/^\d*$/.test(v) : v === ''))
          fail(`answers.${name}[${i}]: expected ${digitsOnly ? 'digits' : 'a non-empty string'}`);
        if (digitsOnly) digitStrings.add(v as string);
      }
      return values as string[];
    };
    const integers = (name: string, min: number, max: number): number[] => {
      const values = list(name);
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) fail(`answers.${name}[${i}]: expected a whole number from ${min} to ${max}`);
      }
      return values as number[];
    };
    const questions = strings('questions');
    const columns: AnswerColumns = {
      questions,
      ids: (() => {
        const value = c['ids'];
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('answers.ids: expected a map of position to id');
        for (const [position, id] of Object.entries(value)) {
          if (!/^\d+$/.test(position) || typeof id !== 'string' || id === '') fail(`answers.ids.${position}: expected an answer position and an id`);
        }
        return Object.assign(Object.create(null), value) as Record<string, string>;
      })(),
      q: integers('q', 0, questions.length - 1),
      at: (() => {
        const values = list('at');
        for (let i = 0; i < values.length; i++) if (!isTime(values[i])) fail(`answers.at[${i}]: expected a whole number from 0 to ${MAX_TIME}`);
        return values as number[];
      })(),
      given: strings('given', true),
      correct: integers('correct', 0, 1),
      rating: integers('rating', -1, RATINGS.length - 1),
      mode: integers('mode', 0, MODES.length - 1),
      ms: (() => {
        const values = list('ms');
        for (let i = 0; i < values.length; i++) {
          const v = values[i];
          if (!isMeasure(v)) fail(`answers.ms[${i}]: expected a duration`);
        }
        return values as number[];
      })(),
    };
    const length = columns.q.length;
    for (const position of Object.keys(columns.ids)) if (Number(position) >= length) fail(`answers.ids.${position}: no such answer`);
    for (const name of ['at', 'given', 'correct', 'rating', 'mode', 'ms'] as const) {
      if (columns[name].length !== length) fail(`answers.${name}: ${columns[name].length} entries for ${length} answers`);
    }
    return new AnswerTable(columns);
  }

  get length(): number {
    return this.c.q.length;
  }
  id(i: number): string {
    return this.c.ids[i] ?? answerId(this.at(i), this.q(i));
  }
  get questionIds(): readonly string[] {
    return this.c.questions;
  }
  key(i: number): number {
    return this.c.q[i] ?? -1;
  }
  q(i: number): string {
    return this.c.questions[this.c.q[i] ?? -1] ?? '';
  }
  at(i: number): number {
    return this.c.at[i] ?? 0;
  }
  correct(i: number): boolean {
    return this.c.correct[i] === 1;
  }
  rated(i: number): boolean {
    return (this.c.rating[i] ?? -1) >= 0;
  }
  given(i: number): readonly number[] {
    return parseGiven(this.givenLists, this.c.given[i] ?? '');
  }

  /** Ids of the answers at or after `at` (answers are kept in time order). */
  idsSince(at: number): Set<string> {
    const ids = new Set<string>();
    for (let i = this.c.at.length - 1; i >= 0 && (this.c.at[i] ?? 0) >= at; i--) ids.add(this.id(i));
    return ids;
  }

  /** Gives the answer `id` a new rating (a mark after the feedback); searches from the newest. */
  setRating(id: string, rating: Rating): void {
    for (let i = this.c.q.length - 1; i >= 0; i--) {
      if (this.id(i) !== id) continue;
      this.c.rating[i] = RATINGS.indexOf(rating);
      return;
    }
  }

  push(answer: AnswerRecord): void {
    let q = this.questionIndex.get(answer.q);
    if (q === undefined) {
      q = this.c.questions.length;
      this.questionIndex.set(answer.q, q);
      this.c.questions.push(answer.q);
    }
    if (answer.id !== answerId(answer.at, answer.q)) this.c.ids[this.c.q.length] = answer.id;
    this.c.q.push(q);
    this.c.at.push(answer.at);
    this.c.given.push(answer.given.join(''));
    this.c.correct.push(answer.correct ? 1 : 0);
    this.c.rating.push(answer.rating ? RATINGS.indexOf(answer.rating) : -1);
    this.c.mode.push(MODES.indexOf(answer.mode));
    this.c.ms.push(answer.ms);
  }

  records(): AnswerRecord[] {
    const { c } = this;
    const length = c.q.length;
    const answers = new Array<AnswerRecord>(length);
    for (let i = 0; i < length; i++) {
      const r = c.rating[i] as number;
      const list = parseGiven(this.givenLists, c.given[i] as string);
      // One object shape for every record (rating may be undefined) keeps this loop fast.
      answers[i] = {
        id: c.ids[i] ?? answerId(c.at[i] as number, c.questions[c.q[i] as number] as string),
        q: c.questions[c.q[i] as number] as string,
        at: c.at[i] as number,
        given: list,
        correct: c.correct[i] === 1,
        rating: r >= 0 ? RATINGS[r] : undefined,
        mode: MODES[c.mode[i] as number] as AnswerRecord['mode'],
        ms: c.ms[i] as number,
      };
    }
    return answers;
  }
}

function parseGiven(cache: Map<string, readonly number[]>, digits: string): readonly number[] {
  let list = cache.get(digits);
  if (!list) {
    list = Object.freeze(digits === '' ? [] : Array.from(digits, Number));
    cache.set(digits, list);
  }
  return list;
}

/** Checks the columns and rebuilds the answer records. */
export function decodeAnswers(raw: unknown): AnswerRecord[] {
  return AnswerTable.from(raw).records();
}
