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
import { lstatSync, mkdirSync, readdirSync, readlinkSync, readSync, realpathSync, statSync, openSync, closeSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { QuizError } from '../errors.ts';
import { applyEntries } from './apply.ts';
import { AnswerTable, encodeAnswers } from './answer-columns.ts';
import type { AnswerView } from '../engine/answer-view.ts';
import { appendDurable, realFs, TEMP_FILE, writeError, writeFileDurable, type FsOps } from './durable.ts';
import { withLock } from './lock.ts';
import { processState } from './process-info.ts';
import { NotRegularFileError, readRegularFile } from './read-regular.ts';
import { checkJournalEntry, checkSnapshot, checkSnapshotShape, type Snapshot } from './score-schema.ts';
import { emptyScoreData, sequencedAnswerId, type AnswerRecord, type JournalEntry, type ScoreData } from './score-types.ts';

export const SNAPSHOT_NAME = 'scores.json';
export const JOURNAL_NAME = 'scores.journal';
export const LOCK_NAME = 'scores.lock';
const BACKUPS_KEPT = 7;
/** A journal longer than this is folded in when a writing command opens the file. */
export const CHECKPOINT_AFTER = 1000;
/** Reads and merges retried when other sessions keep changing the files meanwhile. */
const ATTEMPTS = 5;

/** What a file was when read: a checkpoint replaces the snapshot by a new file (new inode). */
type Identity = string | null;

function identityOf(path: string): Identity {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return null;
  }
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

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
      saved.forEach((entry, i) => checkJournalEntry(entry, `entry ${i + 1} of ${saved.length}`, 'write'));
      options.guard?.(this.data);
      const text = saved.map((e) => JSON.stringify(e)).join('\n') + '\n';
      this.journalBytes = appendDurable(this.journalPath, text, this.ops);
    });
    applyEntries(this.data, saved, null);
    this.journalLength += saved.length;
    return saved;
  }

  /** Fold the journal into a new snapshot: re-read under the lock, back up, write, empty the journal. */
  checkpoint(now: Date): void {
    this.ensureDir();
    withLock(this.lockPath, () => {
      removeLeftoverTemps(this.dir);
      for (let attempt = 1; ; attempt++) {
        const fresh = readState(this.dir, now);
        if (fresh.journalLength === 0 && fresh.snapshotBytes !== undefined) {
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
        this.adopt({ ...fresh, journalLength: emptied ? 0 : fresh.journalLength, journalBytes: emptied ? 0 : fresh.journalBytes, snapshotIdentity: identityOf(this.snapshotPath) });
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
    if (!(error instanceof QuizError) && typeof code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string') throw writeError(file, error);
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

/** Answers saved with ids no other answer has: equal time and question get `.1`, `.2`, ... */
function withUniqueIds(known: readonly AnswerRecord[], entries: readonly JournalEntry[]): JournalEntry[] {
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  return entries.map((entry) => {
    // A re-rate or an undo saved with its answer follows the answer's new id.
    if (entry.k === 'rerate' || entry.k === 'undo') {
      const id = renamed.get(entry.id);
      return id === undefined ? entry : { ...entry, id };
    }
    if (entry.k !== 'answer') return entry;
    const { answer } = entry;
    const used = (id: string) => taken.has(id) || idsAt(known, answer.at).has(id);
    let id = answer.id;
    for (let sequence = 1; used(id); sequence++) id = sequencedAnswerId(answer.at, answer.q, sequence);
    taken.add(id);
    if (id === answer.id) return entry;
    renamed.set(answer.id, id);
    return { ...entry, answer: { ...answer, id } };
  });
}

/** Ids of the answers at exactly `at` (answers are kept in time order: a binary search). */
function idsAt(answers: readonly AnswerRecord[], at: number): Set<string> {
  let low = 0;
  let high = answers.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((answers[mid]?.at ?? Infinity) < at) low = mid + 1;
    else high = mid;
  }
  const ids = new Set<string>();
  for (let i = low; i < answers.length && answers[i]?.at === at; i++) ids.add(answers[i]!.id);
  return ids;
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
  (target as { createdAt: number }).createdAt = source.createdAt;
}

/** The snapshot as written: answers in columns (see answer-columns.ts), checked as a reader would. */
export function serializeSnapshot(data: ScoreData): string {
  const snapshot = { ...data, answers: encodeAnswers(data.answers) };
  checkSnapshotShape(snapshot, 'the snapshot to save');
  return JSON.stringify(snapshot);
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

/** Temp files of writes and locks whose process is gone (killed mid-write): never read, so removed. */
function removeLeftoverTemps(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMP_FILE.exec(name)?.[1];
    if (pid === undefined || processState(Number(pid), null) !== 'gone') continue;
    try {
      realFs.unlinkSync(join(dir, name));
    } catch {
      /* removed by another session */
    }
  }
}

/** How to recover from a damaged file: the advice differs for the snapshot and the journal. */
function damaged(file: string, reason: string, dir: string, line?: number): QuizError {
  const backupDir = join(dir, 'backups');
  const backups = listBackups(backupDir);
  const newest = backups[backups.length - 1];
  const snapshot = join(dir, SNAPSHOT_NAME);
  const journal = join(dir, JOURNAL_NAME);
  let en: string;
  let ja: string;
  if (file === journal && line !== undefined) {
    en = `To recover, delete line ${line} from ${journal} (every other line is kept); a backup does not replace the journal.`;
    ja = `復旧するには、${journal} の ${line} 行目を削除してください (ほかの行はそのまま残ります)。バックアップは journal の代わりになりません。`;
  } else if (file === journal) {
    en = `To recover, move ${journal} aside (rename it): the answers saved since the last checkpoint are in it, the rest in ${snapshot}.`;
    ja = `復旧するには、${journal} を別の名前に変更してください。最後のチェックポイント以降の解答はこのファイルに、それ以前の解答は ${snapshot} にあります。`;
  } else if (newest) {
    en = `To recover, copy ${join(backupDir, newest)} over ${snapshot}; the answers in ${journal} are kept and added on top of it.`;
    ja = `復旧するには、${join(backupDir, newest)} を ${snapshot} に上書きコピーしてください。${journal} の解答はそのまま残り、その上に追加されます。`;
  } else {
    en = `No backup exists yet. To start again from the answers in ${journal} alone, move ${snapshot} aside (rename it).`;
    ja = `バックアップはまだありません。${journal} の解答だけでやり直すには、${snapshot} を別の名前に変更してください。`;
  }
  // The reason stays in English in both: it quotes the parser and the file's own field names.
  return new QuizError('STORE_CORRUPT', {
    en: `${file} ${reason}; it was left untouched. ${en}`,
    ja: `${file} を読み込めません (${reason})。ファイルは変更していません。${ja}`,
  });
}

function unreadable(file: string, error: unknown, dir: string): QuizError {
  if (error instanceof NotRegularFileError) return damaged(file, `is ${error.kind}, not a regular file`, dir);
  return damaged(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, dir);
}

interface State {
  data: ScoreData;
  journalLength: number;
  /** Bytes of the journal read: up to the end of its last whole line. */
  journalBytes: number;
  snapshotIdentity: Identity;
  snapshotBytes?: Buffer;
}

interface Files {
  snapshot: Snapshot;
  entries: JournalEntry[];
  journalBytes: number;
  snapshotIdentity: Identity;
  snapshotBytes?: Buffer;
}

/**
 * Snapshot and journal, checked; the answers stay in columns until asked for. Without the lock a
 * checkpoint may replace the snapshot and empty the journal between the two reads: the snapshot
 * is looked at again after the journal, and both are read again if it changed.
 */
function readFiles(dir: string, now: Date): Files {
  const snapshotPath = join(dir, SNAPSHOT_NAME);
  for (let attempt = 1; ; attempt++) {
    const before = identityOf(snapshotPath);
    let snapshotBytes: Buffer | undefined;
    try {
      snapshotBytes = readRegularFile(snapshotPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw unreadable(snapshotPath, error, dir);
    }
    const { entries, bytes } = readJournal(join(dir, JOURNAL_NAME), dir);
    if (identityOf(snapshotPath) !== before && attempt < ATTEMPTS) continue;
    const snapshot = snapshotBytes ? parseSnapshot(snapshotBytes, snapshotPath, dir) : { data: emptyScoreData(now), table: AnswerTable.from(encodeAnswers([])) };
    const files: Files = { snapshot, entries, journalBytes: bytes, snapshotIdentity: before };
    return snapshotBytes ? { ...files, snapshotBytes } : files;
  }
}

function parseSnapshot(bytes: Buffer, snapshotPath: string, dir: string): Snapshot {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw damaged(snapshotPath, `is not valid JSON (${(error as Error).message.split('\n', 1)[0]})`, dir);
  }
  try {
    return checkSnapshot(raw, snapshotPath);
  } catch (error) {
    if (error instanceof QuizError && error.code === 'STORE_CORRUPT') throw damaged(snapshotPath, error.message.replace(`${snapshotPath} `, ''), dir);
    throw error;
  }
}

function readState(dir: string, now: Date): State {
  const { snapshot, entries, snapshotBytes, journalBytes, snapshotIdentity } = readFiles(dir, now);
  const data = snapshot.data;
  const known = answersJournalMayRepeat(snapshot.table, entries);
  data.answers = snapshot.table.records();
  if (entries.length > 0) applyEntries(data, entries, known);
  const state: State = { data, journalLength: entries.length, journalBytes, snapshotIdentity };
  return snapshotBytes ? { ...state, snapshotBytes } : state;
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

function readJournal(file: string, dir: string): { entries: JournalEntry[]; bytes: number } {
  let buffer: Buffer;
  try {
    buffer = readRegularFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], bytes: 0 };
    throw unreadable(file, error, dir);
  }
  // A last line without its newline is an append that a crash cut short: it was never confirmed.
  const bytes = buffer.lastIndexOf(0x0a) + 1;
  return { entries: parseJournal(buffer.subarray(0, bytes), file, dir, 1), bytes };
}

/** Whole lines of the journal → checked entries; `firstLine` numbers them in messages. */
function parseJournal(bytes: Buffer, file: string, dir: string, firstLine: number): JournalEntry[] {
  const lines = bytes.toString('utf8').split('\n');
  lines.pop();
  const entries: JournalEntry[] = [];
  lines.forEach((line, index) => {
    const number = firstLine + index;
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw damaged(file, `has a broken entry at line ${number}`, dir, number);
    }
    try {
      entries.push(checkJournalEntry(raw, `line ${number}`));
    } catch (error) {
      throw damaged(file, `has a wrong entry at ${(error as Error).message}`, dir, number);
    }
  });
  return entries;
}

/** Bytes `from` to `to` of a file. */
function readRange(file: string, from: number, to: number): Buffer {
  const buffer = Buffer.alloc(to - from);
  const fd = openSync(file, 'r');
  try {
    let offset = 0;
    while (offset < buffer.length) {
      const read = readSync(fd, buffer, offset, buffer.length - offset, from + offset);
      if (read === 0) break;
      offset += read;
    }
    return buffer.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
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
    const text = readRange(file, 0, size);
    ops.ftruncateSync(fd, text.lastIndexOf(0x0a) + 1);
    ops.fsyncSync(fd);
  } finally {
    ops.closeSync(fd);
  }
}

/** Empties the journal if it still has `expected` bytes; false when it has grown meanwhile. */
function emptyJournalIf(file: string, expected: number, ops: FsOps): boolean {
  let fd: number;
  try {
    fd = ops.openSync(file, 'r+');
  } catch {
    return true;
  }
  try {
    if (ops.fstatSync(fd).size !== expected) return false;
    ops.ftruncateSync(fd, 0);
    ops.fsyncSync(fd);
    return true;
  } finally {
    ops.closeSync(fd);
  }
}
