/**
 * Compiled banks, so the everyday commands never parse YAML: a bank that passed every check is
 * kept as JSON under the SHA-256 of its bytes. Both caches are an index of hashes and question
 * summaries (ids, modules, domains, skills, topics: all that `due` and the choice of questions
 * read) plus one file per whole bank, read only when a command needs the question text: the
 * built-in banks are compiled at build time into dist/banks/, a person's own banks go to
 * cache/banks.json and cache/banks/<hash>.json in their data folder. A file whose bytes changed
 * has another hash, misses the cache and is checked again: correctness is never traded.
 * Beside each index, a lean one (IdsIndex) holds only the hashes, the ids and the file identities:
 * all that `due` reads.
 */
import { createHash } from 'node:crypto';
import { type BigIntStats, readFileSync } from 'node:fs';
import type { Bank, BankSummary, Lang } from '../bank/types.ts';

/** 6: a lean index of ids beside each index (IdsIndex). 5: each whole bank also kept once per language (`<name>.<lang>.json`, inLanguage). */
export const CACHE_VERSION = 6;

export interface CacheEntry {
  readonly hash: string;
  readonly summary: BankSummary;
  /** The whole bank: in memory only, once compiled or read; on disk each is a file of its own beside the index. */
  readonly bank?: Bank;
}

export interface BankCache {
  readonly version: typeof CACHE_VERSION;
  /** Keyed by file path (the file name alone for the built-in banks). */
  readonly entries: Record<string, CacheEntry>;
  /** The person's index only: what each bank file (by path) looked like when its bytes were hashed. */
  readonly files?: Record<string, FileIdentity>;
}

/**
 * A bank file as the file system described it when its bytes were hashed, as git's index keeps a
 * work-tree file: so that a file whose description has not changed is not read and hashed again
 * (1.8 MB of a person's banks and 3.6 MB of built-in ones on every `due`). Numbers are kept as
 * decimal strings: nanosecond times do not fit a double.
 */
export interface FileIdentity {
  readonly hash: string;
  readonly size: string;
  readonly mtimeNs: string;
  readonly ctimeNs: string;
  readonly ino: string;
  readonly dev: string;
  /** Wall-clock milliseconds just before the file was examined. */
  readonly at: number;
}

/**
 * A file changed within this long of being hashed may have changed again without its times
 * moving (the file system's timestamp granularity: up to 2 s on FAT, and coarse clocks lag): git's
 * "racy clean" case. Such a file is hashed again until its times are older than this.
 */
const RACY_NS = 2_000_000_000n;

export function identityOf(stats: BigIntStats, hash: string, at: number): FileIdentity {
  return {
    hash,
    size: String(stats.size),
    mtimeNs: String(stats.mtimeNs),
    ctimeNs: String(stats.ctimeNs),
    ino: String(stats.ino),
    dev: String(stats.dev),
    at,
  };
}

/**
 * The hash recorded for a file, if the file is still the one described: same size, modification
 * and change times (to the nanosecond), inode and device, and neither time within RACY_NS of when
 * it was examined. Otherwise undefined: read and hash it. An edit that keeps the size and puts the
 * modification time back still moves the change time, which no one can set.
 */
export function trustedHash(known: FileIdentity | undefined, stats: BigIntStats | undefined): string | undefined {
  // The index is the program's own file, but a damaged one must only cost a read.
  if (!known || typeof known.hash !== 'string' || !Number.isFinite(known.at) || !stats || !stats.isFile()) return undefined;
  const same =
    known.size === String(stats.size) &&
    known.mtimeNs === String(stats.mtimeNs) &&
    known.ctimeNs === String(stats.ctimeNs) &&
    known.ino === String(stats.ino) &&
    known.dev === String(stats.dev);
  if (!same) return undefined;
  const examined = BigInt(Math.floor(known.at)) * 1_000_000n;
  const trusted = examined - RACY_NS;
  return stats.mtimeNs < trusted && stats.ctimeNs < trusted ? known.hash : undefined;
}

/**
 * A compiled bank's file: `<name>.json` with every language, `<name>.<lang>.json` with one (what a
 * session reads). The person's are named by the hash of the bank file's bytes, the built-in ones
 * after the bank file.
 */
export function compiledBankName(bankFileOrHash: string, lang: Lang | undefined): string {
  const name = bankFileOrHash.replace(/\.ya?ml$/i, '');
  return lang ? `${name}.${lang}.json` : `${name}.json`;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function emptyCache(): BankCache {
  return { version: CACHE_VERSION, entries: Object.create(null) as BankCache['entries'] };
}

/** A cache file that is missing, unreadable or of another version is simply empty. */
export function readCache(file: string): BankCache {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<BankCache>;
    if (parsed.version === CACHE_VERSION && parsed.entries && typeof parsed.entries === 'object') {
      const files = parsed.files && typeof parsed.files === 'object' ? parsed.files : {};
      return {
        version: CACHE_VERSION,
        entries: Object.assign(Object.create(null), parsed.entries) as BankCache['entries'],
        files: Object.assign(Object.create(null), files) as NonNullable<BankCache['files']>,
      };
    }
  } catch {
    /* no cache: compile */
  }
  return emptyCache();
}

/**
 * The lean part of an index: per bank, the hash of its bytes and its question ids; for the
 * person's, the file identities too. `due` reads this (a tenth of the index) instead of every
 * question's summary. It needs no link to the whole index to be trusted: the ids are those of the
 * bank whose bytes have that hash, and the hash is taken only for a file whose identity still
 * holds (trustedHash). A lean index that is missing, damaged, or behind the files costs one load
 * through the whole index, which writes it again.
 */
export interface IdsIndex {
  readonly version: typeof CACHE_VERSION;
  readonly entries: Record<string, IdsEntry>;
  readonly files?: Record<string, FileIdentity>;
}

export interface IdsEntry {
  readonly hash: string;
  readonly ids: readonly string[];
}

export function idsIndexOf(cache: BankCache): IdsIndex {
  const entries = Object.create(null) as IdsIndex['entries'];
  for (const [key, entry] of Object.entries(cache.entries)) entries[key] = { hash: entry.hash, ids: entry.summary.questions.map((q) => q.id) };
  return cache.files ? { version: CACHE_VERSION, entries, files: cache.files } : { version: CACHE_VERSION, entries };
}

/** A lean index as written, or undefined when it is missing, unreadable or of another version. */
export function readIdsIndex(file: string): IdsIndex | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<IdsIndex> | null;
    if (parsed?.version !== CACHE_VERSION || !parsed.entries || typeof parsed.entries !== 'object') return undefined;
    const files = parsed.files && typeof parsed.files === 'object' ? parsed.files : undefined;
    return {
      version: CACHE_VERSION,
      entries: Object.assign(Object.create(null), parsed.entries) as IdsIndex['entries'],
      ...(files ? { files: Object.assign(Object.create(null), files) as NonNullable<IdsIndex['files']> } : {}),
    };
  } catch {
    return undefined;
  }
}

/** The ids of an entry of a lean index, if it is the bank with that hash and well formed. */
export function idsFor(entry: IdsEntry | undefined, hash: string | undefined): readonly string[] | undefined {
  if (!entry || hash === undefined || entry.hash !== hash || !Array.isArray(entry.ids)) return undefined;
  return entry.ids.every((id) => typeof id === 'string') ? entry.ids : undefined;
}
