/**
 * The one place export, import and sync meet the score file, and only through ScoreFile's public
 * API: read a data folder's whole history, and merge another history into it.
 *
 * A merge is saved as ordinary history entries (the new answers, the cards the merge recomputed,
 * the settings, the new exams, the suspensions), added under the score folder's lock as one new
 * history file (ScoreFile.importEntries: written whole and durably, then the state and summary
 * counted again). So nothing already saved is ever rewritten, a session running meanwhile sees the
 * merge at its next save, and a crash leaves either the merge whole or nothing of it. The entries
 * are planned from a read of the folder; should another session save between that read and the
 * write, the plan is made again from a fresh read. A backup of the history as it was (an export,
 * see export-format.ts) goes to backups/ before anything is written.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { QuizError } from '../errors.ts';
import { realFs, writeError, writeFileDurable } from './durable.ts';
import { exportText } from './export-format.ts';
import type { History } from './history.ts';
import { ScoreFile } from './score-file.ts';
import { JOURNAL_NAME, SNAPSHOT_NAME } from './score-paths.ts';
import type { CardState } from '../srs/card.ts';
import type { JournalEntry, ScoreData } from './score-types.ts';

/** Backups taken before a merge that are kept (the newest). */
const MERGE_BACKUPS_KEPT = 10;
const MERGE_BACKUP = /^before-merge-\d{8}T\d{6}Z(?:-\d+)?\.json$/;
/** Plans made again when other sessions keep saving between the read and the write. */
const ATTEMPTS = 5;

/** The history kept in the data folder `dir` (empty when there is none yet). */
export function readHistory(dir: string, now: Date): History {
  return historyOf(ScoreFile.open(dir, now));
}

/** Whether `dir` holds a score file at all (for messages about a folder given by mistake). */
export function holdsScores(dir: string): boolean {
  return existsSync(join(dir, SNAPSHOT_NAME)) || existsSync(join(dir, JOURNAL_NAME));
}

export interface Merged {
  readonly before: History;
  readonly after: History;
  /** When anything was written: the backup of the history as it was. */
  readonly backup?: string;
}

/**
 * Merges into the history in `dir`: `merge` gets the history as it stands and returns the merged
 * one; what differs is saved (see the top of this file). Nothing is written when nothing differs.
 */
export function mergeIntoFolder(dir: string, now: Date, merge: (current: History) => History): Merged {
  let backup: string | undefined;
  for (let attempt = 1; ; attempt++) {
    const store = ScoreFile.open(dir, now);
    const before = historyOf(store);
    const after = merge(before);
    const entries = entriesBetween(before, after);
    if (entries.length === 0) return { before, after: before };
    backup ??= backUp(dir, before, now);
    const asRead = fingerprint(store.data);
    try {
      // One new history file and one recount, not a journal line per answer: a merge may bring
      // a year of answers, older than this folder's newest.
      store.importEntries(entries, now, {
        guard: (data) => {
          if (fingerprint(data) !== asRead) throw new SavedMeanwhile();
        },
      });
    } catch (error) {
      if (error instanceof SavedMeanwhile && attempt < ATTEMPTS) continue;
      if (error instanceof SavedMeanwhile)
        throw new QuizError('STORE_LOCKED', {
          en: `other sessions kept saving to ${dir} while the merge was being saved; nothing was merged, run it again`,
          ja: `統合を保存する間に別のセッションが ${dir} への保存を続けました。何も統合していません。もう一度実行してください`,
        });
      throw error;
    }
    return { before, after, backup };
  }
}

class SavedMeanwhile extends Error {}

/**
 * What a session's save changes of the state a merge was planned from: the cards (every rated
 * answer, undo and re-rate changes one), settings, suspensions and exams.
 */
function fingerprint(data: ScoreData): string {
  return JSON.stringify([data.cards, data.settings, data.suspended, data.submittedExams]);
}

/**
 * The history a score folder holds: the state, every answer and exam from the history files, and
 * when each question was last suspended or unsuspended (the suspend entries carry their times).
 */
function historyOf(store: ScoreFile): History {
  const { data } = store;
  const suspendedAt = Object.create(null) as Record<string, number>;
  store.forEachEntry((entry) => {
    if (entry.k === 'suspend' && entry.at !== undefined) for (const q of entry.q) suspendedAt[q] = entry.at;
  });
  return {
    createdAt: data.createdAt,
    settings: data.settings,
    cards: Object.assign(Object.create(null) as Record<string, CardState>, data.cards),
    answers: store.history(),
    exams: [...store.historyView().exams],
    suspended: [...data.suspended],
    suspendedAt,
  };
}

/** The journal entries that turn `before` into `after` (which holds all of `before`: a merge). */
function entriesBetween(before: History, after: History): JournalEntry[] {
  const entries: JournalEntry[] = [];
  const known = new Set(before.answers.map((a) => a.id));
  // Without cards: the merged cards follow as card entries, set whatever the answers' times.
  for (const answer of after.answers) if (!known.has(answer.id)) entries.push({ k: 'answer', answer, card: null });
  for (const [q, card] of Object.entries(after.cards)) if (!sameJson(before.cards[q], card)) entries.push({ k: 'card', q, card });
  if (!sameJson(before.settings, after.settings)) entries.push({ k: 'settings', settings: after.settings });
  const exams = new Set(before.exams.map((e) => e.id));
  for (const exam of after.exams) if (!exams.has(exam.id)) entries.push({ k: 'exam', exam });
  const wasSuspended = new Set(before.suspended);
  const isSuspended = new Set(after.suspended);
  const questions = new Set([...before.suspended, ...after.suspended, ...Object.keys(after.suspendedAt)]);
  for (const q of [...questions].sort()) {
    const at = after.suspendedAt[q];
    if (wasSuspended.has(q) !== isSuspended.has(q) || at !== before.suspendedAt[q])
      entries.push({ k: 'suspend', q: [q], suspended: isSuspended.has(q), ...(at !== undefined ? { at } : {}) });
  }
  return entries;
}

/** Equal as JSON, whatever the order of the objects' keys (a card or settings read from an export). */
function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** The whole history as it was, as an export (`import` reads it back), in backups/. */
function backUp(dir: string, history: History, now: Date): string {
  const backupDir = join(dir, 'backups');
  const stamp = `${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  try {
    mkdirSync(backupDir, { recursive: true, mode: 0o700 });
    const existing = readdirSync(backupDir).filter((n) => MERGE_BACKUP.test(n));
    let name = `before-merge-${stamp}.json`;
    for (let n = 2; existing.includes(name); n++) name = `before-merge-${stamp}-${n}.json`;
    const path = join(backupDir, name);
    writeFileDurable(path, exportText(history, now), realFs);
    const all = [...existing, name].sort(byTime);
    for (const old of all.slice(0, -MERGE_BACKUPS_KEPT)) realFs.unlinkSync(join(backupDir, old));
    return path;
  } catch (error) {
    if (error instanceof QuizError) throw error;
    throw writeError(backupDir, error);
  }
}

/** Backup names in the order they were taken (a same-second suffix after the plain name). */
function byTime(a: string, b: string): number {
  const key = (name: string) => {
    const match = /^before-merge-(\d{8}T\d{6}Z)(?:-(\d+))?\.json$/.exec(name);
    return [match?.[1] ?? '', Number(match?.[2] ?? 1)] as const;
  };
  const [ta, na] = key(a);
  const [tb, nb] = key(b);
  return ta < tb ? -1 : ta > tb ? 1 : na - nb;
}
