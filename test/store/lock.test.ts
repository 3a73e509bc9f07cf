import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it, onTestFinished } from 'vitest';
import { QuizError } from '../../src/errors.ts';
import { judgeLock, withLock } from '../../src/store/lock.ts';
import { processStart } from '../../src/store/process-info.ts';
import { ScoreFile } from '../../src/store/score-file.ts';
import { childScript } from '../helpers/child-scripts.ts';
import { ROOT, tempDir } from '../helpers/cli.ts';

const hasProc = existsSync('/proc/self/stat');

function lockError(action: () => unknown): QuizError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(QuizError);
    expect((error as QuizError).code).toBe('STORE_LOCKED');
    return error as QuizError;
  }
  throw new Error('expected STORE_LOCKED');
}

/** A child process, killed after the test. */
function child(args: string[]): ChildProcess {
  const proc = spawn(process.execPath, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  onTestFinished(() => {
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGCONT');
      proc.kill('SIGKILL');
    }
  });
  return proc;
}

const printed = (proc: ChildProcess, text: string) =>
  new Promise<void>((resolve) => {
    let out = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(text)) resolve();
    });
  });

/** Waits until process `pid` is stopped (state T in /proc). */
async function stopped(pid: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('T')) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`process ${pid} did not stop`);
}

describe('the save lock', () => {
  // Regression: a lock file released while another process inspected it was judged stale and
  // deleted, even when a new lock had been taken meanwhile; two processes then saved at once.
  it('lets one process in at a time: four processes incrementing a counter lose no increment', async () => {
    const dir = tempDir(onTestFinished);
    writeFileSync(join(dir, 'counter'), '0');
    const run = () =>
      new Promise<number>((resolve, reject) => {
        const proc = spawn(process.execPath, [childScript('lock-counter'), dir, '300'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
        proc.on('error', reject);
        proc.on('exit', (code) => resolve(code ?? -1));
      });
    expect(await Promise.all([run(), run(), run(), run()])).toEqual([0, 0, 0, 0]);
    expect(readFileSync(join(dir, 'counter'), 'utf8')).toBe('1200');
    expect(existsSync(join(dir, 'scores.lock'))).toBe(false);
  });

  it('writes the owner whole (pid, start time, host, token), and releases it when the action throws', () => {
    const dir = tempDir(onTestFinished);
    const lock = join(dir, 'scores.lock');
    withLock(lock, () => {
      const owner = JSON.parse(readFileSync(lock, 'utf8')) as Record<string, unknown>;
      expect(owner).toMatchObject({ lock: 'cloudops-quiz-lock', pid: process.pid, start: processStart(process.pid) });
      expect(owner['token']).toMatch(/^[0-9a-f]{16}$/);
    });
    expect(() =>
      withLock(lock, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(existsSync(lock)).toBe(false);
  });

  it.each([
    ['the format of earlier versions', '2147483646\n2026-01-01T00:00:00Z\n'],
    [
      'this format',
      JSON.stringify({ lock: 'cloudops-quiz-lock', pid: 2147483646, start: '1', host: execFileSync('hostname', { encoding: 'utf8' }).trim(), token: 'ab' }),
    ],
  ])('takes over at once a lock whose process no longer exists (%s)', (_name, content) => {
    const dir = tempDir(onTestFinished);
    writeFileSync(join(dir, 'scores.lock'), content);
    expect(withLock(join(dir, 'scores.lock'), () => 'in', 0)).toBe('in');
    expect(existsSync(join(dir, 'scores.lock'))).toBe(false);
  });

  it('takes over an empty lock (a kill between creating and writing it, in earlier versions) once it is a second old', () => {
    const dir = tempDir(onTestFinished);
    const lock = join(dir, 'scores.lock');
    writeFileSync(lock, '');
    // Just created: its owner may be about to write it.
    expect(judgeLock(lock).kind).toBe('alive');
    const past = new Date(Date.now() - 1500);
    utimesSync(lock, past, past);
    expect(withLock(lock, () => 'in', 0)).toBe('in');
  });

  it.runIf(hasProc)('takes over a lock whose pid is alive but belongs to a process started at another time (pid reused)', () => {
    const dir = tempDir(onTestFinished);
    const lock = join(dir, 'scores.lock');
    const host = execFileSync('hostname', { encoding: 'utf8' }).trim();
    writeFileSync(lock, JSON.stringify({ lock: 'cloudops-quiz-lock', pid: process.pid, start: `${processStart(process.pid)}0`, host, token: 'ab' }));
    expect(withLock(lock, () => 'in', 0)).toBe('in');
  });

  it.runIf(hasProc)('never robs a live owner, however old its lock; a paused one is named with how to continue it', async () => {
    const dir = tempDir(onTestFinished);
    const lock = join(dir, 'scores.lock');
    const holder = child([childScript('lock-holder'), lock]);
    await printed(holder, 'locked');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(lock, hourAgo, hourAgo);
    expect(lockError(() => withLock(lock, () => 'robbed', 200)).message).toMatch(
      new RegExp(`has been held by process ${holder.pid} for over 10 s; if it is not a cloudops-quiz that is running, remove the lock file`),
    );
    holder.kill('SIGSTOP');
    await stopped(holder.pid!);
    expect(lockError(() => withLock(lock, () => 'robbed', 200)).message).toContain(
      `it is stopped (Ctrl+Z?): continue it with "fg" in its terminal or "kill -CONT ${holder.pid}"`,
    );
    expect(existsSync(lock)).toBe(true);
    // Continued, it finishes and lets the waiter in.
    holder.kill('SIGCONT');
    holder.stdin!.end();
    await new Promise((resolve) => holder.on('exit', resolve));
    expect(withLock(lock, () => 'in', 0)).toBe('in');
  });

  it.each([
    ['a directory', (lock: string) => mkdirSync(lock), /scores\.lock is a directory, not a lock cloudops-quiz made; if no cloudops-quiz is running, remove it/],
    ['a FIFO', (lock: string) => execFileSync('mkfifo', [lock]), /scores\.lock is a FIFO \(named pipe\), not a lock cloudops-quiz made/],
    [
      'text in another format',
      (lock: string) => writeFileSync(lock, 'held by me\n'),
      /scores\.lock is a file in a format cloudops-quiz does not write, not a lock/,
    ],
  ])('refuses, at once and clearly, a lock that is %s (no waiting, no spinning)', (_name, make, message) => {
    const dir = tempDir(onTestFinished);
    const lock = join(dir, 'scores.lock');
    make(lock);
    expect(lockError(() => withLock(lock, () => 'in')).message).toMatch(message);
  });
});

describe.runIf(hasProc)('a writer paused in its checkpoint, its lock removed by hand meanwhile', () => {
  // Regression: a session stopped (Ctrl+Z) during its checkpoint lost its lock to age; a second
  // session saved answers and checkpointed; the first then resumed and replaced the snapshot with
  // what it had read before: 3 of 6 answers lost. Now a lock is never taken from a live owner,
  // and even when it is removed by hand, the late writer sees the files changed and merges.
  it('merges instead of overwriting: all six answers stay', async () => {
    const dir = tempDir(onTestFinished);
    const late = child([childScript('paused-checkpoint'), dir, 'late', '3']);
    await printed(late, 'saved');
    await stopped(late.pid!);
    // The paused owner still holds the lock: a second writer is refused rather than let in.
    expect(lockError(() => withLock(join(dir, 'scores.lock'), () => 'in', 200)).message).toContain('it is stopped');
    execFileSync('rm', [join(dir, 'scores.lock')]);
    const now = new Date();
    const second = ScoreFile.open(dir, now);
    for (let i = 0; i < 3; i++)
      second.record([
        {
          k: 'answer',
          answer: { id: `second-${i}`, q: `q-second-${i}`, at: now.getTime() + 100 + i, given: [1], correct: false, rating: 'again', mode: 'drill', ms: 0 },
          card: null,
        },
      ]);
    second.checkpoint(now);
    late.kill('SIGCONT');
    const code = await new Promise((resolve) => late.on('exit', resolve));
    expect(code).toBe(0);
    const ids = ScoreFile.open(dir, now)
      .history()
      .map((a) => a.id)
      .sort();
    expect(ids).toEqual(['late-0', 'late-1', 'late-2', 'second-0', 'second-1', 'second-2']);
  });
});

describe('files left behind by kills', () => {
  it('a checkpoint removes temp files whose writer is gone, and keeps those of a live one', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, new Date());
    store.record([{ k: 'settings', settings: { requestRetention: 0.9, newPerDay: 20 } }]);
    const dead = ['.scores.json.2147483646.0a1b2c3d.tmp', '.scores.lock.2147483646.0123456789abcdef.tmp'];
    const live = `.scores.json.${process.pid}.deadbeef.tmp`;
    for (const name of [...dead, live]) writeFileSync(join(dir, name), 'partial');
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', '.scores-2026-06-01.json.2147483646.00ff.tmp'), 'partial');
    store.checkpoint(new Date());
    store.record([{ k: 'settings', settings: { requestRetention: 0.9, newPerDay: 21 } }]);
    store.checkpoint(new Date());
    for (const name of dead) expect(existsSync(join(dir, name))).toBe(false);
    expect(existsSync(join(dir, 'backups', '.scores-2026-06-01.json.2147483646.00ff.tmp'))).toBe(false);
    expect(existsSync(join(dir, live))).toBe(true);
  });
});
