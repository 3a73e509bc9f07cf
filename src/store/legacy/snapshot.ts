/**
 * Snapshots of versions 1 to 3, which held every answer: checked with the shared rules
 * (shape-checks.ts) after the snapshot migrations, as version 3 read them.
 */
import { QuizError } from '../../errors.ts';
import type { CardState } from '../../srs/card.ts';
import type { AnswerRecord, ExamAttempt, ExamProgress, Settings } from '../score-types.ts';
import { array, cards, exam, fail, ids, object, progress, settings, ShapeError, time } from '../shape-checks.ts';
import { ColumnError, decodeAnswers, encodeAnswers } from './answer-columns.ts';
import { LEGACY_VERSION, migrateToLegacy } from './migrations.ts';

/** A version-3 score file in memory: everything, answers included. */
export interface LegacyData {
  readonly schemaVersion: typeof LEGACY_VERSION;
  readonly createdAt: number;
  settings: Settings;
  cards: Record<string, CardState>;
  /** Every answer, oldest first. */
  answers: AnswerRecord[];
  exams: ExamAttempt[];
  pausedExams: ExamProgress[];
  suspended: string[];
}

function toLegacy(value: unknown): LegacyData {
  const d = object(value, '');
  if (d['schemaVersion'] !== LEGACY_VERSION) fail('schemaVersion', String(LEGACY_VERSION));
  time(d['createdAt'], 'createdAt');
  settings(d['settings'], 'settings');
  cards(d['cards'], 'cards');
  const answers = decodeAnswers(d['answers']);
  array(d['exams'], 'exams').forEach((e, i) => {
    exam(e, `exams[${i}]`);
  });
  array(d['pausedExams'], 'pausedExams').forEach((p, i) => {
    progress(p, `pausedExams[${i}]`, false);
  });
  // Absent in files written before suspending existed: none suspended.
  const suspended = d['suspended'] === undefined ? [] : ids(d['suspended'], 'suspended');
  const data = { ...(d as unknown as LegacyData), answers, suspended };
  // A null-prototype map: question ids come from files and must never reach Object.prototype.
  data.cards = Object.assign(Object.create(null) as LegacyData['cards'], data.cards);
  return data;
}

/** A parsed snapshot of version 1, 2 or 3 → its data in version 3; STORE_CORRUPT names `file`. */
export function checkLegacySnapshot(raw: { schemaVersion: number }, file: string): LegacyData {
  const migrated = migrateToLegacy(raw, file);
  try {
    return toLegacy(migrated);
  } catch (error) {
    if (error instanceof ShapeError || error instanceof ColumnError) throw new QuizError('STORE_CORRUPT', `${file} has a wrong shape at ${error.message}`);
    throw error;
  }
}

/** The version-3 snapshot of `data`, checked as its reader would check it. */
export function legacySnapshotText(data: LegacyData): string {
  const snapshot = { ...data, answers: encodeAnswers(data.answers) };
  try {
    toLegacy(JSON.parse(JSON.stringify(snapshot)));
  } catch (error) {
    if (error instanceof ShapeError || error instanceof ColumnError)
      throw new Error(`refusing to save the version-3 snapshot, which the reader would refuse: ${error.message}`);
    throw error;
  }
  return JSON.stringify(snapshot);
}
