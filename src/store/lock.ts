/**
 * A lock file around each save, so two sessions (two terminals) never interleave a write. It is
 * held for milliseconds, not for a session.
 *
 * - The owner's identity (pid, the process's start time, host, a random token) is written to a
 *   temp file first and then linked to the lock's name, so a lock never exists half-written: a
 *   kill at any moment leaves either no lock or a whole one (and perhaps a temp file, cleaned up
 *   by the next checkpoint).
 * - A lock is taken over only when its owner is gone: no such process, or a process with that pid
 *   that started at another time (the pid was reused). Age alone proves nothing, so a paused owner
 *   (Ctrl+Z, a laptop asleep) keeps its lock; the waiter gives up after WAIT_MS with an error
 *   naming the owner, and the session keeps its answers to save later (cli/save-queue.ts).
 * - Anything at the lock's name that this program did not write (a directory, a FIFO, text in
 *   another format) is an error that says what to do, never a wait without end.
 * The score file does not rely on the lock alone: a writer re-checks the files under the lock
 * before replacing the snapshot (store/score-file.ts), so even a lock removed by hand merges.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, lstatSync, openSync, type Stats, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { QuizError } from '../errors.ts';
import { writeError } from './durable.ts';
import { processStart, processState } from './process-info.ts';
import { fileKind, readRegularFile } from './read-regular.ts';

/** How long a save waits for a live owner before giving up (the session then keeps its answers). */
const WAIT_MS = 10_000;
/** An empty lock (a program version that created the file before writing it) is young for this long. */
const EMPTY_GRACE_MS = 1_000;
const FORMAT = 'cloudops-quiz-lock';

interface Owner {
  readonly pid: number;
  /** The process's start time as the system reports it (Linux: clock ticks after boot); null where unknown. */
  readonly start: string | null;
  readonly host: string;
  readonly token: string;
}

type Verdict =
  | { readonly kind: 'gone' }
  | { readonly kind: 'stale'; readonly token: string | null }
  | { readonly kind: 'alive'; readonly owner: string; readonly stopped: boolean }
  | { readonly kind: 'foreign'; readonly what: string };

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function ownIdentity(): Owner {
  return { pid: process.pid, start: processStart(process.pid), host: hostname(), token: randomBytes(8).toString('hex') };
}

/** The temp files this module leaves while taking a lock: `.scores.lock.<pid>.<token>.tmp`. */
function lockTempName(lockFile: string, pid: number, token: string): string {
  return join(dirname(lockFile), `.${basename(lockFile)}.${pid}.${token}.tmp`);
}

/** Creates the lock whole, or returns false when one exists. */
function tryCreate(lockFile: string, me: Owner): boolean {
  const temp = lockTempName(lockFile, me.pid, me.token);
  const text = `${JSON.stringify({ lock: FORMAT, pid: me.pid, start: me.start, host: me.host, token: me.token })}\n`;
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o600);
    writeSync(fd, text);
    closeSync(fd);
    fd = undefined;
    try {
      linkSync(temp, lockFile);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      // A file system without hard links: create in place (an empty lock then lives for a moment).
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EOPNOTSUPP') return createInPlace(lockFile, text);
      throw error;
    }
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    if (error instanceof QuizError) throw error;
    throw writeError(lockFile, error);
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      /* not created */
    }
  }
}

function createInPlace(lockFile: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockFile, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } catch (error) {
    closeSync(fd);
    unlinkSync(lockFile);
    throw error;
  }
  closeSync(fd);
  return true;
}

/** Who holds the lock at `lockFile`, and whether they can still be at work. */
export function judgeLock(lockFile: string, now = Date.now()): Verdict {
  let stats: Stats;
  try {
    stats = lstatSync(lockFile);
  } catch {
    return { kind: 'gone' };
  }
  if (!stats.isFile()) return { kind: 'foreign', what: fileKind(stats) };
  let text: string;
  try {
    text = readRegularFile(lockFile, 4096).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'gone' };
    return { kind: 'foreign', what: `a file that cannot be read (${code ?? (error as Error).message})` };
  }
  if (text === '')
    return now - stats.mtimeMs > EMPTY_GRACE_MS ? { kind: 'stale', token: null } : { kind: 'alive', owner: 'a process starting up', stopped: false };
  let owner: Owner | undefined;
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    if (
      raw['lock'] === FORMAT &&
      Number.isSafeInteger(raw['pid']) &&
      typeof raw['host'] === 'string' &&
      typeof raw['token'] === 'string' &&
      (raw['start'] === null || typeof raw['start'] === 'string')
    ) {
      owner = { pid: raw['pid'] as number, start: raw['start'] as string | null, host: raw['host'], token: raw['token'] };
    }
  } catch {
    /* not JSON: the format of versions before 0.1 or a stranger's */
  }
  if (!owner) {
    // Versions before 0.1: "<pid>\n<ISO time>\n". The pid may have been reused; that can only make us wait.
    const legacy = /^(\d+)\n[^\n]*\n?$/.exec(text);
    if (!legacy) return { kind: 'foreign', what: 'a file in a format cloudops-quiz does not write' };
    const state = processState(Number(legacy[1]), null);
    return state === 'gone' ? { kind: 'stale', token: null } : { kind: 'alive', owner: `process ${legacy[1]}`, stopped: state === 'stopped' };
  }
  if (owner.host !== hostname()) return { kind: 'alive', owner: `process ${owner.pid} on host ${owner.host}`, stopped: false };
  const state = processState(owner.pid, owner.start);
  if (state === 'gone') return { kind: 'stale', token: owner.token };
  return { kind: 'alive', owner: `process ${owner.pid}`, stopped: state === 'stopped' };
}

/** Removes the lock judged stale, unless it has been replaced since (another waiter took it over first). */
function removeStale(lockFile: string, token: string | null): void {
  if (token !== null) {
    try {
      const current = JSON.parse(readRegularFile(lockFile, 4096).toString('utf8')) as { token?: unknown };
      if (current.token !== token) return;
    } catch {
      return;
    }
  }
  try {
    unlinkSync(lockFile);
  } catch {
    /* gone already */
  }
}

function foreignError(lockFile: string, what: string): QuizError {
  return new QuizError('STORE_LOCKED', {
    en: `${lockFile} is ${what}, not a lock cloudops-quiz made; if no cloudops-quiz is running, remove it`,
    ja: `${lockFile} は cloudops-quiz が作ったロックではありません (${what})。実行中の cloudops-quiz がなければ削除してください`,
  });
}

function heldError(lockFile: string, owner: string, stopped: boolean): QuizError {
  const seconds = WAIT_MS / 1000;
  const pid = /^process (\d+)$/.exec(owner)?.[1];
  const [en, ja] =
    stopped && pid
      ? [
          `; it is stopped (Ctrl+Z?): continue it with "fg" in its terminal or "kill -CONT ${pid}"`,
          `。このプロセスは一時停止中です (Ctrl+Z?)。そのターミナルで "fg" を実行するか "kill -CONT ${pid}" で再開してください`,
        ]
      : ['; if it is not a cloudops-quiz that is running, remove the lock file', '。実行中の cloudops-quiz でなければ、ロックファイルを削除してください'];
  return new QuizError('STORE_LOCKED', {
    en: `${lockFile} has been held by ${owner} for over ${seconds} s${en}`,
    ja: `${lockFile} は ${owner} によって ${seconds} 秒以上ロックされています${ja}`,
  });
}

export function withLock<T>(lockFile: string, action: () => T, waitMs = WAIT_MS): T {
  const me = ownIdentity();
  const started = Date.now();
  for (let attempt = 0; !tryCreate(lockFile, me); attempt++) {
    const verdict = judgeLock(lockFile);
    if (verdict.kind === 'foreign') throw foreignError(lockFile, verdict.what);
    if (verdict.kind === 'stale') {
      removeStale(lockFile, verdict.token);
      continue;
    }
    if (verdict.kind === 'gone') continue;
    if (Date.now() - started > waitMs) throw heldError(lockFile, verdict.owner, verdict.stopped);
    sleep(Math.min(50, 2 + attempt * 5));
  }
  try {
    return action();
  } finally {
    // Only our own lock is removed: had it been taken from us, the new owner's stays.
    removeStale(lockFile, me.token);
  }
}
