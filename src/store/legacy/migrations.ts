/**
 * Score-file migrations of the snapshot, applied in order from the file's schemaVersion up to 3,
 * the last version that kept every answer in `scores.json`. Each step is a pure function of the
 * previous version's data. Version 3 then becomes version 4 as a whole folder (legacy/to-v4.ts):
 * on the first save, after the old file is backed up.
 *
 * Version 1 (cloudops-quiz 0.0.x) kept only the answers, as
 *   { schemaVersion: 1, createdAt: ISO, answers: [{ question, time: ISO, choices, correct, mode }] }
 * and recomputed scheduling each run. Version 2 stores FSRS cards beside the answers. Version 3
 * keeps unfinished exams in one slot per exam (`pausedExams`) instead of one slot
 * (`examInProgress`), so two exams paused at once are both kept.
 */
import { QuizError } from '../../errors.ts';
import { rateAnswer } from '../../srs/rating.ts';
import { createScheduler } from '../../srs/scheduler.ts';
import type { CardState } from '../../srs/card.ts';
import { encodeAnswers } from './answer-columns.ts';
import type { Mode } from '../enumerations.ts';
import { DEFAULT_SETTINGS, type AnswerRecord } from '../score-types.ts';

/** The last version whose snapshot held every answer. */
export const LEGACY_VERSION = 3;

interface V1Answer {
  question: string;
  time: string;
  choices: number[];
  correct: boolean;
  mode?: string;
}

type Migration = (data: Record<string, unknown>, file: string) => Record<string, unknown>;

const MIGRATIONS: Record<number, Migration> = {
  1: (data, file) => {
    const answers = data['answers'];
    if (!Array.isArray(answers)) throw new QuizError('STORE_CORRUPT', `${file} (schemaVersion 1) has no answers list`);
    const scheduler = createScheduler();
    const cards: Record<string, CardState> = Object.create(null);
    const migrated = (answers as V1Answer[])
      .map((a, index) => {
        const at = Date.parse(a.time);
        if (typeof a.question !== 'string' || Number.isNaN(at) || typeof a.correct !== 'boolean') {
          throw new QuizError('STORE_CORRUPT', `${file} (schemaVersion 1) has a broken answer at answers[${index}]`);
        }
        return { a, at, index };
      })
      .sort((x, y) => x.at - y.at)
      .map(({ a, at, index }): AnswerRecord => {
        const mode: Mode = a.mode === 'quiz' || a.mode === 'review' ? a.mode : 'drill';
        const rating = rateAnswer({ correct: a.correct, readingColumns: 0 });
        cards[a.question] = scheduler.next(cards[a.question], rating, new Date(at));
        return { id: `v1-${index}`, q: a.question, at, given: Array.isArray(a.choices) ? a.choices : [], correct: a.correct, rating, mode, ms: 0 };
      });
    const createdAt = Date.parse(String(data['createdAt']));
    return {
      schemaVersion: 2,
      createdAt: Number.isNaN(createdAt) ? (migrated[0]?.at ?? 0) : createdAt,
      settings: { ...DEFAULT_SETTINGS },
      cards,
      answers: encodeAnswers(migrated),
      exams: [],
      examInProgress: null,
    };
  },
  2: (data) => {
    const { examInProgress, ...rest } = data;
    return { ...rest, schemaVersion: 3, pausedExams: examInProgress ? [examInProgress] : [] };
  },
};

/** A snapshot of version 1, 2 or 3, as parsed → the same data in version 3. */
export function migrateToLegacy(data: { schemaVersion: number }, file: string): unknown {
  let current = data as unknown as Record<string, unknown>;
  for (let version = data.schemaVersion; version < LEGACY_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new QuizError('STORE_CORRUPT', `${file} has schemaVersion ${version}, which no release wrote`);
    current = step(current, file);
  }
  return current;
}
