/**
 * What the score file holds: the person's months of study. Types only, so the hot paths need no
 * schema library; store/score-schema.ts checks files against these shapes on the way in.
 */
import { DEFAULT_RETENTION, type CardState, type Rating } from '../srs/card.ts';
import { DEFAULT_DAY_START_HOUR } from '../engine/clock.ts';
import type { QuestionSeen } from '../engine/selection.ts';
import type { Mode } from './enumerations.ts';

/**
 * Version 4 keeps the answers out of `scores.json`: they live in the append-only history
 * (history/*.jsonl, the journal files of past checkpoints), and `scores.json` holds only what the
 * everyday commands need (see score-file.ts).
 */
export const SCHEMA_VERSION = 4;

/**
 * The id of the answer to question `q` at `at`: a person answers one question at a time, so time
 * and question name an answer (an exam submits many at one time, each to another question). Two
 * sessions' saves merge by it, and a replayed journal entry is recognised by it.
 */
export function answerId(at: number, q: string): string {
  return `${at.toString(36)}.${q}`;
}

export interface AnswerRecord {
  /** Unique per answer (normally answerId(at, q)); merging two sessions' saves is by this id. */
  readonly id: string;
  /** Question id. */
  readonly q: string;
  /** When it was answered (epoch ms). */
  readonly at: number;
  /** Chosen choices as indices into the bank's choice list (for `order`: the sequence given). */
  readonly given: readonly number[];
  readonly correct: boolean;
  /** The FSRS rating it was given; absent for answers that do not feed the scheduler (cram). */
  readonly rating?: Rating;
  readonly mode: Mode;
  /** Time taken (ms), 0 when not measured. */
  readonly ms: number;
}

/** The settings a person can change, each with its own change time (see Settings.changedAt). */
export const SETTING_KEYS = ['requestRetention', 'newPerDay', 'examDate', 'dayStart', 'timing', 'drillLimit', 'fsrsParameters'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export interface Settings {
  readonly requestRetention: number;
  readonly newPerDay: number;
  /** YYYY-MM-DD, for `readiness`. */
  readonly examDate?: string;
  /** Local hour (0–23) at which the study day starts; absent: DEFAULT_DAY_START_HOUR. */
  readonly dayStart?: number;
  /** false: answer time never changes a rating; absent: true. */
  readonly timing?: boolean;
  /** Questions a drill asks at most when `--limit` is not given; absent: DEFAULT_DRILL_LIMIT. */
  readonly drillLimit?: number;
  /**
   * The person's own FSRS-6 parameters (w0–w20), adopted by `optimize` because they predicted the
   * person's held-out answers better than the defaults; absent: FSRS-6's defaults.
   */
  readonly fsrsParameters?: readonly number[];
  /**
   * When each setting was last changed (epoch ms), so that merging two machines' histories keeps
   * the newer value of each (store/merge.ts). Absent for settings never changed, or changed by a
   * version that did not record it.
   */
  readonly changedAt?: Readonly<Partial<Record<SettingKey, number>>>;
}

const DEFAULT_DRILL_LIMIT = 30;

/**
 * The settings with every optional one filled in. Settings added after version 2 are optional in
 * the file, so older files stay valid without a migration; their defaults live here only.
 */
export function effectiveSettings(
  settings: Settings,
): Required<Omit<Settings, 'examDate' | 'fsrsParameters' | 'changedAt'>> & Pick<Settings, 'examDate' | 'fsrsParameters' | 'changedAt'> {
  return {
    ...settings,
    dayStart: settings.dayStart ?? DEFAULT_DAY_START_HOUR,
    timing: settings.timing ?? true,
    drillLimit: settings.drillLimit ?? DEFAULT_DRILL_LIMIT,
  };
}

export interface ExamAttempt {
  readonly id: string;
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly questions: readonly string[];
  readonly correct: number;
  readonly total: number;
  readonly scaled: number;
  readonly passed: boolean;
  readonly byDomain: Readonly<Record<string, { readonly correct: number; readonly total: number }>>;
}

/**
 * An exam left unfinished, to be resumed with `exam --resume`. The store's own shape, mapped from
 * the exam engine's snapshot field by field (store/exam-progress.ts): a change to the engine
 * cannot change what is on disk without a change here, which needs a migration.
 */
export interface ExamProgress {
  readonly id: string;
  readonly startedAt: number;
  /** Question ids in the order asked. */
  readonly questions: readonly string[];
  /** Per question, the bank index of the choice shown at each display position. */
  readonly orders: readonly (readonly number[])[];
  /** Per question, the answer as display positions; null when not answered. */
  readonly answers: readonly (readonly number[] | null)[];
  readonly flagged: readonly boolean[];
  /** The question on screen (0-based). */
  readonly current: number;
  /** Time left when it was saved; the clock does not run while the program is closed. */
  readonly remainingMs: number;
}

/**
 * The id of the answer to question `q` at `at` when another answer already has that id: equal
 * times happen with a fixed clock (CLOUDOPS_QUIZ_NOW), and such answers must not merge.
 */
export function sequencedAnswerId(at: number, q: string, sequence: number): string {
  return `${answerId(at, q)}.${sequence}`;
}

/**
 * What every command reads: `scores.json`, kept small. The answers themselves are in the history;
 * what the everyday commands need of them is kept here (`seen`) or in the history's summary
 * (per question and per day, store/summary-file.ts).
 */
export interface ScoreData {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly createdAt: number;
  settings: Settings;
  /** FSRS state per question id. */
  cards: Record<string, CardState>;
  /** Per question answered: when it was first rated and last answered. */
  seen: Record<string, QuestionSeen>;
  /** Unfinished exams, one slot per exam id, oldest first (two terminals may each pause one). */
  pausedExams: ExamProgress[];
  /** Ids of the exams submitted (the attempts themselves are in the history's summary). */
  submittedExams: string[];
  /** Question ids the person suspended: never asked, never counted as due. Sorted. */
  suspended: string[];
}

export const DEFAULT_SETTINGS: Settings = { requestRetention: DEFAULT_RETENTION, newPerDay: 20 };

export function emptyScoreData(now: Date): ScoreData {
  return {
    schemaVersion: SCHEMA_VERSION,
    createdAt: now.getTime(),
    settings: { ...DEFAULT_SETTINGS },
    cards: Object.create(null) as Record<string, CardState>,
    seen: Object.create(null) as Record<string, QuestionSeen>,
    pausedExams: [],
    submittedExams: [],
    suspended: [],
  };
}

/** One change to the score file, as it is appended to the journal. */
export type JournalEntry =
  | { readonly k: 'answer'; readonly answer: AnswerRecord; readonly card: CardState | null }
  | { readonly k: 'settings'; readonly settings: Settings }
  | { readonly k: 'exam'; readonly exam: ExamAttempt }
  /** Saves an unfinished exam in its slot. `null` (written by version 2, which had one slot) empties every slot. */
  | { readonly k: 'exam-progress'; readonly progress: ExamProgress | null }
  /** Drops the unfinished exam `id` (`exam --new` starts over). */
  | { readonly k: 'exam-discard'; readonly id: string }
  /**
   * A mark given after the feedback ("that was easy", "I was unsure") re-rates an answer that was
   * already saved: the answer `id` (to question `q`) gets `rating`, and `card` (recomputed from the
   * card before that answer) replaces the one the answer left.
   */
  | { readonly k: 'rerate'; readonly id: string; readonly q: string; readonly rating: Rating; readonly card: CardState | null }
  /**
   * Undo of a slip: the answer `id` (to question `q`, given at `at`) leaves the history, and the
   * question's card goes back to `card`, the card before that answer (null: it had none). No
   * `card` when the answer did not change the schedule (cram). The card is restored only while no
   * later answer to the question exists (another session's answer would be newer).
   */
  | { readonly k: 'undo'; readonly id: string; readonly q: string; readonly at: number; readonly card?: CardState | null }
  /** Suspends (`suspended: true`) or unsuspends the questions `q`, at `at` (absent in entries of older versions). */
  | { readonly k: 'suspend'; readonly q: readonly string[]; readonly suspended: boolean; readonly at?: number }
  /**
   * Sets question `q`'s card: written by the move to version 4 (a version-3 snapshot's cards, set
   * after its answers), by a checkpoint's rewrite, and by a merge of two histories that replayed
   * the question's answers (store/history-store.ts).
   */
  | { readonly k: 'card'; readonly q: string; readonly card: CardState };

export type AnswerEntry = Extract<JournalEntry, { readonly k: 'answer' }>;
