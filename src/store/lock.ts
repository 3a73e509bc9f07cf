/**
 * A lock file around each save, so two sessions (two terminals) never interleave a write. It is
 * held for milliseconds, not for a session. A lock left by a process that died is taken over
 * once its owner is gone or it is older than STALE_MS.
 */
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { QuizError } from '../errors.ts';
import { writeError } from './durable.ts';

const STALE_MS = 30_000;
const WAIT_MS = 10_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Whether the lock's owner may still be at work. Anything uncertain counts as alive: a lock file
 * that vanished (its owner just released it) or that is not written yet. Only a lock whose owner
 * process is gone, or that is older than STALE_MS, is taken over.
 */
function ownerAlive(lockFile: string): boolean {
  let content: string;
  try {
    content = readFileSync(lockFile, 'utf8');
  } catch {
    return true; // released meanwhile: try again
  }
  if (content === '') return true;
  const pid = Number(content.split('\n', 1)[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function withLock<T>(lockFile: string, action: () => T): T {
  const started = Date.now();
  let fd: number | undefined;
  for (let attempt = 0; fd === undefined; attempt++) {
    try {
      const candidate = openSync(lockFile, 'wx', 0o600);
      try {
        writeSync(candidate, `${process.pid}\n${new Date().toISOString()}\n`);
      } catch (error) {
        // A lock we cannot even write (full disk) must not be left behind empty.
        closeSync(candidate);
        unlinkSync(lockFile);
        throw writeError(lockFile, error);
      }
      fd = candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        if (error instanceof QuizError) throw error;
        throw writeError(lockFile, error);
      }
      let seen;
      try {
        seen = statSync(lockFile);
      } catch {
        continue; // released between our open and stat
      }
      if (Date.now() - seen.mtimeMs > STALE_MS || !ownerAlive(lockFile)) {
        // Take over only the very lock file judged stale, never one created since.
        try {
          if (statSync(lockFile).ino === seen.ino) unlinkSync(lockFile);
        } catch {
          /* gone already */
        }
        continue;
      }
      if (Date.now() - started > WAIT_MS) {
        throw new QuizError('STORE_LOCKED', {
          en: `${lockFile} has been locked by another cloudops-quiz for over ${WAIT_MS / 1000} s; if none is running, delete it`,
          ja: `${lockFile} は別の cloudops-quiz によって ${WAIT_MS / 1000} 秒以上ロックされています。ほかに実行中のものがなければ、このファイルを削除してください`,
        });
      }
      sleep(Math.min(50, 2 + attempt * 5));
    }
  }
  try {
    return action();
  } finally {
    closeSync(fd);
    try {
      unlinkSync(lockFile);
    } catch {
      /* already removed */
    }
  }
}
