/**
 * Reading the score folder: `scores.json` (the state, as of some history file), the history files
 * after it, then the journal. No lock is taken (the quick commands read while sessions write): a
 * checkpoint may replace `scores.json` and move the journal into the history between two reads,
 * so the state's identity and the next history file are looked at again at the end, and the
 * reading starts over if either changed.
 *
 * A folder of version 1–3 is read as that version read it and held in memory as version 4; it
 * is moved to version 4 on disk by the first save (score-file.ts).
 */
import { statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { addAnswer, emptySummary } from '../engine/history-summary.ts';
import { QuizError } from '../errors.ts';
import { applyToExams, applyToState, seenAfter, summarized, type Positioned } from './fold.ts';
import { fileIdAt, forEachHistoryEntry, historyDir, isMissing, readEntries, segmentExists, segmentPath, segmentsAfter, type FileId } from './history-files.ts';
import { legacyCode } from './legacy-code.ts';
import type { LegacyData } from './legacy/snapshot.ts';
import { readRegularFile } from './read-regular.ts';
import { rebuildFromHistory, type Rebuilt } from './rebuild.ts';
import { damaged, unreadable } from './recovery-advice.ts';
import { JOURNAL_NAME, SNAPSHOT_NAME } from './score-paths.ts';
import { checkScoreFile, type ScoreFileContent, type StoredState } from './score-schema.ts';
import { effectiveSettings, emptyScoreData, type ExamAttempt, type JournalEntry, type ScoreData } from './score-types.ts';
import { studyDayOf } from './study-days.ts';

/** Reads retried when other sessions keep changing the files meanwhile. */
export const ATTEMPTS = 5;

/** What a file was when read: a checkpoint replaces `scores.json` by a new file (new inode). */
export type Identity = string | null;

export function identityOf(path: string): Identity {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return null;
  }
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

export function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** An entry of the stretch with the history file it came from (0: the journal). */
export interface StretchEntry extends Positioned {
  readonly file: number;
}

export interface Folder {
  /** The state cache (or what stands for it: nothing yet, a rebuild, a version-3 file) and its point in the history. */
  readonly base: StoredState;
  /** Entries after the base: newer history files, then the journal. */
  readonly stretch: StretchEntry[];
  /** The state now: the base with the stretch folded in (but `seen`, see fold.ts mergeSeen). */
  readonly data: ScoreData;
  /** The last history file there is. */
  readonly lastSegment: number;
  readonly lastSegmentId: FileId | null;
  readonly journal: { readonly entries: number; readonly bytes: number; readonly id: FileId | null };
  readonly stateIdentity: Identity;
  /** The bytes of `scores.json` as read (for the day's backup). */
  readonly stateBytes?: Buffer;
  /** A folder still in version 1–3, with the journal bytes that version folded in. */
  readonly legacy?: { readonly data: LegacyData; readonly journalBytes: number };
  /** The summary counted while reading (a version-3 folder, or no `scores.json`), at the base's point. */
  readonly rebuilt?: Rebuilt;
}

function parseScoreFile(bytes: Buffer, path: string, dir: string): ScoreFileContent {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw damaged(path, `is not valid JSON (${(error as Error).message.split('\n', 1)[0]})`, dir);
  }
  try {
    return checkScoreFile(raw, path);
  } catch (error) {
    if (error instanceof QuizError && error.code === 'STORE_CORRUPT') throw damaged(path, error.message.replace(`${path} `, ''), dir);
    throw error;
  }
}

function readStateBytes(path: string, dir: string): Buffer | undefined {
  try {
    return readRegularFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw unreadable(path, error, dir);
  }
}

/** The journal's whole lines as entries. */
function readJournal(file: string, dir: string): { entries: JournalEntry[]; bytes: number } {
  const entries: JournalEntry[] = [];
  const bytes = readEntries(file, dir, (entry) => entries.push(entry));
  return { entries, bytes };
}

/**
 * `inPlace`: the stretch is folded into the state as read, not into a copy, for a reader that
 * saves nothing (ScoreFile.readState); the folder's base is then not the state as read.
 */
export function readFolder(dir: string, now: Date, inPlace = false): Folder {
  const statePath = join(dir, SNAPSHOT_NAME);
  const journalPath = join(dir, JOURNAL_NAME);
  for (let attempt = 1; ; attempt++) {
    const before = identityOf(statePath);
    const stateBytes = readStateBytes(statePath, dir);
    const content = stateBytes ? parseScoreFile(stateBytes, statePath, dir) : undefined;
    const folder =
      content?.kind === 'legacy' ? legacyFolder(dir, content.data, journalPath, now) : currentFolder(dir, content?.state, journalPath, now, inPlace);
    const changed = identityOf(statePath) !== before || segmentExists(dir, folder.lastSegment + 1);
    if (changed && attempt < ATTEMPTS) continue;
    return { ...folder, stateIdentity: before, ...(stateBytes ? { stateBytes } : {}) };
  }
}

type FolderParts = Omit<Folder, 'stateIdentity' | 'stateBytes'>;

/** Version 4 (or nothing yet): the state, the history files after it, the journal. */
function currentFolder(dir: string, stored: StoredState | undefined, journalPath: string, now: Date, inPlace = false): FolderParts {
  let base = stored;
  let rebuilt: Rebuilt | undefined;
  if (!base) {
    // No scores.json: the history (if any) adds up to the state; moved aside, it is counted again.
    const last = segmentsAfter(dir, 0).at(-1)?.n ?? 0;
    rebuilt = last > 0 ? rebuildFromHistory(dir, last, now) : undefined;
    base = rebuilt ? { data: rebuilt.data, position: rebuilt.position } : { data: emptyScoreData(now), position: { segments: 0, answers: 0 } };
  }
  const stretch: StretchEntry[] = [];
  let ordinal = base.position.answers;
  const add = (entry: JournalEntry, file: number) => {
    stretch.push({ entry, ordinal: entry.k === 'answer' ? ordinal++ : -1, file });
  };
  const newer = segmentsAfter(dir, base.position.segments);
  for (const { n } of newer) readEntries(segmentPath(dir, n), dir, (entry) => add(entry, n));
  const lastSegment = newer.at(-1)?.n ?? base.position.segments;
  const lastSegmentId = newer.at(-1)?.id ?? fileIdAt(segmentPath(dir, lastSegment));
  const journalId = fileIdAt(journalPath);
  // A journal that is the last history file under another name was moved, but a crash came
  // before its old name was removed: it is counted once, as the history file.
  const moved = journalId !== null && journalId === lastSegmentId;
  // No journal (the folder at rest, after a checkpoint): nothing to read, and no failed open, whose
  // error costs more than the rest of the reading. One made since is newer than this reading, as
  // one made just after it would be. A journal there but not stat'able is read, to say why it fails.
  const journal = moved || (journalId === null && isMissing(journalPath)) ? { entries: [], bytes: 0 } : readJournal(journalPath, dir);
  for (const entry of journal.entries) add(entry, 0);
  const data = inPlace ? base.data : cloneState(base.data);
  for (const { entry } of stretch) applyToState(data, entry);
  return {
    base,
    stretch,
    data,
    lastSegment,
    lastSegmentId,
    journal: { entries: journal.entries.length, bytes: journal.bytes, id: moved ? null : journalId },
    ...(rebuilt ? { rebuilt } : {}),
  };
}

/**
 * Version 1–3: the snapshot and its journal as that version read them, turned into the entries of
 * a first history file and folded in memory. Should history files exist already (a move to
 * version 4 cut short, or a copy of an old backup put back), they hold what the old file holds
 * and more: the folder is read from them, and the old file's answers must all be there.
 */
function legacyFolder(dir: string, snapshot: LegacyData, journalPath: string, now: Date): FolderParts {
  if (segmentExists(dir, 1)) {
    const folder = currentFolder(dir, undefined, journalPath, now);
    assertHistoryHolds(dir, snapshot, folder.lastSegment);
    return folder;
  }
  const journal = readJournal(journalPath, dir);
  const { applyLegacyJournal, legacyEntries } = legacyCode();
  const data = applyLegacyJournal(snapshot, journal.entries);
  const entries = legacyEntries(data);
  const state = emptyScoreData(new Date(data.createdAt));
  for (const entry of entries) applyToState(state, entry);
  const rebuilt = rebuiltFromEntries(entries, state, effectiveSettings(data.settings).dayStart);
  return {
    base: { data: state, position: rebuilt.position },
    stretch: [],
    data: cloneState(state),
    lastSegment: 0,
    lastSegmentId: null,
    journal: { entries: journal.entries.length, bytes: journal.bytes, id: fileIdAt(journalPath) },
    legacy: { data, journalBytes: journal.bytes },
    rebuilt,
  };
}

/** The fold of entries that hold no undo or re-rate (a version-3 file's), with `seen` filled in. */
function rebuiltFromEntries(entries: readonly JournalEntry[], state: ScoreData, dayStart: number): Rebuilt {
  const summary = emptySummary();
  const exams: ExamAttempt[] = [];
  const dayOf = studyDayOf(dayStart);
  let ordinal = 0;
  for (const entry of entries) {
    applyToExams(exams, entry);
    if (entry.k !== 'answer') continue;
    addAnswer(summary, summarized(entry.answer), ordinal++, dayOf(entry.answer.at));
    const seen = seenAfter(state.seen[entry.answer.q], [entry.answer]);
    if (seen) state.seen[entry.answer.q] = seen;
  }
  return { data: state, summary, exams, dayStart, position: { segments: 0, answers: ordinal } };
}

/** Refuses a version-3 file whose answers are not all in the history beside it: they are two different histories. */
function assertHistoryHolds(dir: string, snapshot: LegacyData, upTo: number): void {
  const wanted = new Set(snapshot.answers.map((a) => a.id));
  forEachHistoryEntry(dir, upTo, (entry) => {
    if (entry.k === 'answer') wanted.delete(entry.answer.id);
  });
  if (wanted.size === 0) return;
  const file = join(dir, SNAPSHOT_NAME);
  throw new QuizError('STORE_CORRUPT', {
    en: `${file} is a score file of an earlier version whose answers are not all in ${historyDir(dir)}; it was left untouched. Move one of the two aside (rename it): ${file} to keep the history, or ${historyDir(dir)} to start again from ${file}.`,
    ja: `${file} は以前のバージョンのスコアファイルで、その解答が ${historyDir(dir)} にすべては含まれていません。ファイルは変更していません。どちらかを別の名前に変更してください (履歴を残すなら ${file}、${file} からやり直すなら ${historyDir(dir)})。`,
  });
}

/** A copy to fold into, so the base stays as read. */
export function cloneState(data: ScoreData): ScoreData {
  return {
    ...data,
    settings: { ...data.settings },
    cards: Object.assign(Object.create(null) as ScoreData['cards'], data.cards),
    seen: Object.assign(Object.create(null) as ScoreData['seen'], data.seen),
    pausedExams: [...data.pausedExams],
    submittedExams: [...data.submittedExams],
    suspended: [...data.suspended],
  };
}
