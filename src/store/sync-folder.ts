/**
 * The sync folder: a folder that a file-sync tool (Syncthing, Dropbox, a git repository) carries
 * between machines. Each data folder keeps its own copy there, `cloudops-quiz-<host>-<id>.json`
 * (an export), and only ever writes that one file: two machines never write the same file, so
 * the sync tool has no conflict to resolve and no copy can overwrite another machine's answers.
 * `sync` merges in every copy it finds (conflicted copies the tool may have made included), then
 * writes its own. A machine that syncs sees every answer any copy holds; since every copy is a
 * merge of what its machine had read before, answers travel on through every later sync.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, realpathSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { QuizError } from '../errors.ts';
import { realFs, writeError, writeFileDurable } from './durable.ts';
import { exportText } from './export-format.ts';
import type { History } from './history.ts';
import { readHistorySource } from './history-source.ts';
import { withLock } from './lock.ts';
import { readRegularFile } from './read-regular.ts';

/** A copy, conflicted copies included ("… (conflicted copy …).json", "….sync-conflict-….json"); never a temp file. */
const COPY = /^cloudops-quiz-[^/\\]*\.json$/;

export interface SyncCopy {
  readonly file: string;
  readonly history: History;
}

/** The name of this data folder's own copy: the host, and a hash of the host and the folder's real path. */
export function ownCopyName(dataDir: string): string {
  let real = dataDir;
  try {
    real = realpathSync(dataDir);
  } catch {
    /* not made yet: its path as given */
  }
  const host = hostname();
  const label =
    host
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'host';
  const id = createHash('sha256').update(`${host}\n${real}`).digest('hex').slice(0, 10);
  return `cloudops-quiz-${label}-${id}.json`;
}

/** Runs `action` while no other sync of the data folder `dataDir` runs (a lock file of its own there). */
export function withSyncLock<T>(dataDir: string, action: () => T): T {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw writeError(dataDir, error);
  }
  return withLock(join(dataDir, 'sync.lock'), action);
}

/** Every copy in the folder, in name order; a copy that cannot be read stops the sync, naming it. */
export function readCopies(folder: string, now: Date): SyncCopy[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new QuizError('USAGE', { en: `cannot read the sync folder ${folder} (${code})`, ja: `同期フォルダー ${folder} を読み込めません (${code})` });
  }
  return names
    .filter((name) => COPY.test(name))
    .sort()
    .map((name) => ({ file: join(folder, name), history: readHistorySource(join(folder, name), now) }));
}

/**
 * Writes this folder's copy durably (temp file, fsync, rename), unless it already holds `history`;
 * returns whether it wrote.
 */
export function writeOwnCopy(path: string, history: History, now: Date): boolean {
  const text = exportText(history, now);
  if (sameBesidesExportTime(path, text)) return false;
  writeFileDurable(path, text, realFs, 0o600);
  return true;
}

function sameBesidesExportTime(path: string, text: string): boolean {
  let existing: string;
  try {
    existing = readRegularFile(path).toString('utf8');
  } catch {
    return false;
  }
  const withoutTime = (t: string) => t.replace(/^"exportedAt": "[^"]*",$/m, '');
  return withoutTime(existing) === withoutTime(text);
}
