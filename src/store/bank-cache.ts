/**
 * Compiled banks, so the everyday commands never parse YAML: a bank that passed every check is
 * kept as JSON under the SHA-256 of its bytes. Both caches are an index of hashes and question
 * summaries (ids, modules, domains, skills, topics: all that `due` and the choice of questions
 * read) plus one file per whole bank, read only when a command needs the question text: the
 * built-in banks are compiled at build time into dist/banks/, a person's own banks go to
 * cache/banks.json and cache/banks/<hash>.json in their data folder. A file whose bytes changed
 * has another hash, misses the cache and is checked again: correctness is never traded.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Bank, BankSummary } from '../bank/types.ts';

export const CACHE_VERSION = 4;

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
      return { version: CACHE_VERSION, entries: Object.assign(Object.create(null), parsed.entries) as BankCache['entries'] };
    }
  } catch {
    /* no cache: compile */
  }
  return emptyCache();
}
