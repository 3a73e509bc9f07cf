/**
 * The history: every journal a checkpoint folded, moved whole into `history/` and numbered
 * (000001.jsonl, 000002.jsonl, …), never written again. Moving is one hard link and one unlink,
 * so an entry is always in the journal or in the history, never in both for a reader: a crash
 * between the two leaves the journal and the new file as one file (one inode), which readers see
 * and count once, and the next save removes the journal's name.
 *
 * Files are read one at a time and in pieces, so reading the whole history (a rebuild, an export)
 * holds one piece in memory, not the history.
 */
import { closeSync, constants, fstatSync, linkSync, openSync, readSync, renameSync, type Stats, statSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncFolder, writeError, type FsOps } from './durable.ts';
import { fileKind, NotRegularFileError } from './read-regular.ts';
import { damaged, unreadable } from './recovery-advice.ts';
import { checkJournalEntry } from './score-schema.ts';
import { HISTORY_DIR } from './score-paths.ts';
import type { JournalEntry } from './score-types.ts';

export function historyDir(dir: string): string {
  return join(dir, HISTORY_DIR);
}

export function segmentPath(dir: string, n: number): string {
  return join(historyDir(dir), `${String(n).padStart(6, '0')}.jsonl`);
}

/** A file's identity: device and inode. */
export type FileId = string;

function fileIdOf(stats: { dev: number; ino: number }): FileId {
  return `${stats.dev}:${stats.ino}`;
}

/** The history files after file `after`, in order, as far as they go without a gap. */
export function segmentsAfter(dir: string, after: number): Array<{ n: number; id: FileId; size: number }> {
  const found: Array<{ n: number; id: FileId; size: number }> = [];
  for (let n = after + 1; ; n++) {
    const stats = statOrUndefined(segmentPath(dir, n));
    if (!stats) return found;
    found.push({ n, id: fileIdOf(stats), size: stats.size });
  }
}

/**
 * A file's stats, or undefined when it cannot be stat'ed. A missing file, the common case (the
 * file after the last one), is answered without an error made for it: building that error, its
 * stack and message, was 2.5 ms of every `due`.
 */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Whether nothing is at `path` (false when that cannot be told: the caller's reading says why). */
export function isMissing(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) === undefined;
  } catch {
    return false;
  }
}

/** Whether history file `n` exists. */
export function segmentExists(dir: string, n: number): boolean {
  return statOrUndefined(segmentPath(dir, n)) !== undefined;
}

/** The identity of a file, or null when there is none. */
export function fileIdAt(path: string): FileId | null {
  const stats = statOrUndefined(path);
  return stats ? fileIdOf(stats) : null;
}

const PIECE = 1 << 20;

/**
 * Every whole line of `file`, checked, in order, read a piece at a time; `onEntry` gets each entry
 * with its line number. A last line without its newline is an append a crash cut short (never
 * confirmed) and is left out. Returns the bytes of whole lines read. A damaged line stops the reading
 * with the advice to delete it (recovery-advice.ts); `dir` is the score folder, for that advice.
 */
export function readEntries(
  file: string,
  dir: string,
  onEntry: (entry: JournalEntry, line: number) => void,
  /** Where to start: a byte offset at the start of a line, and that line's number. */
  from: { readonly byte: number; readonly line: number } = { byte: 0, line: 1 },
): number {
  let fd: number;
  try {
    // Without blocking: a FIFO in the file's place must be refused, not waited on.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw unreadable(file, error, dir);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw unreadable(file, new NotRegularFileError(file, fileKind(stats)), dir);
    const buffer = Buffer.allocUnsafe(PIECE);
    let carry: Buffer = Buffer.alloc(0);
    let line = from.line;
    let whole = 0;
    let position = from.byte;
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, buffer, 0, PIECE, position);
      } catch (error) {
        throw unreadable(file, error, dir);
      }
      if (read === 0) break;
      position += read;
      let chunk = buffer.subarray(0, read);
      if (carry.length > 0) chunk = Buffer.concat([carry, chunk]);
      let start = 0;
      for (let end = chunk.indexOf(0x0a, start); end !== -1; end = chunk.indexOf(0x0a, start)) {
        parseLine(chunk.toString('utf8', start, end), file, dir, line++, onEntry);
        whole += end + 1 - start;
        start = end + 1;
      }
      carry = Buffer.from(chunk.subarray(start));
    }
    return whole;
  } finally {
    closeSync(fd);
  }
}

function parseLine(text: string, file: string, dir: string, line: number, onEntry: (entry: JournalEntry, line: number) => void): void {
  if (text.trim() === '') return;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw damaged(file, `has a broken entry at line ${line}`, dir, line);
  }
  let entry: JournalEntry;
  try {
    entry = checkJournalEntry(raw, `line ${line}`);
  } catch (error) {
    throw damaged(file, `has a wrong entry at ${(error as Error).message}`, dir, line);
  }
  onEntry(entry, line);
}

/**
 * Moves the journal into the history as the file after `after` (or a later number, should one be
 * taken: a lock removed by hand lets two sessions in, and neither may replace the other's file).
 * Returns the new file's number. The folders are fsynced so the move survives a crash.
 */
export function moveJournalIn(dir: string, journal: string, after: number, ops: FsOps): number {
  const history = historyDir(dir);
  for (let n = after + 1; ; n++) {
    const target = segmentPath(dir, n);
    try {
      linkSync(journal, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      // A file system without hard links: a rename, which cannot refuse to replace.
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EOPNOTSUPP') {
        if (segmentExists(dir, n)) continue;
        try {
          renameSync(journal, target);
        } catch (renameError) {
          throw writeError(target, renameError);
        }
        syncFolders(history, dir, ops);
        return n;
      }
      throw writeError(target, error);
    }
    syncFolders(history, dir, ops);
    unlinkJournalIfMoved(journal, target, dir, ops);
    return n;
  }
}

/**
 * Removes the journal's name when it is the same file as history file `target` (moved, but a
 * crash came before the unlink). Returns whether it did.
 */
export function unlinkJournalIfMoved(journal: string, target: string, dir: string, ops: FsOps): boolean {
  const id = fileIdAt(journal);
  if (id === null || id !== fileIdAt(target)) return false;
  try {
    ops.unlinkSync(journal);
  } catch (error) {
    throw writeError(journal, error);
  }
  fsyncFolder(dir, ops);
  return true;
}

function syncFolders(history: string, dir: string, ops: FsOps): void {
  try {
    fsyncFolder(history, ops);
    fsyncFolder(dir, ops);
  } catch (error) {
    throw writeError(history, error);
  }
}

/** Creates the history folder (private) if it is not there. */
export function ensureHistoryDir(dir: string, ops: FsOps): void {
  const history = historyDir(dir);
  try {
    statSync(history);
    return;
  } catch {
    /* created below */
  }
  try {
    ops.mkdirSync(history, { recursive: true, mode: 0o700 });
    fsyncFolder(dir, ops);
  } catch (error) {
    throw writeError(history, error);
  }
}

/** An empty journal, created durably (after a move, so the file is there as before). */
export function createEmptyJournal(journal: string, dir: string, ops: FsOps): void {
  let fd: number | undefined;
  try {
    fd = ops.openSync(journal, 'a', 0o600);
    ops.fsyncSync(fd);
  } catch (error) {
    throw writeError(journal, error);
  } finally {
    if (fd !== undefined) ops.closeSync(fd);
  }
  try {
    fsyncFolder(dir, ops);
  } catch (error) {
    throw writeError(journal, error);
  }
}

/** Every entry of history files 1 to `upTo`, in order, one file at a time. */
export function forEachHistoryEntry(dir: string, upTo: number, visit: (entry: JournalEntry, file: number) => void): void {
  for (let n = 1; n <= upTo; n++) readEntries(segmentPath(dir, n), dir, (entry) => visit(entry, n));
}

/**
 * Writes `text` (given whole or in pieces) as history file `n`, which must not exist yet: to a
 * temp file first (all bytes, fsync), then linked to its name, which refuses to replace a file
 * another session wrote. Returns false when the name is taken.
 */
export function writeNewSegment(dir: string, n: number, text: string | Iterable<string>, ops: FsOps): boolean {
  const target = segmentPath(dir, n);
  const temp = join(historyDir(dir), `.${String(n).padStart(6, '0')}.jsonl.${process.pid}.${Date.now().toString(16)}.tmp`);
  let fd: number | undefined;
  try {
    fd = ops.openSync(temp, 'wx', 0o600);
    for (const piece of typeof text === 'string' ? [text] : text) {
      const bytes = Buffer.from(piece, 'utf8');
      for (let offset = 0; offset < bytes.length; ) {
        const written = ops.writeSync(fd, bytes, offset, bytes.length - offset);
        if (written <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
        offset += written;
      }
    }
    ops.fsyncSync(fd);
    ops.closeSync(fd);
    fd = undefined;
    try {
      linkSync(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
      // A file system without hard links: a rename, after looking (it cannot refuse to replace).
      if (segmentExists(dir, n)) return false;
      renameSync(temp, target);
    }
  } catch (error) {
    if (fd !== undefined) ops.closeSync(fd);
    throw writeError(target, error);
  } finally {
    try {
      ops.unlinkSync(temp);
    } catch {
      /* not created */
    }
  }
  syncFolders(historyDir(dir), dir, ops);
  return true;
}
