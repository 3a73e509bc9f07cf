/**
 * Checking what the score folder holds, on the way in and on the way out: journal and history
 * entries, and `scores.json` (the state, version 4, or a snapshot of versions 1–3, which is
 * handed to legacy/). A file written by a newer program is refused (never "upgraded" down); one
 * that fails the check is reported, not repaired.
 */
import type { QuestionSeen } from '../engine/selection.ts';
import { QuizError } from '../errors.ts';
import { MODE_CODES, RATING_CODES } from './enumerations.ts';
import { isTime } from './field-rules.ts';
import { legacyCode } from './legacy-code.ts';
import type { LegacyData } from './legacy/snapshot.ts';
import { SCHEMA_VERSION, type JournalEntry, type ScoreData } from './score-types.ts';
import {
  array,
  bool,
  card,
  cards,
  choiceIndex,
  count,
  exam,
  fail,
  ids,
  measure,
  object,
  oneOf,
  progress,
  settings,
  ShapeError,
  str,
  time,
  type Path,
} from './shape-checks.ts';

/** How far into the history a cache goes: whole history files, and the answers they hold. */
export interface HistoryPosition {
  readonly segments: number;
  /** Answer entries in those files (each answer's ordinal is its place among them). */
  readonly answers: number;
}

function position(value: unknown, path: Path): HistoryPosition {
  const p = object(value, path);
  return { segments: count(p['segments'], `${path}.segments`), answers: count(p['answers'], `${path}.answers`) };
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

const ENTRY_KINDS = ['answer', 'settings', 'exam', 'exam-progress', 'exam-discard', 'rerate', 'undo', 'suspend', 'card'] as const;

function journalEntry(value: unknown): void {
  const e = object(value, '');
  const kind = oneOf(e['k'], 'k', ENTRY_KINDS);
  if (kind === 'undo') {
    str(e['id'], 'id');
    str(e['q'], 'q');
    time(e['at'], 'at');
    if (e['card'] !== undefined && e['card'] !== null) card(e['card'], 'card');
  } else if (kind === 'suspend') {
    ids(e['q'], 'q');
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

/**
 * Checks one journal or history entry. The same rules apply on the way out (`write`): an entry the
 * reader would refuse is a bug in the program, refused before it reaches the file.
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

/** The state as `scores.json` holds it: `seen` as [first rated, last] pairs, and how far into the history it goes. */
export interface StoredState {
  readonly data: ScoreData;
  readonly position: HistoryPosition;
}

/**
 * `owned`: `value` was parsed for this call alone, so its card map becomes the state's (made a
 * null-prototype map in place) rather than copied: copying thousands of cards was a twentieth of `due`.
 */
function toState(value: unknown, owned: boolean): StoredState {
  const d = object(value, '');
  if (d['schemaVersion'] !== SCHEMA_VERSION) fail('schemaVersion', String(SCHEMA_VERSION));
  const createdAt = time(d['createdAt'], 'createdAt');
  settings(d['settings'], 'settings');
  cards(d['cards'], 'cards');
  const seen = Object.create(null) as Record<string, QuestionSeen>;
  const storedSeen = object(d['seen'], 'seen');
  for (const q in storedSeen) {
    const pair = storedSeen[q];
    // The common case without a path built for each field; anything else is checked field by field.
    if (Array.isArray(pair) && pair.length === 2 && (pair[0] === null || isTime(pair[0])) && isTime(pair[1])) {
      seen[q] = { firstRatedAt: pair[0], lastAt: pair[1] };
      continue;
    }
    const [first, last, ...rest] = array(pair, `seen.${q}`);
    if (rest.length > 0) fail(`seen.${q}`, 'the times of the first rated and the last answer');
    seen[q] = { firstRatedAt: first === null ? null : time(first, `seen.${q}[0]`), lastAt: time(last, `seen.${q}[1]`) };
  }
  const pausedExams = array(d['pausedExams'], 'pausedExams');
  pausedExams.forEach((p, i) => {
    progress(p, `pausedExams[${i}]`, false);
  });
  const data: ScoreData = {
    schemaVersion: SCHEMA_VERSION,
    createdAt,
    settings: d['settings'] as ScoreData['settings'],
    // A null-prototype map: question ids come from files and must never reach Object.prototype.
    cards: (owned ? Object.setPrototypeOf(d['cards'], null) : Object.assign(Object.create(null), d['cards'])) as ScoreData['cards'],
    seen,
    pausedExams: pausedExams as ScoreData['pausedExams'],
    submittedExams: ids(d['submittedExams'], 'submittedExams'),
    suspended: ids(d['suspended'], 'suspended'),
  };
  return { data, position: position(d['history'], 'history') };
}

/** `scores.json` as parsed: version 4's state, or a snapshot of versions 1–3 with every answer. */
export type ScoreFileContent = { readonly kind: 'state'; readonly state: StoredState } | { readonly kind: 'legacy'; readonly data: LegacyData };

/** Parsed JSON of `scores.json` → its checked content, made of `raw`'s objects (pass it nothing else holds). Throws STORE_* errors naming `file`. */
export function checkScoreFile(raw: unknown, file: string): ScoreFileContent {
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
  if (version < SCHEMA_VERSION) return { kind: 'legacy', data: legacyCode().checkLegacySnapshot(raw as { schemaVersion: number }, file) };
  try {
    return { kind: 'state', state: toState(raw, true) };
  } catch (error) {
    if (error instanceof ShapeError) throw new QuizError('STORE_CORRUPT', `${file} has a wrong shape at ${error.message}`);
    throw error;
  }
}

/** The text of `scores.json` for `state`, checked with the reader's own rules first: a failure is a bug. */
export function stateText(state: StoredState): string {
  const seen: Record<string, [number | null, number]> = {};
  for (const q in state.data.seen) {
    const s = state.data.seen[q];
    if (s) seen[q] = [s.firstRatedAt, s.lastAt];
  }
  const stored = { ...state.data, seen, history: state.position };
  try {
    toState(stored, false);
  } catch (error) {
    if (error instanceof ShapeError) throw new Error(`refusing to save the state, which the reader would refuse: ${error.message}`);
    throw error;
  }
  return JSON.stringify(stored);
}
