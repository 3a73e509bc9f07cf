/** The journal file's own upkeep, under the lock: a torn last line cut, emptied after a checkpoint. */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { FsOps } from './durable.ts';

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
export function dropTornTail(file: string, ops: FsOps): void {
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
export function emptyJournalIf(file: string, expected: number, ops: FsOps): boolean {
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
