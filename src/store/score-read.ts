/**
 * Reading the score file: snapshot and journal, checked, the journal applied. No lock is taken (the
 * quick commands read while sessions write): a checkpoint may replace the snapshot and empty the
 * journal between the two reads, so the snapshot's identity is looked at before and after, and
 * both are read again if it changed.
 */
import { statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { AnswerView } from '../srs/answer-view.ts';
import { QuizError } from '../errors.ts';
import { AnswerTable, encodeAnswers } from './answer-columns.ts';
import { applyEntries } from './apply.ts';
import { readRegularFile } from './read-regular.ts';
import { damaged, unreadable } from './recovery-advice.ts';
import { JOURNAL_NAME, SNAPSHOT_NAME } from './score-paths.ts';
import { checkJournalEntry, checkSnapshot, type Snapshot } from './score-schema.ts';
import { emptyScoreData, type JournalEntry, type ScoreData } from './score-types.ts';

/** Reads retried when other sessions keep changing the files meanwhile. */
export const ATTEMPTS = 5;

/** What a file was when read: a checkpoint replaces the snapshot by a new file (new inode). */
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

export interface State {
  data: ScoreData;
  journalLength: number;
  /** Bytes of the journal read: up to the end of its last whole line. */
  journalBytes: number;
  snapshotIdentity: Identity;
  snapshotBytes?: Buffer;
}

export interface Files {
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
    const snapshot = snapshotBytes
      ? parseSnapshot(snapshotBytes, snapshotPath, dir)
      : { data: emptyScoreData(now), table: AnswerTable.from(encodeAnswers([])) };
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

export function readState(dir: string, now: Date): State {
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
export function parseJournal(bytes: Buffer, file: string, dir: string, firstLine: number): JournalEntry[] {
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
