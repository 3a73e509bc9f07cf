/**
 * The score folder, kept like a database's data files:
 *
 *   scores.journal        one JSON entry per line: every change since the last checkpoint. Saving
 *                         an answer appends one line and fsyncs, under the lock.
 *   history/NNNNNN.jsonl  the journals of past checkpoints, moved there whole and never written
 *                         again: the append-only history, every answer ever given.
 *   scores.json           the state (settings, cards, when each question was first and last
 *                         answered, unfinished exams, suspended ids) as of some history file:
 *                         everything the everyday commands read, small however long the history.
 *   history/summary.json  per question and per day aggregates of the history (stats, review,
 *                         leeches, past wrong picks), as of some history file: a cache.
 *
 * A reader takes a cache and folds what came after it (the newer history files, the journal). A
 * checkpoint moves the journal into the history and writes both caches anew, durably; it never
 * rewrites the history. Every save holds the lock and first catches up with what other sessions
 * wrote since this one last looked, so ids stay unique and checks such as "this exam is already
 * submitted" see everything. A checkpoint re-checks, just before replacing `scores.json`, that
 * nobody changed it meanwhile (a lock removed by hand): if so, it reads again and folds again.
 *
 * Nothing here ever overwrites a file it could not read: a damaged `scores.json`, journal or
 * history file stops the program with a message naming the file and how to recover.
 */
import { lstatSync, mkdirSync, readlinkSync, realpathSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { HistorySummary, QuestionHistory } from '../engine/history-summary.ts';
import { lapsesByQuestion } from '../engine/leech.ts';
import { QuizError } from '../errors.ts';
import { withUniqueIds } from './answer-ids.ts';
import { appendDurable, realFs, removeLeftoverTemps, writeError, writeFileDurable, type FsOps } from './durable.ts';
import { applyToState, mergeSeen, questionOf, reachBackOf, resolveAnswers, type Positioned, type ReachBack } from './fold.ts';
import { summaryOf } from './summary-view.ts';
import {
  createEmptyJournal,
  ensureHistoryDir,
  fileIdAt,
  forEachHistoryEntry,
  historyDir,
  moveJournalIn,
  readEntries,
  segmentExists,
  segmentPath,
  unlinkJournalIfMoved,
  writeNewSegment,
} from './history-files.ts';
import { dropTornTail, emptyJournalIf } from './journal-file.ts';
import { legacyCode } from './legacy-code.ts';
import { withLock } from './lock.ts';
import { listBackups } from './recovery-advice.ts';
import { readRegularFile } from './read-regular.ts';
import { rebuildFromHistory, scanQuestions } from './rebuild.ts';
import { JOURNAL_NAME, LAPSES_NAME, LOCK_NAME, SNAPSHOT_NAME, SUMMARY_NAME } from './score-paths.ts';
import { ATTEMPTS, cloneState, identityOf, readFolder, sizeOf, type Folder, type StretchEntry } from './score-read.ts';
import { checkJournalEntry, stateText } from './score-schema.ts';
import type { AnswerRecord, ExamAttempt, JournalEntry, ScoreData } from './score-types.ts';
import { lapsesText, readLapsesCache, summaryText, type LapsesCache } from './summary-file.ts';

export { JOURNAL_NAME } from './score-paths.ts';

const BACKUPS_KEPT = 7;
/** Entries not yet in the caches beyond which a writing command folds them in when it opens the folder. */
export const CHECKPOINT_AFTER = 1000;

/** Options of a save. */
export interface RecordOptions {
  /**
   * Runs under the lock after catching up with other sessions, before anything is written; it
   * throws to refuse the save (e.g. an exam that another terminal has already submitted).
   */
  readonly guard?: (data: ScoreData) => void;
}

/** The history's summary and the submitted exams, as the commands read them. */
export interface HistoryView {
  readonly summary: HistorySummary;
  readonly exams: readonly ExamAttempt[];
}

export class ScoreFile {
  readonly dir: string;
  readonly snapshotPath: string;
  readonly journalPath: string;
  readonly historyPath: string;
  readonly summaryPath: string;
  readonly backupDir: string;
  /** The state now (settings, cards, seen, exams, suspended); kept in place: a session holds `data.cards`. */
  readonly data: ScoreData;
  private folder: Folder;
  private readonly ops: FsOps;
  private readonly openedAt: Date;
  /** What undos and re-rates reach back for, scanned once per point of the history and questions. */
  private readonly scans = new Map<string, ReachBack>();
  private view: HistoryView | undefined;
  /** history/lapses.json as read (null: missing or unusable), before knowing whether it is current. */
  private lapsesFile: LapsesCache | null | undefined;
  /** Answer ids in the history at one time and question (a fixed clock), scanned once per base. */
  private readonly idsInHistory = new Map<string, Set<string>>();

  private constructor(dir: string, folder: Folder, now: Date, ops: FsOps) {
    this.dir = dir;
    this.snapshotPath = join(dir, SNAPSHOT_NAME);
    this.journalPath = join(dir, JOURNAL_NAME);
    this.historyPath = historyDir(dir);
    this.summaryPath = join(this.historyPath, SUMMARY_NAME);
    this.backupDir = join(dir, 'backups');
    this.openedAt = now;
    this.ops = ops;
    this.folder = folder;
    // Already a copy of the state as read (readFolder keeps that as folder.base), made for whoever
    // folds into it; nothing reads folder.data after this. Copying its thousands of cards again
    // was a tenth of opening a long history.
    this.data = folder.data;
    this.refresh();
  }

  /** Read the score folder (creating nothing); a person with no file yet starts empty. */
  static open(dir: string, now: Date, ops: FsOps = realFs): ScoreFile {
    return new ScoreFile(dir, readFolder(dir, now), now, ops);
  }

  /**
   * The state now, for a command that saves nothing (`due`): what open() gives as `data`, without
   * the copy of every card that open() folds into so that a save can start again from the state
   * as read. Nothing can be saved through it: the ScoreFile read is dropped.
   */
  static readState(dir: string, now: Date): ScoreData {
    return new ScoreFile(dir, readFolder(dir, now, true), now, realFs).data;
  }

  /** Entries saved but not yet in the caches (newer history files and the journal). */
  get pendingEntries(): number {
    return this.folder.stretch.length;
  }

  /** Entries in the journal. */
  get journalLength(): number {
    return this.folder.journal.entries;
  }

  /** Whether the folder is still in an earlier version (moved to this one by the first save). */
  get needsMigration(): boolean {
    return this.folder.legacy !== undefined;
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
      this.prepareToWrite(this.openedAt);
      saved = withUniqueIds((at, q) => this.idsAt(at, q), entries);
      // The writer holds itself to the reader's rules: nothing is written that could not be read back.
      saved.forEach((entry, i) => {
        checkJournalEntry(entry, `entry ${i + 1} of ${saved.length}`, 'write');
      });
      options.guard?.(this.data);
      const text = `${saved.map((e) => JSON.stringify(e)).join('\n')}\n`;
      const bytes = appendDurable(this.journalPath, text, this.ops);
      this.addToStretch(saved, 0);
      this.folder = { ...this.folder, journal: { entries: this.folder.journal.entries + saved.length, bytes, id: fileIdAt(this.journalPath) } };
    });
    // An undo or a re-rate of an answer another session already moved into the history makes its
    // question be counted again from the history: done once now, not by every reader until later.
    if (reachBackOf(this.folder.stretch).size > 0) this.checkpoint(this.openedAt);
    return saved;
  }

  /**
   * Move the journal into the history and write both caches anew. `rewrite` changes the cards as
   * read under the lock (rebuilt with new FSRS parameters, moved before the exam): the changed
   * cards are saved as `card` entries in one append, then folded in with everything else, so the
   * whole change lands or none of it does, and the history still adds up to the state.
   */
  checkpoint(now: Date, rewrite?: (data: ScoreData) => void): void {
    this.ensureDir();
    withLock(this.lockPath, () => {
      removeLeftoverTemps(this.dir);
      for (let attempt = 1; ; attempt++) {
        this.prepareToWrite(now);
        if (rewrite && attempt === 1) this.saveRewrite(rewrite);
        const { folder } = this;
        const upToDate =
          folder.stateBytes !== undefined && folder.stretch.length === 0 && folder.journal.bytes === 0 && folder.base.position.segments === folder.lastSegment;
        // Nothing to fold: the caches are as far as the history goes (the summary, a cache, may lag).
        if (upToDate) return;
        // Listed only when there is something to fold: the folder holds one file per session.
        if (attempt === 1) removeLeftoverTemps(this.historyPath);
        if (folder.stateBytes) this.backUp(folder.stateBytes, now);
        let last = folder.lastSegment;
        let stretch = folder.stretch;
        if (folder.journal.bytes > 0) {
          ensureHistoryDir(this.dir, this.ops);
          last = moveJournalIn(this.dir, this.journalPath, last, this.ops);
          createEmptyJournal(this.journalPath, this.dir, this.ops);
          stretch = stretch.map((e) => (e.file === 0 ? { ...e, file: last } : e));
          this.folder = {
            ...folder,
            stretch,
            lastSegment: last,
            lastSegmentId: fileIdAt(segmentPath(this.dir, last)),
            journal: { entries: 0, bytes: 0, id: fileIdAt(this.journalPath) },
          };
        }
        const position = { segments: last, answers: nextOrdinal(this.folder) };
        const view = this.historyView();
        this.writeSummary({ position, dayStart: this.dayStart, summary: view.summary, exams: [...view.exams] });
        const text = stateText({ data: this.data, position });
        const stillAsRead = () => identityOf(this.snapshotPath) === folder.stateIdentity && !segmentExists(this.dir, last + 1);
        if (!writeFileDurable(snapshotTarget(this.snapshotPath), text, this.ops, 0o600, stillAsRead)) {
          // Someone changed the folder although we held the lock (it was removed by hand): read it
          // again and fold again; our history file stays where it is and is read like any other.
          this.adopt(readFolder(this.dir, now));
          if (attempt < ATTEMPTS) continue;
          throw new QuizError('STORE_LOCKED', {
            en: `${this.snapshotPath} kept changing while it was being saved, although the lock was held; another program is writing to ${this.dir}`,
            ja: `ロック中にもかかわらず ${this.snapshotPath} が保存中に変更され続けました。別のプログラムが ${this.dir} に書き込んでいます`,
          });
        }
        this.adopt({
          ...this.folder,
          data: cloneState(this.data),
          base: { data: cloneState(this.data), position },
          stretch: [],
          stateIdentity: identityOf(this.snapshotPath),
          stateBytes: Buffer.from(text),
        });
        this.view = view;
        return;
      }
    });
  }

  /**
   * Adds `entries` to the history as one new history file, written durably after whatever the
   * journal holds, then counts the state and the summary again from the whole history, one file at
   * a time: for importing or merging a history, however long. Entries are checked as any save
   * checks them; answer ids are taken as given. A guard runs as for record(), before anything is
   * written.
   */
  importEntries(entries: Iterable<JournalEntry>, now: Date, options: RecordOptions = {}): void {
    this.ensureDir();
    withLock(this.lockPath, () => {
      this.prepareToWrite(now);
      options.guard?.(this.data);
      ensureHistoryDir(this.dir, this.ops);
      let last = this.folder.lastSegment;
      if (this.folder.journal.bytes > 0) {
        last = moveJournalIn(this.dir, this.journalPath, last, this.ops);
        createEmptyJournal(this.journalPath, this.dir, this.ops);
      }
      function* lines(): Generator<string> {
        let count = 0;
        for (const entry of entries) {
          count++;
          checkJournalEntry(entry, `entry ${count} to import`, 'write');
          yield `${JSON.stringify(entry)}\n`;
        }
      }
      if (!writeNewSegment(this.dir, last + 1, lines(), this.ops)) {
        throw new QuizError('STORE_LOCKED', {
          en: `${segmentPath(this.dir, last + 1)} appeared while the lock was held; another program is writing to ${this.dir}`,
          ja: `ロック中に ${segmentPath(this.dir, last + 1)} が作られました。別のプログラムが ${this.dir} に書き込んでいます`,
        });
      }
      const rebuilt = rebuildFromHistory(this.dir, last + 1, new Date(this.data.createdAt));
      if (this.folder.stateBytes) this.backUp(this.folder.stateBytes, now);
      this.writeSummary({ position: rebuilt.position, dayStart: rebuilt.dayStart, summary: rebuilt.summary, exams: rebuilt.exams });
      const data = { ...rebuilt.data, createdAt: this.data.createdAt };
      writeFileDurable(snapshotTarget(this.snapshotPath), stateText({ data, position: rebuilt.position }), this.ops);
      this.adopt(readFolder(this.dir, now));
    });
  }

  /** Under the lock: the cards `rewrite` changes, appended as `card` entries. */
  private saveRewrite(rewrite: (data: ScoreData) => void): void {
    const changed = cloneState(this.data);
    rewrite(changed);
    const entries: JournalEntry[] = [];
    for (const q of Object.keys(changed.cards)) {
      const card = changed.cards[q];
      if (card && JSON.stringify(card) !== JSON.stringify(this.data.cards[q])) entries.push({ k: 'card', q, card });
    }
    if (entries.length === 0) return;
    entries.forEach((entry, i) => {
      checkJournalEntry(entry, `entry ${i + 1} of ${entries.length}`, 'write');
    });
    const bytes = appendDurable(this.journalPath, `${entries.map((e) => JSON.stringify(e)).join('\n')}\n`, this.ops);
    this.addToStretch(entries, 0);
    this.folder = { ...this.folder, journal: { entries: this.folder.journal.entries + entries.length, bytes, id: fileIdAt(this.journalPath) } };
  }

  /** The history's summary and the submitted exams, as of now. */
  historyView(): HistoryView {
    if (!this.view) this.view = summaryOf(this.dir, this.folder, this.dayStart, (upTo, questions) => this.scan(upTo, questions), this.openedAt);
    return this.view;
  }

  /**
   * history/lapses.json when it stands at the state's point and nothing saved since is an answer,
   * an undo or a re-rate (the common case at the start of a session: each one ends with a
   * checkpoint); read once.
   */
  private settledLapses(): LapsesCache | undefined {
    const { folder } = this;
    if (this.view || folder.legacy) return undefined;
    if (!folder.stretch.every(({ entry }) => entry.k !== 'answer' && entry.k !== 'undo' && entry.k !== 'rerate')) return undefined;
    if (this.lapsesFile === undefined) {
      try {
        this.lapsesFile = readLapsesCache(JSON.parse(readRegularFile(join(this.historyPath, LAPSES_NAME)).toString('utf8'))) ?? null;
      } catch {
        this.lapsesFile = null;
      }
    }
    const cached = this.lapsesFile ?? undefined;
    const { position } = folder.base;
    const current =
      cached && cached.dayStart === this.dayStart && cached.position.segments === position.segments && cached.position.answers === position.answers;
    return current ? cached : undefined;
  }

  /** Rated misses after the first right answer, per question, as of now (what makes a leech). */
  lapses(): Map<string, number> {
    return this.settledLapses()?.lapses ?? lapsesByQuestion(this.historyView().summary);
  }

  /** The wrong picks of question `q`, as of now: of a leech from history/lapses.json when it is current. */
  wrongPicksOf(q: string): Pick<QuestionHistory, 'wrongPicks'> | undefined {
    const picks = this.settledLapses()?.picks.get(q);
    return picks ? { wrongPicks: picks } : this.questionHistory(q);
  }

  /** One question's part of the summary, as of now. */
  questionHistory(q: string): QuestionHistory | undefined {
    return this.historyView().summary.questions.get(q);
  }

  /** Every answer in the history, oldest first (answers at one time in the order they were saved). */
  history(): AnswerRecord[] {
    if (this.folder.legacy) return [...this.folder.legacy.data.answers];
    const entries: Positioned[] = [];
    this.forEachEntry((entry) => entries.push({ entry, ordinal: -1 }));
    return resolveAnswers(entries)
      .live.map((a) => a.answer)
      .sort((a, b) => a.at - b.at);
  }

  /**
   * Every answer to question `q`, oldest first, undos and re-rates applied: the history read one
   * file at a time, only that question's entries kept.
   */
  answersTo(q: string): AnswerRecord[] {
    if (this.folder.legacy) return this.folder.legacy.data.answers.filter((a) => a.q === q);
    const entries: Positioned[] = [];
    this.forEachEntry((entry) => {
      if (questionOf(entry) === q) entries.push({ entry, ordinal: -1 });
    });
    return resolveAnswers(entries)
      .live.map((a) => a.answer)
      .sort((a, b) => a.at - b.at);
  }

  /** Every entry ever saved, in the order saved: the history files one at a time, then the journal. */
  forEachEntry(visit: (entry: JournalEntry) => void): void {
    if (this.folder.legacy) {
      for (const entry of legacyCode().legacyEntries(this.folder.legacy.data)) visit(entry);
      return;
    }
    forEachHistoryEntry(this.dir, this.folder.lastSegment, visit);
    for (const { entry, file } of this.folder.stretch) if (file === 0) visit(entry);
  }

  private get lockPath(): string {
    return join(this.dir, LOCK_NAME);
  }

  private get dayStart(): number {
    return this.data.settings.dayStart ?? 4;
  }

  /** Under the lock, before any write: the folder in this version, the journal whole and ours. */
  private prepareToWrite(now: Date): void {
    this.catchUp();
    if (this.folder.legacy) this.migrate(now);
    if (unlinkJournalIfMoved(this.journalPath, segmentPath(this.dir, this.folder.lastSegment), this.dir, this.ops)) this.adopt(readFolder(this.dir, now));
    asSaveError(this.journalPath, () => dropTornTail(this.journalPath, this.ops));
  }

  /** Read what other sessions saved since we last looked, under the lock. */
  private catchUp(): void {
    const { folder } = this;
    const journalId = fileIdAt(this.journalPath);
    const size = sizeOf(this.journalPath);
    const moved = identityOf(this.snapshotPath) !== folder.stateIdentity || segmentExists(this.dir, folder.lastSegment + 1);
    const replaced = journalId !== null && folder.journal.id !== null && journalId !== folder.journal.id;
    if (moved || replaced || size < folder.journal.bytes) {
      this.adopt(readFolder(this.dir, this.openedAt));
      return;
    }
    if (size === folder.journal.bytes) return;
    const added: JournalEntry[] = [];
    const read = readEntries(this.journalPath, this.dir, (entry) => added.push(entry), { byte: folder.journal.bytes, line: folder.journal.entries + 1 });
    this.addToStretch(added, 0);
    this.folder = { ...this.folder, journal: { entries: folder.journal.entries + added.length, bytes: folder.journal.bytes + read, id: journalId } };
  }

  private addToStretch(entries: readonly JournalEntry[], file: number): void {
    let ordinal = nextOrdinal(this.folder);
    const added: StretchEntry[] = entries.map((entry) => ({ entry, ordinal: entry.k === 'answer' ? ordinal++ : -1, file }));
    for (const { entry } of added) applyToState(this.data, entry);
    this.folder = { ...this.folder, stretch: [...this.folder.stretch, ...added] };
    this.refresh();
  }

  /** Take over freshly read files, keeping the objects others hold (a session keeps `data.cards`). */
  private adopt(folder: Folder): void {
    if (folder.base !== this.folder.base) {
      this.idsInHistory.clear();
      this.lapsesFile = undefined;
    }
    this.folder = folder;
    replaceInPlace(this.data, folder.data);
    this.refresh();
  }

  /** `seen` brought up to the stretch; the summary is counted again when next asked for. */
  private refresh(): void {
    const { base, stretch } = this.folder;
    this.data.seen = mergeSeen(base.data.seen, stretch, this.scan(base.position.segments, reachBackOf(stretch)));
    this.view = undefined;
  }

  /** The history entries of `questions` up to history file `upTo`: what undos and re-rates reach back for. */
  private scan(upTo: number, questions: ReadonlySet<string>): ReachBack {
    if (questions.size === 0) return new Map();
    const key = `${upTo} ${[...questions].sort().join(' ')}`;
    let found = this.scans.get(key);
    if (!found) {
      found = scanQuestions(this.dir, upTo, questions);
      this.scans.set(key, found);
    }
    return found;
  }

  /** Ids of the answers to `q` at exactly `at`, in the history and the journal. */
  idsAt(at: number, q: string): Set<string> {
    const ids = new Set<string>();
    const { live } = resolveAnswers(this.folder.stretch);
    for (const { answer } of live) if (answer.at === at && answer.q === q) ids.add(answer.id);
    const last = this.folder.base.data.seen[q]?.lastAt;
    // Only a clock at or before the question's last answer (a fixed clock) can meet an older id.
    if (last === undefined || at > last) return ids;
    const key = `${at} ${q}`;
    let known = this.idsInHistory.get(key);
    if (!known) {
      known = new Set();
      const entries = scanQuestions(this.dir, this.folder.base.position.segments, new Set([q])).get(q) ?? [];
      for (const { answer } of resolveAnswers(entries).live) if (answer.at === at) known.add(answer.id);
      this.idsInHistory.set(key, known);
    }
    for (const id of known) ids.add(id);
    return ids;
  }

  /**
   * Moves a folder of version 1–3 to version 4, under the lock: the old `scores.json` backed up,
   * its journal folded into it first (as version 3 would, so a crash leaves a valid version-3
   * folder), then its data written as the first history file, then both caches.
   */
  private migrate(now: Date): void {
    const { legacy, stateBytes } = this.folder;
    if (!legacy) return;
    if (stateBytes) this.backUp(stateBytes, now);
    if (legacy.journalBytes > 0) {
      writeFileDurable(snapshotTarget(this.snapshotPath), legacyCode().legacySnapshotText(legacy.data), this.ops);
      asSaveError(this.journalPath, () => emptyJournalIf(this.journalPath, legacy.journalBytes, this.ops));
    }
    const entries = legacyCode().legacyEntries(legacy.data);
    entries.forEach((entry, i) => {
      checkJournalEntry(entry, `entry ${i + 1} of the first history file`, 'write');
    });
    ensureHistoryDir(this.dir, this.ops);
    const written = writeNewSegment(this.dir, 1, `${entries.map((e) => JSON.stringify(e)).join('\n')}\n`, this.ops);
    const rebuilt = this.folder.rebuilt;
    if (written && rebuilt) {
      const position = { segments: 1, answers: rebuilt.position.answers };
      this.writeSummary({ position, dayStart: rebuilt.dayStart, summary: rebuilt.summary, exams: rebuilt.exams });
      writeFileDurable(snapshotTarget(this.snapshotPath), stateText({ data: this.folder.base.data, position }), this.ops);
    }
    this.adopt(readFolder(this.dir, now));
  }

  /** The summary, then its lapses beside it (a crash between the two leaves lapses at an older point: not used). */
  private writeSummary(cache: Parameters<typeof summaryText>[0]): void {
    ensureHistoryDir(this.dir, this.ops);
    writeFileDurable(this.summaryPath, summaryText(cache), this.ops);
    writeFileDurable(join(this.historyPath, LAPSES_NAME), lapsesText(cache), this.ops);
  }

  private ensureDir(): void {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw writeError(this.dir, error);
    }
  }

  /** One backup a day of `scores.json` as it was, keeping the newest BACKUPS_KEPT. */
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

/** The ordinal the next answer gets. */
function nextOrdinal(folder: Folder): number {
  let next = folder.base.position.answers;
  for (const { ordinal } of folder.stretch) if (ordinal >= next) next = ordinal + 1;
  return next;
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

/**
 * Where `scores.json` is written: one that is a symbolic link (to a synced folder, say) is
 * followed, so the link stays and its target is the file replaced.
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
  target.seen = source.seen;
  target.pausedExams = [...source.pausedExams];
  target.submittedExams = [...source.submittedExams];
  target.suspended = [...source.suspended];
  (target as { createdAt: number }).createdAt = source.createdAt;
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Read the folder for looking only (stats): the state and the history's summary, no lock. */
export function readScoreView(dir: string, now: Date): { readonly data: ScoreData } & HistoryView {
  const store = ScoreFile.open(dir, now);
  return { data: store.data, ...store.historyView() };
}

/** Every answer in the folder's history, oldest first: for tests, export and merging. */
export function readHistory(dir: string, now: Date): AnswerRecord[] {
  return ScoreFile.open(dir, now).history();
}
