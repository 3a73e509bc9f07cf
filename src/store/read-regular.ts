/**
 * Reading a file that must be a plain file: a FIFO named `scores.json` or `*.yaml` once hung the
 * program for good, and `/dev/zero` read without end. The file is opened without blocking and
 * checked with fstat on the very descriptor that is then read (no gap between check and read),
 * and at most `maxBytes` are read whatever the file claims its size is.
 */
import { type BigIntStats, closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** What a path is, for messages: "a directory", "a FIFO", ... */
export function fileKind(stats: Stats | BigIntStats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** Thrown for a path that exists but is not a regular file; `kind` says what it is. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(
    readonly path: string,
    readonly kind: string,
  ) {
    super(`${path} is ${kind}, not a regular file`);
  }
}

/** Thrown when a file holds more than the bytes allowed. */
export class FileTooLargeError extends Error {
  readonly code = 'EFBIG';
  constructor(
    readonly path: string,
    readonly maxBytes: number,
  ) {
    super(`${path} is larger than ${maxBytes} bytes`);
  }
}

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer (absent on Windows).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of the regular file at `path` (symbolic links followed). Errors: the file system's own
 * (ENOENT, EACCES, ...), NotRegularFileError, FileTooLargeError.
 */
export function readRegularFile(path: string, maxBytes = Number.MAX_SAFE_INTEGER): Buffer {
  return readRegularFileAndStats(path, maxBytes).bytes;
}

/** As readRegularFile, with what fstat said of the descriptor read (nanosecond times, inode, device). */
export function readRegularFileAndStats(path: string, maxBytes = Number.MAX_SAFE_INTEGER): { bytes: Buffer; stats: BigIntStats } {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stats = fstatSync(fd, { bigint: true });
    if (!stats.isFile()) throw new NotRegularFileError(path, fileKind(stats));
    // Sized by what fstat says, but read until the end whatever it said (a file may grow).
    const limit = Math.min(maxBytes, Number.MAX_SAFE_INTEGER - 1) + 1;
    let buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(Number(stats.size) + 1, 4096)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length >= limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) throw new FileTooLargeError(path, maxBytes);
    return { bytes: buffer.subarray(0, length), stats };
  } finally {
    closeSync(fd);
  }
}

/** At most the first `count` bytes of the regular file at `path`, opened and checked as readRegularFile does. */
export function readRegularFileStart(path: string, count: number): Buffer {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new NotRegularFileError(path, fileKind(stats));
    const buffer = Buffer.alloc(count);
    return buffer.subarray(0, readSync(fd, buffer, 0, count, 0));
  } finally {
    closeSync(fd);
  }
}
