/**
 * The checks every stored shape is made of, shared by the journal, the state, the history summary
 * and the files of earlier versions, and applied on the way out as on the way in (see
 * field-rules.ts). Hand-written rather than zod because they sit on the path of `due`, which shell
 * prompts call: importing zod alone would cost more than the whole command may.
 */
import { isDateText } from '../engine/clock.ts';
import { PARAMETER_COUNT } from '../srs/parameters.ts';
import { CARD_STATES } from './enumerations.ts';
import { isChoiceIndex, isCount, isMeasure, isTime } from './field-rules.ts';
import { SETTING_KEYS } from './score-types.ts';

/** A value that is not what the reader expects; the message names where and what. */
export class ShapeError extends Error {}

export type Path = string;
export const fail = (path: Path, expected: string): never => {
  throw new ShapeError(`${path || 'top level'}: expected ${expected}`);
};

export function object(value: unknown, path: Path): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(path, 'an object');
  return value as Record<string, unknown>;
}
export function array(value: unknown, path: Path): unknown[] {
  if (!Array.isArray(value)) fail(path, 'a list');
  return value as unknown[];
}
export function num(value: unknown, path: Path): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'a number');
  return value as number;
}
export function measure(value: unknown, path: Path): number {
  if (!isMeasure(value)) fail(path, 'a number ≥ 0');
  return value as number;
}
export function count(value: unknown, path: Path): number {
  if (!isCount(value)) fail(path, 'a whole number ≥ 0');
  return value as number;
}
export function time(value: unknown, path: Path): number {
  if (!isTime(value)) fail(path, 'a time (whole milliseconds since 1970)');
  return value as number;
}
export function choiceIndex(value: unknown, path: Path): number {
  if (!isChoiceIndex(value)) fail(path, 'a choice index from 0 to 9');
  return value as number;
}
export function str(value: unknown, path: Path): string {
  if (typeof value !== 'string' || value === '') fail(path, 'a non-empty string');
  return value as string;
}
export function bool(value: unknown, path: Path): boolean {
  if (typeof value !== 'boolean') fail(path, 'true or false');
  return value as boolean;
}
export function oneOf<T extends string>(value: unknown, path: Path, options: readonly T[]): T {
  if (!options.includes(value as T)) fail(path, `one of ${options.join(', ')}`);
  return value as T;
}
/** A list of non-empty strings (question ids). */
export function ids(value: unknown, path: Path): string[] {
  return array(value, path).map((q, i) => str(q, `${path}[${i}]`));
}

export function card(value: unknown, path: Path): void {
  const c = object(value, path);
  time(c['due'], `${path}.due`);
  measure(c['stability'], `${path}.stability`);
  num(c['difficulty'], `${path}.difficulty`);
  measure(c['scheduledDays'], `${path}.scheduledDays`);
  count(c['learningSteps'], `${path}.learningSteps`);
  count(c['reps'], `${path}.reps`);
  count(c['lapses'], `${path}.lapses`);
  oneOf(c['state'], `${path}.state`, CARD_STATES);
  time(c['lastReview'], `${path}.lastReview`);
}

/** The rules of `card`, as one test that builds no path: the check for every card of a file. */
function isCard(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const c = value as Record<string, unknown>;
  return (
    isTime(c['due']) &&
    isMeasure(c['stability']) &&
    typeof c['difficulty'] === 'number' &&
    Number.isFinite(c['difficulty']) &&
    isMeasure(c['scheduledDays']) &&
    isCount(c['learningSteps']) &&
    isCount(c['reps']) &&
    isCount(c['lapses']) &&
    CARD_STATES.includes(c['state'] as (typeof CARD_STATES)[number]) &&
    isTime(c['lastReview'])
  );
}

/** A map of question id → card; a card that fails is checked again field by field to name the field. */
export function cards(value: unknown, path: Path): void {
  const map = object(value, path);
  // for...in, not Object.entries: no pair array made per card (a map parsed from JSON inherits nothing enumerable).
  for (const id in map) if (!isCard(map[id])) card(map[id], `${path}.${id}`);
}

export function settings(value: unknown, path: Path): void {
  const s = object(value, path);
  const retention = num(s['requestRetention'], `${path}.requestRetention`);
  if (!(retention > 0.5 && retention < 1)) fail(`${path}.requestRetention`, 'a number between 0.5 and 1');
  count(s['newPerDay'], `${path}.newPerDay`);
  if (s['examDate'] !== undefined && !isDateText(str(s['examDate'], `${path}.examDate`))) fail(`${path}.examDate`, 'a date YYYY-MM-DD');
  if (s['dayStart'] !== undefined && count(s['dayStart'], `${path}.dayStart`) > 23) fail(`${path}.dayStart`, 'an hour from 0 to 23');
  if (s['timing'] !== undefined) bool(s['timing'], `${path}.timing`);
  if (s['drillLimit'] !== undefined && count(s['drillLimit'], `${path}.drillLimit`) < 1) fail(`${path}.drillLimit`, 'a whole number ≥ 1');
  if (s['fsrsParameters'] !== undefined) {
    const parameters = array(s['fsrsParameters'], `${path}.fsrsParameters`);
    if (parameters.length !== PARAMETER_COUNT) fail(`${path}.fsrsParameters`, `${PARAMETER_COUNT} numbers (FSRS-6's w0–w20)`);
    parameters.forEach((w, i) => {
      num(w, `${path}.fsrsParameters[${i}]`);
    });
  }
  if (s['changedAt'] !== undefined)
    for (const [key, at] of Object.entries(object(s['changedAt'], `${path}.changedAt`))) {
      oneOf(key, `${path}.changedAt`, SETTING_KEYS);
      time(at, `${path}.changedAt.${key}`);
    }
}

export function exam(value: unknown, path: Path): void {
  const e = object(value, path);
  str(e['id'], `${path}.id`);
  time(e['startedAt'], `${path}.startedAt`);
  time(e['finishedAt'], `${path}.finishedAt`);
  ids(e['questions'], `${path}.questions`);
  count(e['correct'], `${path}.correct`);
  count(e['total'], `${path}.total`);
  num(e['scaled'], `${path}.scaled`);
  bool(e['passed'], `${path}.passed`);
  for (const [key, d] of Object.entries(object(e['byDomain'], `${path}.byDomain`))) {
    const domain = object(d, `${path}.byDomain.${key}`);
    count(domain['correct'], `${path}.byDomain.${key}.correct`);
    count(domain['total'], `${path}.byDomain.${key}.total`);
  }
}

export function progress(value: unknown, path: Path, nullable = true): void {
  if (value === null && nullable) return;
  const p = object(value, path);
  str(p['id'], `${path}.id`);
  time(p['startedAt'], `${path}.startedAt`);
  const questions = ids(p['questions'], `${path}.questions`);
  const lists = (key: string, each: (v: unknown, at: Path) => void) => {
    const list = array(p[key], `${path}.${key}`);
    if (list.length !== questions.length) fail(`${path}.${key}`, `${questions.length} entries, one per question`);
    list.forEach((v, i) => {
      each(v, `${path}.${key}[${i}]`);
    });
  };
  lists('orders', (v, at) =>
    array(v, at).forEach((n, j) => {
      choiceIndex(n, `${at}[${j}]`);
    }),
  );
  lists(
    'answers',
    (v, at) =>
      v === null ||
      array(v, at).forEach((n, j) => {
        choiceIndex(n, `${at}[${j}]`);
      }),
  );
  lists('flagged', (v, at) => bool(v, at));
  count(p['current'], `${path}.current`);
  measure(p['remainingMs'], `${path}.remainingMs`);
}
