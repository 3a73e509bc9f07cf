/**
 * Answers as version 2 and 3 snapshots stored them: one array per field ("columns") instead of
 * one object per answer. Question ids are stored once and referenced by index; the choices given
 * are a string of digits (choice indices < 10). An answer's id is normally derived from its time
 * and question (answerId), so only ids that are not (answers migrated from version 1) are
 * stored, in `ids`, by position. Read to move such files to version 4, and written only by the
 * checkpoint that folds a version-3 journal first (legacy/store.ts).
 */
import { MODE_CODES as MODES, RATING_CODES as RATINGS } from '../enumerations.ts';
import { isMeasure, isTime, MAX_TIME } from '../field-rules.ts';
import { answerId, type AnswerRecord } from '../score-types.ts';

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

/** Checks every column (shape, lengths, ranges) and rebuilds the records; ColumnError names the first bad value. */
export function decodeAnswers(raw: unknown): AnswerRecord[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail('answers: expected the answer columns');
  const c = raw as Record<string, unknown>;
  const list = (name: string): unknown[] => {
    const value = c[name];
    return Array.isArray(value) ? value : fail(`answers.${name}: expected a list`);
  };
  const strings = (name: string, digitsOnly = false): string[] => {
    const values = list(name);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (typeof v !== 'string' || (digitsOnly ? !/^\d*$/.test(v) : v === ''))
        fail(`answers.${name}[${i}]: expected ${digitsOnly ? 'digits' : 'a non-empty string'}`);
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
  const idsValue = c['ids'];
  if (idsValue === null || typeof idsValue !== 'object' || Array.isArray(idsValue)) fail('answers.ids: expected a map of position to id');
  for (const [position, id] of Object.entries(idsValue as object)) {
    if (!/^\d+$/.test(position) || typeof id !== 'string' || id === '') fail(`answers.ids.${position}: expected an answer position and an id`);
  }
  const ids = Object.assign(Object.create(null), idsValue) as Record<string, string>;
  const q = integers('q', 0, questions.length - 1);
  const at = list('at');
  for (let i = 0; i < at.length; i++) if (!isTime(at[i])) fail(`answers.at[${i}]: expected a whole number from 0 to ${MAX_TIME}`);
  const given = strings('given', true);
  const correct = integers('correct', 0, 1);
  const rating = integers('rating', -1, RATINGS.length - 1);
  const mode = integers('mode', 0, MODES.length - 1);
  const ms = list('ms');
  for (let i = 0; i < ms.length; i++) if (!isMeasure(ms[i])) fail(`answers.ms[${i}]: expected a duration`);
  const length = q.length;
  for (const position of Object.keys(ids)) if (Number(position) >= length) fail(`answers.ids.${position}: no such answer`);
  const columns = { at, given, correct, rating, mode, ms } as Record<string, unknown[]>;
  for (const [name, values] of Object.entries(columns)) if (values.length !== length) fail(`answers.${name}: ${values.length} entries for ${length} answers`);
  const givenLists = new Map<string, readonly number[]>();
  return q.map((qi, i) => {
    const digits = given[i] as string;
    let choices = givenLists.get(digits);
    if (!choices) {
      choices = Object.freeze(digits === '' ? [] : Array.from(digits, Number));
      givenLists.set(digits, choices);
    }
    const question = questions[qi] as string;
    const r = rating[i] as number;
    const record: AnswerRecord = {
      id: ids[i] ?? answerId(at[i] as number, question),
      q: question,
      at: at[i] as number,
      given: choices,
      correct: correct[i] === 1,
      ...(r >= 0 ? { rating: RATINGS[r] } : {}),
      mode: MODES[mode[i] as number] as AnswerRecord['mode'],
      ms: ms[i] as number,
    };
    return record;
  });
}
