/**
 * Checking the score file on the way in: JSON → migrations → zod. A file written by a newer
 * program is refused (never "upgraded" down); one that fails the check is reported, not repaired.
 */
import { z } from 'zod';
import { QuizError } from '../errors.ts';
import { migrate } from './migrations.ts';
import { SCHEMA_VERSION, type JournalEntry, type ScoreData } from './score-types.ts';

const epochMs = z.number().int().nonnegative();

const cardSchema = z.object({
  due: epochMs,
  stability: z.number().nonnegative(),
  difficulty: z.number(),
  scheduledDays: z.number().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.enum(['new', 'learning', 'review', 'relearning']),
  lastReview: epochMs,
});

const answerSchema = z.object({
  id: z.string().min(1),
  q: z.string().min(1),
  at: epochMs,
  given: z.array(z.number().int().nonnegative()),
  correct: z.boolean(),
  rating: z.enum(['again', 'hard', 'good', 'easy']).optional(),
  mode: z.enum(['drill', 'quiz', 'review', 'exam', 'cram']),
  ms: z.number().nonnegative(),
});

const settingsSchema = z.object({
  requestRetention: z.number().gt(0.5).lt(1),
  newPerDay: z.number().int().nonnegative(),
  examDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

const examSchema = z.object({
  id: z.string(),
  startedAt: epochMs,
  finishedAt: epochMs,
  questions: z.array(z.string()),
  correct: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  scaled: z.number(),
  passed: z.boolean(),
  byDomain: z.record(z.string(), z.object({ correct: z.number().int(), total: z.number().int() })),
});

const progressSchema = z.object({
  id: z.string(),
  startedAt: epochMs,
  questions: z.array(z.string()),
  orders: z.array(z.array(z.number().int().nonnegative())),
  answers: z.array(z.array(z.number().int().nonnegative()).nullable()),
  flagged: z.array(z.boolean()),
  current: z.number().int().nonnegative(),
  remainingMs: z.number().nonnegative(),
});

const scoreDataSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  createdAt: epochMs,
  settings: settingsSchema,
  cards: z.record(z.string(), cardSchema),
  answers: z.array(answerSchema),
  exams: z.array(examSchema),
  examInProgress: progressSchema.nullable(),
});

const journalEntrySchema = z.discriminatedUnion('k', [
  z.object({ k: z.literal('answer'), answer: answerSchema, card: cardSchema.nullable() }),
  z.object({ k: z.literal('settings'), settings: settingsSchema }),
  z.object({ k: z.literal('exam'), exam: examSchema }),
  z.object({ k: z.literal('exam-progress'), progress: progressSchema.nullable() }),
]);

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'wrong shape';
  const path = issue.path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`)).join('');
  return `${path ? path.slice(path.startsWith('.') ? 1 : 0) + ': ' : ''}${issue.message}`;
}

/** Parsed JSON of the snapshot → current-version score data. Throws STORE_* errors naming `file`. */
export function checkScoreData(raw: unknown, file: string): ScoreData {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new QuizError('STORE_CORRUPT', `${file} is not a score file (expected a JSON object)`);
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new QuizError('STORE_CORRUPT', `${file} is not a score file (no valid schemaVersion)`);
  }
  if (version > SCHEMA_VERSION) {
    throw new QuizError('STORE_TOO_NEW', `${file} was written by a newer cloudops-quiz (schemaVersion ${version}; this one reads up to ${SCHEMA_VERSION}); it was left untouched — upgrade cloudops-quiz`);
  }
  const migrated = migrate(raw as { schemaVersion: number }, file);
  const parsed = scoreDataSchema.safeParse(migrated);
  if (!parsed.success) throw new QuizError('STORE_CORRUPT', `${file} has a wrong shape at ${describe(parsed.error)}`);
  const data = parsed.data as ScoreData;
  // A null-prototype map: question ids come from files and must never reach Object.prototype.
  data.cards = Object.assign(Object.create(null) as ScoreData['cards'], data.cards);
  return data;
}

export function checkJournalEntry(raw: unknown, where: string): JournalEntry {
  const parsed = journalEntrySchema.safeParse(raw);
  if (!parsed.success) throw new QuizError('STORE_CORRUPT', `${where}: not a journal entry (${describe(parsed.error)})`);
  return parsed.data as JournalEntry;
}
