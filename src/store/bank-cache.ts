/**
 * Compiled banks, so the everyday commands never parse YAML: a bank that passed every check is
 * kept as JSON under the SHA-256 of its bytes. The built-in banks are compiled at build time into
 * dist/banks/ (an index of hashes and question summaries, plus one file per bank); a person's own
 * banks go to a cache in their data folder. A file whose bytes changed has another hash, misses
 * the cache and is checked again: correctness is never traded.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Bank, BankSummary } from '../bank/types.ts';

export const CACHE_VERSION = 3;

export interface CacheEntry {
  readonly hash: string;
  readonly summary: BankSummary;
  /** The whole bank; absent in the built-in index, whose banks are one file each beside it. */
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
