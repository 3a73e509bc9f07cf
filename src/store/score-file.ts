/**
 * The score file, kept like a database's data file: a snapshot (`scores.json`) plus a journal
 * (`scores.journal`, one JSON entry per line). Saving an answer appends one line and fsyncs, so it
 * stays fast with a year of history; a checkpoint at the end of a session folds the journal into a
 * new snapshot written durably. Every save holds the lock and re-reads what other sessions wrote.
 *
 * Nothing here ever overwrites a file it could not read: a damaged snapshot or journal stops the
 * program with a message naming the file and the backups.
 */
import { mkdirSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { QuizError } from '../errors.ts';
import { applyEntries } from './apply.ts';
import { AnswerTable, encodeAnswers } from './answer-columns.ts';
import type { AnswerView } from '../engine/answer-view.ts';
import { appendDurable, realFs, writeError, writeFileDurable, type FsOps } from './durable.ts';
import { withLock } from './lock.ts';
import { checkJournalEntry, checkSnapshot, type Snapshot } from './score-schema.ts';
import { emptyScoreData, type JournalEntry, type ScoreData } from './score-types.ts';

export const SNAPSHOT_NAME = 'scores.json';
export const JOURNAL_NAME = 'scores.journal';
const BACKUPS_KEPT = 7;
/** A journal longer than this is folded in when a writing command opens the file. */
export const CHECKPOINT_AFTER = 1000;

export class ScoreFile {
  readonly dir: string;
  readonly snapshotPath: string;
  readonly journalPath: string;
  readonly backupDir: string;
  data: ScoreData;
  /** Entries in the journal when it was last read or written by us. */
  journalLength: number;
  private readonly ops: FsOps;

  private constructor(dir: string, data: ScoreData, journalLength: number, ops: FsOps) {
    this.dir = dir;
    this.snapshotPath = join(dir, SNAPSHOT_NAME);
    this.journalPath = join(dir, JOURNAL_NAME);
    this.backupDir = join(dir, 'backups');
    this.data = data;
    this.journalLength = journalLength;
    this.ops = ops;
  }

  /** Read the score file (creating nothing); a person with no file yet starts empty. */
  static open(dir: string, now: Date, ops: FsOps = realFs): ScoreFile {
    const { data, journalLength } = readState(dir, now);
    return new ScoreFile(dir, data, journalLength, ops);
  }

  /** Save entries durably before returning: lock, append, fsync, apply to memory. */
  record(entries: readonly JournalEntry[]): void {
    if (entries.length === 0) return;
    this.ensureDir();
    const text = entries.map((e) => JSON.stringify(e)).join('\n') + '\n';
    withLock(this.lockPath, () => {
      dropTornTail(this.journalPath, this.ops);
      appendDurable(this.journalPath, text, this.ops);
    });
    // Our answers carry fresh random ids: nothing to deduplicate against.
    applyEntries(this.data, entries, null);
    this.journalLength += entries.length;
  }

  /** Fold the journal into a new snapshot: re-read under the lock, back up, write, empty the journal. */
  checkpoint(now: Date): void {
    this.ensureDir();
    withLock(this.lockPath, () => {
      const fresh = readState(this.dir, now);
      if (fresh.journalLength === 0 && fresh.snapshotBytes !== undefined) {
        this.data = fresh.data;
        this.journalLength = 0;
        return;
      }
      if (fresh.snapshotBytes !== undefined) this.backUp(fresh.snapshotBytes, now);
      writeFileDurable(this.snapshotPath, serializeSnapshot(fresh.data), this.ops);
      // The journal is emptied only after the new snapshot is safe; replaying it again is harmless.
      emptyJournal(this.journalPath, this.ops);
      this.data = fresh.data;
      this.journalLength = 0;
    });
  }

  private get lockPath(): string {
    return join(this.dir, 'scores.lock');
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
      const existing = listBackups(this.backupDir);
      if (!existing.includes(name)) writeFileDurable(join(this.backupDir, name), bytes, this.ops);
      for (const old of listBackups(this.backupDir).slice(0, -BACKUPS_KEPT)) this.ops.unlinkSync(join(this.backupDir, old));
    } catch (error) {
      if (error instanceof QuizError) throw error;
      throw writeError(join(this.backupDir, name), error);
    }
  }
}

/** The snapshot as written: answers in columns (see answer-columns.ts). */
export function serializeSnapshot(data: ScoreData): string {
  return JSON.stringify({ ...data, answers: encodeAnswers(data.answers) });
}

export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function listBackups(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => /^scores-\d{4}-\d{2}-\d{2}\.json$/.test(n)).sort();
  } catch {
    return [];
  }
}

function damaged(file: string, reason: string, dir: string): QuizError {
  const backups = listBackups(join(dir, 'backups'));
  const newest = backups[backups.length - 1];
  const backupDir = join(dir, 'backups');
  // The reason stays in English in both: it quotes the parser and the file's own field names.
  return new QuizError('STORE_CORRUPT', {
    en: `${file} ${reason}; it was left untouched.${newest ? ` Backups are in ${backupDir} (newest: ${newest}); to recover, copy one over ${file}.` : ' No backup exists yet.'}`,
    ja: `${file} を読み込めません (${reason})。ファイルは変更していません。${newest ? `バックアップは ${backupDir} にあります (最新: ${newest})。復旧するには、いずれかを ${file} にコピーしてください。` : 'バックアップはまだありません。'}`,
  });
}

interface State {
  data: ScoreData;
  journalLength: number;
  snapshotBytes?: Buffer;
}

/** Snapshot and journal, checked; the answers stay in columns until asked for. */
function readFiles(dir: string, now: Date): { snapshot: Snapshot; entries: JournalEntry[]; snapshotBytes?: Buffer } {
  const snapshotPath = join(dir, SNAPSHOT_NAME);
  let snapshotBytes: Buffer | undefined;
  try {
    snapshotBytes = readFileSync(snapshotPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw damaged(snapshotPath, `cannot be read (${(error as NodeJS.ErrnoException).code})`, dir);
  }
  let snapshot: Snapshot;
  if (snapshotBytes) {
    let raw: unknown;
    try {
      raw = JSON.parse(snapshotBytes.toString('utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      throw damaged(snapshotPath, `is not valid JSON (${(error as Error).message.split('\n', 1)[0]})`, dir);
    }
    try {
      snapshot = checkSnapshot(raw, snapshotPath);
    } catch (error) {
      if (error instanceof QuizError && error.code === 'STORE_CORRUPT') throw damaged(snapshotPath, error.message.replace(`${snapshotPath} `, ''), dir);
      throw error;
    }
  } else snapshot = { data: emptyScoreData(now), table: AnswerTable.from(encodeAnswers([])) };
  const entries = readJournal(join(dir, JOURNAL_NAME), dir);
  return snapshotBytes ? { snapshot, entries, snapshotBytes } : { snapshot, entries };
}

function readState(dir: string, now: Date): State {
  const { snapshot, entries, snapshotBytes } = readFiles(dir, now);
  const data = snapshot.data;
  const known = answersJournalMayRepeat(snapshot.table, entries);
  data.answers = snapshot.table.records();
  if (entries.length > 0) applyEntries(data, entries, known);
  return snapshotBytes ? { data, journalLength: entries.length, snapshotBytes } : { data, journalLength: entries.length };
}

/** What the read-only quick commands need: settings and cards, and the answers as a view. */
export interface ScoreView {
  readonly data: Omit<ScoreData, 'answers'>;
  readonly answers: AnswerView;
}

/**
 * Read the score file for looking only (stats): the answers are served from their columns, never
 * built into records. Journal answers not yet folded in are appended to the columns; the rare
 * duplicate a crash can leave between checkpoint steps is skipped as in a full read.
 */
export function readScoreView(dir: string, now: Date): ScoreView {
  const { snapshot, entries } = readFiles(dir, now);
  const { data, table } = snapshot;
  // An undo may take an answer out of the snapshot's columns. Undos are rare and folded in at the
  // end of their session, so the view then simply reads in full, as the study commands do.
  if (entries.some((e) => e.k === 'undo')) {
    data.answers = table.records();
    applyEntries(data, entries, answersJournalMayRepeat(table, entries));
    return { data, answers: AnswerTable.from(encodeAnswers(data.answers)) };
  }
  // The snapshot's answers stay in the table; data.answers collects only the journal's.
  applyEntries(data, entries, answersJournalMayRepeat(table, entries), (id, rating) => table.setRating(id, rating));
  // Journal answers follow the snapshot's; one a concurrent session saved slightly earlier may
  // land out of time order, which only shifts what counts as the last ten answers of a topic.
  for (const answer of data.answers) table.push(answer);
  return { data, answers: table };
}

/**
 * Ids of snapshot answers that journal answers could repeat: those at or after the earliest one
 * (a crash between a checkpoint's two steps leaves a journal already folded in).
 */
function answersJournalMayRepeat(table: AnswerTable, entries: readonly JournalEntry[]): Set<string> {
  let earliest = Infinity;
  for (const e of entries) if (e.k === 'answer') earliest = Math.min(earliest, e.answer.at);
  return earliest === Infinity ? new Set() : table.idsSince(earliest);
}

function readJournal(file: string, dir: string): JournalEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw damaged(file, `cannot be read (${(error as NodeJS.ErrnoException).code})`, dir);
  }
  const lines = text.split('\n');
  // A last line without its newline is an append that a crash cut short: it was never confirmed.
  lines.pop();
  const entries: JournalEntry[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw damaged(file, `has a broken entry at line ${index + 1}`, dir);
    }
    try {
      entries.push(checkJournalEntry(raw, `line ${index + 1}`));
    } catch (error) {
      throw damaged(file, `has a wrong entry at ${(error as Error).message}`, dir);
    }
  });
  return entries;
}

/** Cut off a last line that a crash left without its newline; reads one byte in the usual case. */
function dropTornTail(file: string, ops: FsOps): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return;
  }
  if (size === 0) return;
  const fd = ops.openSync(file, 'r+');
  try {
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    if (last[0] === 0x0a) return;
    const text = readFileSync(file);
    ops.ftruncateSync(fd, text.lastIndexOf(0x0a) + 1);
    ops.fsyncSync(fd);
  } finally {
    ops.closeSync(fd);
  }
}

function emptyJournal(file: string, ops: FsOps): void {
  let fd: number;
  try {
    fd = ops.openSync(file, 'r+');
  } catch {
    return;
  }
  try {
    ops.ftruncateSync(fd, 0);
    ops.fsyncSync(fd);
  } finally {
    ops.closeSync(fd);
  }
}
