/**
 * The score file, kept like a database's data file: a snapshot (`scores.json`) plus a journal
 * (`scores.journal`, one JSON entry per line). Saving an answer appends one line and fsyncs, so it
 * stays fast with a year of history; a checkpoint at the end of a session folds the journal into a
 * new snapshot written durably.
 *
 * Every save holds the lock and first catches up with what other sessions wrote since this one
 * last looked (their journal lines, or the whole file after their checkpoint), so ids stay unique
 * and checks such as "this exam is already submitted" see everything. A checkpoint re-checks,
 * just before replacing the snapshot, that the files are still those it merged: should the lock
 * ever have been taken from it (removed by hand, a clock gone wrong), it merges again instead of
 * overwriting another session's work. Readers without the lock retry when a checkpoint replaced
 * the snapshot while they read.
 *
 * Nothing here ever overwrites a file it could not read: a damaged snapshot or journal stops the
 * program with a message naming the file and how to recover.
 */
import { lstatSync, mkdirSync, readlinkSync, realpathSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { QuizError } from '../errors.ts';
import { applyEntries } from './apply.ts';
import { encodeAnswers } from './answer-columns.ts';
import { appendDurable, realFs, removeLeftoverTemps, writeError, writeFileDurable, type FsOps } from './durable.ts';
import { dropTornTail, emptyJournalIf, readRange } from './journal-file.ts';
import { withLock } from './lock.ts';
import { listBackups } from './recovery-advice.ts';
import { JOURNAL_NAME, LOCK_NAME, SNAPSHOT_NAME } from './score-paths.ts';
import { ATTEMPTS, identityOf, parseJournal, readState, sizeOf, type Identity, type State } from './score-read.ts';
import { checkJournalEntry, checkSnapshotShape } from './score-schema.ts';
import { withUniqueIds } from './answer-ids.ts';
import type { JournalEntry, ScoreData } from './score-types.ts';

export { JOURNAL_NAME } from './score-paths.ts';
export { readScoreView, type ScoreView } from './score-read.ts';

const BACKUPS_KEPT = 7;
/** A journal longer than this is folded in when a writing command opens the file. */
export const CHECKPOINT_AFTER = 1000;

/** Options of a save. */
export interface RecordOptions {
  /**
   * Runs under the lock after catching up with other sessions, before anything is written; it
   * throws to refuse the save (e.g. an exam that another terminal has already submitted).
   */
  readonly guard?: (data: ScoreData) => void;
}

export class ScoreFile {
  readonly dir: string;
  readonly snapshotPath: string;
  readonly journalPath: string;
  readonly backupDir: string;
  data: ScoreData;
  /** Entries in the journal when it was last read or written by us. */
  journalLength: number;
  private readonly ops: FsOps;
  private readonly openedAt: Date;
  /** The snapshot as last read or written by us, and how far into the journal we have read. */
  private snapshotIdentity: Identity;
  private journalBytes: number;

  private constructor(dir: string, state: State, now: Date, ops: FsOps) {
    this.dir = dir;
    this.snapshotPath = join(dir, SNAPSHOT_NAME);
    this.journalPath = join(dir, JOURNAL_NAME);
    this.backupDir = join(dir, 'backups');
    this.data = state.data;
    this.journalLength = state.journalLength;
    this.snapshotIdentity = state.snapshotIdentity;
    this.journalBytes = state.journalBytes;
    this.openedAt = now;
    this.ops = ops;
  }

  /** Read the score file (creating nothing); a person with no file yet starts empty. */
  static open(dir: string, now: Date, ops: FsOps = realFs): ScoreFile {
    return new ScoreFile(dir, readState(dir, now), now, ops);
  }

  /**
   * Save entries durably before returning: lock, catch up, append, fsync, apply to memory. Returns
   * the entries as saved: an answer whose id another answer already has (equal times) gets a
   * sequence suffix, and a re-rate in the same save follows its answer's new id.
   */
  record(entries: readonly JournalEntry[], options: RecordOptions = {}): JournalEntry[] {
    if (entries.length === 0) return [];
    this.ensureDir();
    let saved: JournalEntry[] = [];
    withLock(this.lockPath, () => {
      asSaveError(this.journalPath, () => dropTornTail(this.journalPath, this.ops));
      this.catchUp();
      saved = withUniqueIds(this.data.answers, entries);
      // The writer holds itself to the reader's rules: nothing is written that could not be read back.
      saved.forEach((entry, i) => {
        checkJournalEntry(entry, `entry ${i + 1} of ${saved.length}`, 'write');
      });
      options.guard?.(this.data);
      const text = `${saved.map((e) => JSON.stringify(e)).join('\n')}\n`;
      this.journalBytes = appendDurable(this.journalPath, text, this.ops);
    });
    applyEntries(this.data, saved, null);
    this.journalLength += saved.length;
    return saved;
  }

  /**
   * Fold the journal into a new snapshot: re-read under the lock, back up, write, empty the journal.
   * `rewrite` changes the data as read under the lock before it is written (cards rebuilt with new
   * FSRS parameters): the whole change lands in one durable write, or not at all.
   */
  checkpoint(now: Date, rewrite?: (data: ScoreData) => void): void {
    this.ensureDir();
    withLock(this.lockPath, () => {
      removeLeftoverTemps(this.dir);
      for (let attempt = 1; ; attempt++) {
        const fresh = readState(this.dir, now);
        rewrite?.(fresh.data);
        if (!rewrite && fresh.journalLength === 0 && fresh.snapshotBytes !== undefined) {
          this.adopt(fresh);
          return;
        }
        if (fresh.snapshotBytes !== undefined) this.backUp(fresh.snapshotBytes, now);
        const stillAsRead = () => identityOf(this.snapshotPath) === fresh.snapshotIdentity && sizeOf(this.journalPath) === fresh.journalBytes;
        if (!writeFileDurable(snapshotTarget(this.snapshotPath), serializeSnapshot(fresh.data), this.ops, 0o600, stillAsRead)) {
          if (attempt < ATTEMPTS) continue;
          throw new QuizError('STORE_LOCKED', {
            en: `${this.snapshotPath} kept changing while it was being saved, although the lock was held; another program is writing to ${this.dir}`,
            ja: `ロック中にもかかわらず ${this.snapshotPath} が保存中に変更され続けました。別のプログラムが ${this.dir} に書き込んでいます`,
          });
        }
        // Emptied only after the new snapshot is safe, and only if nobody appended meanwhile:
        // replaying a journal already folded in changes nothing, losing a line would.
        const emptied = asSaveError(this.journalPath, () => emptyJournalIf(this.journalPath, fresh.journalBytes, this.ops));
        this.adopt({
          ...fresh,
          journalLength: emptied ? 0 : fresh.journalLength,
          journalBytes: emptied ? 0 : fresh.journalBytes,
          snapshotIdentity: identityOf(this.snapshotPath),
        });
        return;
      }
    });
  }

  private get lockPath(): string {
    return join(this.dir, LOCK_NAME);
  }

  /** Read what other sessions saved since we last looked, under the lock. */
  private catchUp(): void {
    const identity = identityOf(this.snapshotPath);
    const size = sizeOf(this.journalPath);
    if (identity !== this.snapshotIdentity || size < this.journalBytes) {
      this.adopt(readState(this.dir, this.openedAt));
      return;
    }
    if (size === this.journalBytes) return;
    const bytes = asSaveError(this.journalPath, () => readRange(this.journalPath, this.journalBytes, size));
    const entries = parseJournal(bytes, this.journalPath, this.dir, lineNumberAt(this.journalLength));
    applyEntries(this.data, entries, null);
    this.journalLength += entries.length;
    this.journalBytes = size;
  }

  /** Take over freshly read state, keeping the objects others hold (a session keeps `data.cards`). */
  private adopt(state: State): void {
    replaceInPlace(this.data, state.data);
    this.journalLength = state.journalLength;
    this.journalBytes = state.journalBytes;
    this.snapshotIdentity = state.snapshotIdentity;
  }

  private ensureDir(): void {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw writeError(this.dir, error);
    }
  }

  /** One backup a day of the snapshot as it was, keeping the newest BACKUPS_KEPT. */
  private backUp(bytes: Buffer, now: Date): void {
    const name = `scores-${localDate(now)}.json`;
    try {
      mkdirSync(this.backupDir, { recursive: true, mode: 0o700 });
      removeLeftoverTemps(this.backupDir);
      const existing = listBackups(this.backupDir);
      if (!existing.includes(name)) writeFileDurable(join(this.backupDir, name), bytes, this.ops);
      for (const old of listBackups(this.backupDir).slice(0, -BACKUPS_KEPT)) this.ops.unlinkSync(join(this.backupDir, old));
    } catch (error) {
      if (error instanceof QuizError) throw error;
      throw writeError(join(this.backupDir, name), error);
    }
  }
}

/**
 * A file-system failure (EIO, ENOSPC, ...) in the steps around a write is a failed save, reported
 * as such; anything else (a bug) is left as it is.
 */
function asSaveError<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(error instanceof QuizError) && typeof code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string')
      throw writeError(file, error);
    throw error;
  }
}

/** The line number (1-based) of the journal's entry after `entries` entries (blank lines aside). */
function lineNumberAt(entries: number): number {
  return entries + 1;
}

/**
 * Where a new snapshot is written: a `scores.json` that is a symbolic link (to a synced folder,
 * say) is followed, so the link stays and its target is the file replaced.
 */
function snapshotTarget(path: string): string {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    return path;
  }
  if (!stats.isSymbolicLink()) return path;
  try {
    return realpathSync(path);
  } catch {
    // A link to a file not there yet: write where it points.
    return resolve(dirname(path), readlinkSync(path));
  }
}

function replaceInPlace(target: ScoreData, source: ScoreData): void {
  if (target === source) return;
  target.settings = source.settings;
  for (const key of Object.keys(target.cards)) delete target.cards[key];
  Object.assign(target.cards, source.cards);
  target.answers.length = 0;
  for (const answer of source.answers) target.answers.push(answer);
  target.exams = source.exams;
  target.pausedExams = source.pausedExams;
  target.suspended = source.suspended;
  target.suspendedAt = source.suspendedAt;
  (target as { createdAt: number }).createdAt = source.createdAt;
}

/** The snapshot as written: answers in columns (see answer-columns.ts), checked as a reader would. */
export function serializeSnapshot(data: ScoreData): string {
  const snapshot = { ...data, answers: encodeAnswers(data.answers) };
  checkSnapshotShape(snapshot, 'the snapshot to save');
  return JSON.stringify(snapshot);
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
