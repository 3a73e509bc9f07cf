import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { QuizError } from '../../src/errors.ts';
import { appendDurable, writeFileDurable, type FsOps } from '../../src/store/durable.ts';
import { ScoreFile } from '../../src/store/score-file.ts';
import { tempDir } from '../helpers/cli.ts';

/** Real file-system calls, except that the disk is full once `room` more bytes are written. */
function diskWithRoom(room: number): FsOps {
  let left = room;
  return {
    ...fs,
    writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
      if (left <= 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      const n = Math.min(length, left);
      left -= n;
      return fs.writeSync(fd, buffer, offset, n);
    }) as FsOps['writeSync'],
  };
}

function caught(action: () => void): QuizError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(QuizError);
    return error as QuizError;
  }
  throw new Error('expected a failure');
}

describe('durable writes on a full disk (simulated short write)', () => {
  it.each([0, 1, 100, 4095])('whole-file write with room for %i bytes: a clear error, the old file intact, no temp file left', (room) => {
    const dir = tempDir(onTestFinished);
    const file = join(dir, 'scores.json');
    fs.writeFileSync(file, 'old contents');
    const error = caught(() => writeFileDurable(file, 'x'.repeat(10_000), diskWithRoom(room)));
    expect(error.code).toBe('STORE_WRITE');
    expect(error.message).toBe(`could not save ${file}: the disk is full; the previous file is intact`);
    expect(fs.readFileSync(file, 'utf8')).toBe('old contents');
    expect(fs.readdirSync(dir)).toEqual(['scores.json']);
  });

  it('append with too little room: the journal is cut back to its old length', () => {
    const dir = tempDir(onTestFinished);
    const file = join(dir, 'scores.journal');
    fs.writeFileSync(file, 'line one\n');
    const error = caught(() => appendDurable(file, 'a long second line\n', diskWithRoom(5)));
    expect(error.code).toBe('STORE_WRITE');
    expect(fs.readFileSync(file, 'utf8')).toBe('line one\n');
  });

  it('a score file on a full disk: the save fails loudly and every earlier answer survives', () => {
    const dir = tempDir(onTestFinished);
    const now = new Date('2026-06-01T09:00:00Z');
    const entry = (id: string) => ({
      k: 'answer' as const,
      answer: { id, q: 'q1', at: now.getTime(), given: [0], correct: true, rating: 'good' as const, mode: 'drill' as const, ms: 0 },
      card: null,
    });
    const healthy = ScoreFile.open(dir, now);
    healthy.record([entry('kept')]);
    healthy.checkpoint(now);
    healthy.record([entry('journaled')]);
    const full = ScoreFile.open(dir, now, diskWithRoom(10));
    expect(caught(() => full.record([entry('lost')])).message).toMatch(/disk is full/);
    expect(caught(() => full.checkpoint(now)).message).toMatch(/disk is full/);
    // Both kept (answers at one time keep the order they were given in, which is not asserted here).
    expect(
      ScoreFile.open(dir, now)
        .history()
        .map((a) => a.id)
        .sort(),
    ).toEqual(['journaled', 'kept']);
  });
});

/** A real full disk: a 64 KiB tmpfs, where this machine lets the test mount one (root on Linux). */
function mountSmallDisk(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const dir = fs.mkdtempSync('/tmp/cq-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    fs.rmdirSync(dir);
    return undefined;
  }
}

const smallDisk = mountSmallDisk();

describe.runIf(smallDisk)('durable writes on a real full disk (tmpfs)', () => {
  afterAll(() => {
    execFileSync('umount', [smallDisk!]);
    fs.rmdirSync(smallDisk!);
  });

  it('reports the full disk and keeps the old file whole', () => {
    const file = join(smallDisk!, 'scores.json');
    fs.writeFileSync(file, 'old contents');
    const error = caught(() => writeFileDurable(file, 'y'.repeat(200_000)));
    expect(error.message).toMatch(/disk is full/);
    expect(fs.readFileSync(file, 'utf8')).toBe('old contents');
    expect(fs.readdirSync(smallDisk!)).toEqual(['scores.json']);
  });
});
