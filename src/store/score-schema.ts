/**
 * Checking the score file on the way in: JSON → migrations → shape check. A file written by a
 * newer program is refused (never "upgraded" down); one that fails the check is reported, not
 * repaired. The check is hand-written rather than zod because it sits on the path of `due`, which
 * shell prompts call: importing zod alone would cost more than the whole command may (issue budget).
 */
import { QuizError } from '../errors.ts';
import { AnswerTable, ColumnError } from './answer-columns.ts';
import { isDateText } from '../engine/clock.ts';
import { CARD_STATES, MODE_CODES, RATING_CODES } from './enumerations.ts';
import { isChoiceIndex, isCount, isMeasure, isTime } from './field-rules.ts';
import { migrate } from './migrations.ts';
import { PARAMETER_COUNT } from '../srs/scheduler.ts';
import { SCHEMA_VERSION, SETTING_KEYS, type JournalEntry, type ScoreData } from './score-types.ts';

class ShapeError extends Error {}

type Path = string;
const fail = (path: Path, expected: string): never => {
  throw new ShapeError(`${path || 'top level'}: expected ${expected}`);
};

function object(value: unknown, path: Path): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(path, 'an object');
  return value as Record<string, unknown>;
}
function array(value: unknown, path: Path): unknown[] {
  if (!Array.isArray(value)) fail(path, 'a list');
  return value as unknown[];
}
function num(value: unknown, path: Path): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'a number');
  return value as number;
}
function measure(value: unknown, path: Path): number {
  if (!isMeasure(value)) fail(path, 'a number ≥ 0');
  return value as number;
}
function count(value: unknown, path: Path): number {
  if (!isCount(value)) fail(path, 'a whole number ≥ 0');
  return value as number;
}
function time(value: unknown, path: Path): number {
  if (!isTime(value)) fail(path, 'a time (whole milliseconds since 1970)');
  return value as number;
}
function choiceIndex(value: unknown, path: Path): number {
  if (!isChoiceIndex(value)) fail(path, 'a choice index from 0 to 9');
  return value as number;
}
function str(value: unknown, path: Path): string {
  if (typeof value !== 'string' || value === '') fail(path, 'a non-empty string');
  return value as string;
}
function bool(value: unknown, path: Path): boolean {
  if (typeof value !== 'boolean') fail(path, 'true or false');
  return value as boolean;
}
function oneOf<T extends string>(value: unknown, path: Path, options: readonly T[]): T {
  if (!options.includes(value as T)) fail(path, `one of ${options.join(', ')}`);
  return value as T;
}

function card(value: unknown, path: Path): void {
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

function answer(value: unknown, path: Path): void {
  const a = object(value, path);
  str(a['id'], `${path}.id`);
  str(a['q'], `${path}.q`);
  time(a['at'], `${path}.at`);
  array(a['given'], `${path}.given`).forEach((g, i) => {
    choiceIndex(g, `${path}.given[${i}]`);
  });
  bool(a['correct'], `${path}.correct`);
  if (a['rating'] !== undefined) oneOf(a['rating'], `${path}.rating`, RATING_CODES);
  oneOf(a['mode'], `${path}.mode`, MODE_CODES);
  measure(a['ms'], `${path}.ms`);
}

function settings(value: unknown, path: Path): void {
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

/** Question id → time, in a map without a prototype (the ids come from files). */
function times(value: unknown, path: Path): Record<string, number> {
  const map = Object.create(null) as Record<string, number>;
  for (const [q, at] of Object.entries(object(value, path))) map[q] = time(at, `${path}.${q}`);
  return map;
}

function exam(value: unknown, path: Path): void {
  const e = object(value, path);
  str(e['id'], `${path}.id`);
  time(e['startedAt'], `${path}.startedAt`);
  time(e['finishedAt'], `${path}.finishedAt`);
  array(e['questions'], `${path}.questions`).forEach((q, i) => {
    str(q, `${path}.questions[${i}]`);
  });
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

function progress(value: unknown, path: Path, nullable = true): void {
  if (value === null && nullable) return;
  const p = object(value, path);
  str(p['id'], `${path}.id`);
  time(p['startedAt'], `${path}.startedAt`);
  const questions = array(p['questions'], `${path}.questions`);
  questions.forEach((q, i) => {
    str(q, `${path}.questions[${i}]`);
  });
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

/** Checks the snapshot's shape; the answers come back as their checked columns. */
function toSnapshot(value: unknown): Snapshot {
  const d = object(value, '');
  if (d['schemaVersion'] !== SCHEMA_VERSION) fail('schemaVersion', String(SCHEMA_VERSION));
  time(d['createdAt'], 'createdAt');
  settings(d['settings'], 'settings');
  for (const [id, c] of Object.entries(object(d['cards'], 'cards'))) card(c, `cards.${id}`);
  const table = AnswerTable.from(d['answers']);
  array(d['exams'], 'exams').forEach((e, i) => {
    exam(e, `exams[${i}]`);
  });
  array(d['pausedExams'], 'pausedExams').forEach((p, i) => {
    progress(p, `pausedExams[${i}]`, false);
  });
  // Absent in files written before suspending existed: none suspended.
  const suspended = d['suspended'] === undefined ? [] : array(d['suspended'], 'suspended').map((q, i) => str(q, `suspended[${i}]`));
  const suspendedAt = d['suspendedAt'] === undefined ? (Object.create(null) as Record<string, number>) : times(d['suspendedAt'], 'suspendedAt');
  const data = { ...(d as unknown as ScoreData), answers: [], suspended, suspendedAt };
  // A null-prototype map: question ids come from files and must never reach Object.prototype.
  data.cards = Object.assign(Object.create(null) as ScoreData['cards'], data.cards);
  return { data, table };
}

/** The snapshot with its answers still in columns: `data.answers` is empty, `table` holds them. */
export interface Snapshot {
  readonly data: ScoreData;
  readonly table: AnswerTable;
}

function journalEntry(value: unknown): void {
  const e = object(value, '');
  const kind = oneOf(e['k'], 'k', ['answer', 'settings', 'exam', 'exam-progress', 'exam-discard', 'rerate', 'undo', 'suspend', 'card'] as const);
  if (kind === 'undo') {
    str(e['id'], 'id');
    str(e['q'], 'q');
    time(e['at'], 'at');
    if (e['card'] !== undefined && e['card'] !== null) card(e['card'], 'card');
  } else if (kind === 'suspend') {
    array(e['q'], 'q').forEach((q, i) => {
      str(q, `q[${i}]`);
    });
    bool(e['suspended'], 'suspended');
    if (e['at'] !== undefined) time(e['at'], 'at');
  } else if (kind === 'rerate') {
    str(e['id'], 'id');
    str(e['q'], 'q');
    oneOf(e['rating'], 'rating', RATING_CODES);
    if (e['card'] !== null) card(e['card'], 'card');
  } else if (kind === 'answer') {
    answer(e['answer'], 'answer');
    if (e['card'] !== null) card(e['card'], 'card');
  } else if (kind === 'card') {
    str(e['q'], 'q');
    card(e['card'], 'card');
  } else if (kind === 'settings') settings(e['settings'], 'settings');
  else if (kind === 'exam') exam(e['exam'], 'exam');
  else if (kind === 'exam-discard') str(e['id'], 'id');
  else progress(e['progress'], 'progress');
}

/** Parsed JSON of the snapshot → current-version snapshot. Throws STORE_* errors naming `file`. */
export function checkSnapshot(raw: unknown, file: string): Snapshot {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new QuizError('STORE_CORRUPT', `${file} is not a score file (expected a JSON object)`);
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new QuizError('STORE_CORRUPT', `${file} is not a score file (no valid schemaVersion)`);
  }
  if (version > SCHEMA_VERSION) {
    throw new QuizError('STORE_TOO_NEW', {
      en: `${file} was written by a newer cloudops-quiz (schemaVersion ${version}; this one reads up to ${SCHEMA_VERSION}); it was left untouched — upgrade cloudops-quiz`,
      ja: `${file} は新しい cloudops-quiz で書かれています (schemaVersion ${version}。このバージョンが読めるのは ${SCHEMA_VERSION} まで)。ファイルは変更していません。cloudops-quiz を更新してください`,
    });
  }
  const migrated = migrate(raw as { schemaVersion: number }, file);
  try {
    return toSnapshot(migrated);
  } catch (error) {
    if (error instanceof ShapeError || error instanceof ColumnError) throw new QuizError('STORE_CORRUPT', `${file} has a wrong shape at ${error.message}`);
    throw error;
  }
}

/**
 * Checks one journal entry. The same rules apply on the way out (`write`): an entry the reader
 * would refuse is a bug in the program, refused before it reaches the file.
 */
export function checkJournalEntry(raw: unknown, where: string, direction: 'read' | 'write' = 'read'): JournalEntry {
  try {
    journalEntry(raw);
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    if (direction === 'write') throw new Error(`refusing to save ${where}, which the reader would refuse: ${error.message}`);
    throw new QuizError('STORE_CORRUPT', `${where}: not a journal entry (${error.message})`);
  }
  return raw as JournalEntry;
}

/** Checks a snapshot about to be written (answers in columns) with the reader's rules; a failure is a bug. */
export function checkSnapshotShape(snapshot: unknown, where: string): void {
  try {
    toSnapshot(snapshot);
  } catch (error) {
    if (error instanceof ShapeError || error instanceof ColumnError)
      throw new Error(`refusing to save ${where}, which the reader would refuse: ${error.message}`);
    throw error;
  }
}
