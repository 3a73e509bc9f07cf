/**
 * Durable writes, done by hand: write-file-atomic and atomically both report success on a full
 * disk while leaving a truncated file. A whole-file write goes to a temp file (all bytes written,
 * fsynced), is renamed over the target, and the folder is fsynced so the rename survives a crash.
 * An append writes all bytes and fsyncs; on failure the file is cut back to its old length.
 * The file-system calls are passed in so tests can make a disk fill up at any byte.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { QuizError } from '../errors.ts';
import { processState } from './process-info.ts';

export type FsOps = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'ftruncateSync' | 'fstatSync' | 'mkdirSync'
>;

export const realFs: FsOps = nodeFs;

function writeAll(ops: FsOps, fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = ops.writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
    offset += written;
  }
}

export function writeError(file: string, error: unknown): QuizError {
  const code = (error as NodeJS.ErrnoException).code;
  const [en, ja] =
    code === 'ENOSPC'
      ? ['the disk is full', 'ディスクがいっぱいです']
      : code === 'EDQUOT'
        ? ['the disk quota is used up', 'ディスククォータを使い切っています']
        : code === 'EACCES' || code === 'EPERM'
          ? ['permission denied', 'アクセス許可がありません']
          : code === 'EROFS'
            ? ['the file system is read-only', 'ファイルシステムが読み取り専用です']
            : [code ?? 'write failed', code ?? '書き込みに失敗しました'];
  return new QuizError('STORE_WRITE', {
    en: `could not save ${file}: ${en}; the previous file is intact`,
    ja: `${file} を保存できませんでした: ${ja}。以前のファイルはそのまま残っています`,
  });
}

/** fsync a folder, so that a rename or a new name in it survives a crash. */
export function fsyncFolder(dir: string, ops: FsOps = realFs): void {
  let fd: number | undefined;
  try {
    fd = ops.openSync(dir, 'r');
    ops.fsyncSync(fd);
  } catch (error) {
    // Some file systems (and Windows) cannot fsync a folder; the rename itself is still atomic.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
  } finally {
    if (fd !== undefined) ops.closeSync(fd);
  }
}

/**
 * The temp file a durable write of `file` uses: `.<name>.<pid>.<random>.tmp` beside it. The pid
 * lets a later checkpoint remove temp files whose writer was killed (score-file.ts).
 */
function tempNameFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Matches the temp files of durable writes and of the lock: group 1 is the writer's pid. */
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/;

/**
 * Replace `file` with `data` so that after a crash or a failure it is either old or new, whole.
 * `stillCurrent`, checked just before the rename, can call the write off (returns false): the
 * score file uses it to make sure nobody changed the files it merged while it wrote.
 */
export function writeFileDurable(file: string, data: string | Uint8Array, ops: FsOps = realFs, mode = 0o600, stillCurrent?: () => boolean): boolean {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = tempNameFor(file);
  let fd: number | undefined;
  let calledOff = false;
  try {
    fd = ops.openSync(temp, 'wx', mode);
    writeAll(ops, fd, bytes);
    ops.fsyncSync(fd);
    ops.closeSync(fd);
    fd = undefined;
    if (stillCurrent && !stillCurrent()) {
      calledOff = true;
      ops.unlinkSync(temp);
      return false;
    }
    ops.renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) {
      try {
        ops.closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    try {
      ops.unlinkSync(temp);
    } catch {
      /* never created, or already gone */
    }
    if (calledOff) return false;
    throw writeError(file, error);
  }
  try {
    fsyncFolder(dirname(file), ops);
  } catch (error) {
    // The rename is done but may not survive a crash; the caller keeps what it would otherwise drop.
    throw writeError(file, error);
  }
  return true;
}

/**
 * Append `data` and fsync; on failure the file is cut back to its length before, and it throws.
 * Returns the file's length after the append.
 */
export function appendDurable(file: string, data: string, ops: FsOps = realFs, mode = 0o600): number {
  const bytes = Buffer.from(data, 'utf8');
  let fd: number | undefined;
  let before = 0;
  try {
    fd = ops.openSync(file, 'a', mode);
    before = ops.fstatSync(fd).size;
    writeAll(ops, fd, bytes);
    ops.fsyncSync(fd);
    return before + bytes.length;
  } catch (error) {
    if (fd !== undefined) {
      try {
        ops.ftruncateSync(fd, before);
        ops.fsyncSync(fd);
      } catch {
        /* the reader also drops a torn last line */
      }
    }
    throw writeError(file, error);
  } finally {
    if (fd !== undefined) ops.closeSync(fd);
  }
}

/** Temp files of writes and locks whose process is gone (killed mid-write): never read, so removed. */
export function removeLeftoverTemps(dir: string): void {
  let names: string[];
  try {
    names = nodeFs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMP_FILE.exec(name)?.[1];
    if (pid === undefined || processState(Number(pid), null) !== 'gone') continue;
    try {
      nodeFs.unlinkSync(join(dir, name));
    } catch {
      /* removed by another session */
    }
  }
}
