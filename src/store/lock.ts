/**
 * A lock file around each save, so two sessions (two terminals) never interleave a write. It is
 * held for milliseconds, not for a session. A lock left by a process that died is taken over
 * once its owner is gone or it is older than STALE_MS.
 */
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { QuizError } from '../errors.ts';

const STALE_MS = 30_000;
const WAIT_MS = 10_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function ownerAlive(lockFile: string): boolean {
  try {
    const content = readFileSync(lockFile, 'utf8');
    // Created but not yet written by its owner: alive, unless it stays that way (STALE_MS).
    if (content === '') return true;
    const pid = Number(content.split('\n', 1)[0]);
    if (!Number.isInteger(pid) || pid <= 0) return false;
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
      fd = openSync(lockFile, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n${new Date().toISOString()}\n`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let age = 0;
      try {
        age = Date.now() - statSync(lockFile).mtimeMs;
      } catch {
        continue; // released between our open and stat
      }
      if (age > STALE_MS || !ownerAlive(lockFile)) {
        try {
          unlinkSync(lockFile);
        } catch {
          /* someone else took it over first */
        }
        continue;
      }
      if (Date.now() - started > WAIT_MS) {
        throw new QuizError('STORE_LOCKED', `${lockFile} has been locked by another cloudops-quiz for over ${WAIT_MS / 1000} s; if none is running, delete it`);
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
