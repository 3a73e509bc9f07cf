/**
 * The export file: a person's whole history as one JSON document, versioned and documented
 * (schema/history.schema.json is generated from the zod schema here, and a test keeps the two
 * equal). Times are ISO 8601 in UTC, exact to the millisecond; everything else keeps the score
 * file's units (choice indices into the bank's choices, milliseconds taken, FSRS card fields).
 *
 * On the way in every value meets the rules the score file's own reader applies (field-rules.ts,
 * enumerations.ts), so an imported history can always be saved and read back.
 */
import { z } from 'zod';
import type { CardState } from '../srs/card.ts';
import { PARAMETER_COUNT } from '../srs/parameters.ts';
import { CARD_STATES, MODE_CODES, RATING_CODES } from './enumerations.ts';
import { isDateText } from '../engine/clock.ts';
import { isTime } from './field-rules.ts';
import type { History } from './history.ts';
import { SETTING_KEYS, type AnswerRecord, type ExamAttempt, type SettingKey, type Settings } from './score-types.ts';

const EXPORT_FORMAT = 'cloudops-quiz-history';
export const EXPORT_VERSION = 1;

// An ISO 8601 instant in UTC as Date.prototype.toISOString writes it (years past 9999 with a sign
// and six digits), the milliseconds optional on the way in.
const ISO_INSTANT = /^(?:\d{4}|\+\d{6})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;

const time = z
  .string()
  .meta({ description: 'a UTC time, ISO 8601, as 2026-05-01T09:30:00.000Z' })
  .regex(ISO_INSTANT, 'expected a UTC time such as 2026-05-01T09:30:00.000Z')
  .transform((text, ctx) => {
    const ms = Date.parse(text);
    // A day that does not exist (2026-02-30) fails the round trip.
    if (!isTime(ms) || new Date(ms).toISOString() !== (text.includes('.') ? text : text.replace('Z', '.000Z'))) {
      ctx.addIssue({ code: 'custom', message: 'expected a real UTC time from 1970 on' });
      return z.NEVER;
    }
    return ms;
  });
const count = z.int().min(0);
const measure = z.number().min(0);
const id = z.string().min(1, 'must not be empty');

const cardSchema = z.strictObject({
  due: time,
  stability: measure,
  difficulty: z.number(),
  scheduledDays: measure,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.enum(CARD_STATES),
  lastReview: time,
});

const answerSchema = z.strictObject({
  id: id.meta({ description: 'unique per answer; importing unites answers by it' }),
  question: id.meta({ description: 'the question id, as in its bank' }),
  at: time.meta({ description: 'when it was answered' }),
  given: z.array(z.int().min(0).max(9)).meta({
    description: 'the choices given, as positions in the bank file (0 = the first choice); for an ordering question, in the order given',
  }),
  correct: z.boolean(),
  rating: z.enum(RATING_CODES).optional().meta({ description: 'the FSRS rating; absent for answers that did not feed the scheduler (cram)' }),
  mode: z.enum(MODE_CODES),
  ms: measure.meta({ description: 'time taken in milliseconds, 0 when not measured' }),
});

const examSchema = z.strictObject({
  id,
  startedAt: time,
  finishedAt: time,
  questions: z.array(id),
  correct: count,
  total: count,
  scaled: z.number(),
  passed: z.boolean(),
  byDomain: z.record(z.string(), z.strictObject({ correct: count, total: count })),
});

const settingsSchema = z.strictObject({
  requestRetention: z.number().gt(0.5).lt(1),
  newPerDay: count,
  examDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine(isDateText, 'expected a real date YYYY-MM-DD')
    .optional(),
  dayStart: z.int().min(0).max(23).optional(),
  timing: z.boolean().optional(),
  drillLimit: z.int().min(1).optional(),
  fsrsParameters: z.array(z.number()).length(PARAMETER_COUNT).optional().meta({ description: "the person's own FSRS-6 parameters (w0-w20), set by optimize" }),
  changedAt: z
    .partialRecord(z.enum(SETTING_KEYS), time)
    .optional()
    .meta({ description: 'when each setting was last changed; a merge keeps the newer value of each' }),
});

const exportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: time,
  createdAt: time,
  settings: settingsSchema,
  answers: z.array(answerSchema).meta({ description: 'every answer, oldest first' }),
  cards: z.record(id, cardSchema).meta({ description: 'the FSRS scheduling state of each question studied, by question id' }),
  exams: z.array(examSchema).meta({ description: 'submitted mock exams' }),
  suspended: z.array(id).meta({ description: 'question ids never asked until unsuspended' }),
  suspendedAt: z.record(id, time).meta({ description: 'when each question was last suspended or unsuspended' }),
});

type ExportInput = z.input<typeof exportSchema>;

const iso = (ms: number) => new Date(ms).toISOString();

/** The export document of `history`, made at `now`. */
function toExport(history: History, now: Date): ExportInput {
  const { changedAt, fsrsParameters, ...values } = history.settings;
  const settings: ExportInput['settings'] = { ...values };
  if (fsrsParameters) settings.fsrsParameters = [...fsrsParameters];
  if (changedAt) settings.changedAt = Object.fromEntries(Object.entries(changedAt).map(([k, at]) => [k, iso(at)]));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(now.getTime()),
    createdAt: iso(history.createdAt),
    settings,
    answers: history.answers.map((a) => ({
      id: a.id,
      question: a.q,
      at: iso(a.at),
      given: [...a.given],
      correct: a.correct,
      ...(a.rating !== undefined ? { rating: a.rating } : {}),
      mode: a.mode,
      ms: a.ms,
    })),
    cards: Object.fromEntries(Object.entries(history.cards).map(([q, c]) => [q, { ...c, due: iso(c.due), lastReview: iso(c.lastReview) }])),
    // By time, whatever order two machines' merges added them in.
    exams: [...history.exams]
      .sort((a, b) => a.finishedAt - b.finishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((e) => ({ ...e, questions: [...e.questions], startedAt: iso(e.startedAt), finishedAt: iso(e.finishedAt) })),
    suspended: [...history.suspended],
    suspendedAt: Object.fromEntries(Object.entries(history.suspendedAt).map(([q, at]) => [q, iso(at)])),
  };
}

/**
 * The export as text: one top-level field, answer, card, exam or suspension time per line, so
 * that a text diff (a sync folder kept in git) shows what changed, line by line.
 */
export function exportText(history: History, now: Date): string {
  const doc = toExport(history, now) as Record<string, unknown>;
  const fields = Object.entries(doc).map(([key, value]) => {
    let text: string;
    if (Array.isArray(value)) text = value.length === 0 ? '[]' : `[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]`;
    else if (key === 'cards' || key === 'suspendedAt') {
      const entries = Object.entries(value as Record<string, unknown>);
      text = entries.length === 0 ? '{}' : `{\n${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n}`;
    } else text = JSON.stringify(value);
    return `${JSON.stringify(key)}: ${text}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}

/** Why a document is not an export this version reads: where, and what was expected there. */
export class ExportShapeError extends Error {}

/** Whether a parsed JSON document says it is an export (of any version). */
export function looksLikeExport(raw: unknown): raw is { format: string; version: unknown } {
  return typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === EXPORT_FORMAT;
}

/** A parsed export document → the history it holds; throws ExportShapeError naming the first problem. */
export function fromExport(raw: unknown): History {
  const parsed = exportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
    throw new ExportShapeError(`${where || 'top level'}: ${issue?.message ?? 'not an export'}`);
  }
  const doc = parsed.data;
  const nullProto = <T>(entries: Iterable<readonly [string, T]>) => Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(entries));
  const { changedAt, ...values } = doc.settings;
  const settings: Settings = changedAt ? { ...values, changedAt: changedAt as Partial<Record<SettingKey, number>> } : values;
  const answers: AnswerRecord[] = doc.answers
    .map(({ question, rating, ...a }) => ({ ...a, q: question, ...(rating !== undefined ? { rating } : {}) }))
    .sort((a, b) => a.at - b.at);
  return {
    createdAt: doc.createdAt,
    settings,
    cards: nullProto(Object.entries(doc.cards) as Array<[string, CardState]>),
    answers,
    exams: doc.exams as ExamAttempt[],
    suspended: [...new Set(doc.suspended)].sort(),
    suspendedAt: nullProto(Object.entries(doc.suspendedAt)),
  };
}

/** The JSON Schema of the export file, shipped as schema/history.schema.json. */
export function historyJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(exportSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'cloudops-quiz history export',
  };
}
