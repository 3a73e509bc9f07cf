/**
 * Finding and reading bank files: the I/O side of the bank layer. Everything it reads goes through
 * the pure checks in bank/check.ts, or comes from the compiled cache under the hash of the same
 * bytes; nothing it returns has skipped them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, isAbsolute } from 'node:path';
import { QuizError } from '../errors.ts';
import { checkAcrossBanks } from '../bank/across.ts';
import { summarize, type Bank, type BankProblem, type BankSummary } from '../bank/types.ts';
import { MAX_BANK_BYTES } from '../bank/limits.ts';
import type { BankCache } from './bank-cache.ts';

const BANK_EXTENSIONS = new Set(['.yaml', '.yml']);

export interface LoadedBanks {
  /** Whole banks; empty when only summaries were asked for. */
  readonly banks: readonly Bank[];
  readonly summaries: readonly BankSummary[];
  readonly problems: readonly BankProblem[];
  /** How many files were read. */
  readonly files: number;
  /** Files checked afresh (not found in the cache). */
  readonly compiled: number;
}

/** Cache lookups: `keyOf` gives a file's key in `cache`, or undefined for files it does not hold. */
export interface CacheUse {
  readonly cache: BankCache;
  readonly keyOf: (file: string) => string | undefined;
  readonly hash: (bytes: Uint8Array) => string;
  /** The whole bank of an entry that holds only its summary (the built-in index). */
  readonly loadBank?: (key: string) => Bank | undefined;
}

/** Expand files and folders into a sorted list of bank files. A missing path is an error. */
export function collectBankFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new QuizError('BANK_NOT_FOUND', `no such bank file or folder: ${path}`);
    }
    if (stats.isDirectory()) {
      const entries = readdirSync(path, { withFileTypes: true })
        .filter((entry) => entry.isFile() && BANK_EXTENSIONS.has(extname(entry.name).toLowerCase()))
        .map((entry) => join(path, entry.name))
        .sort();
      files.push(...entries);
    } else files.push(path);
  }
  return files;
}

type Read = { bytes: Buffer; problem?: undefined } | { bytes?: undefined; problem: BankProblem };

function readBytes(file: string, displayName: string): Read {
  const problem = (message: string): BankProblem => ({ file: displayName, line: 1, col: 1, path: '', message });
  try {
    const size = statSync(file).size;
    if (size > MAX_BANK_BYTES) return { problem: problem(`file is larger than ${MAX_BANK_BYTES / 1024 / 1024} MB`) };
    return { bytes: readFileSync(file) };
  } catch (error) {
    return { problem: problem(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`) };
  }
}

async function checkBytes(bytes: Buffer, displayName: string): Promise<{ bank?: Bank; problems: readonly BankProblem[] }> {
  // The YAML parser and the schema are loaded only when a file is not in the cache.
  const { checkBankText } = await import('../bank/check.ts');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problems: [{ file: displayName, line: firstBadLine(bytes), col: 1, path: '', message: 'the file is not valid UTF-8' }] };
  }
  return checkBankText(text, displayName);
}

/** The line holding the first byte sequence that is not UTF-8. */
function firstBadLine(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return 1;
}

export async function loadBankFiles(files: readonly string[], cwd: string, want: 'full' | 'summary', cacheUse?: CacheUse): Promise<LoadedBanks> {
  const banks: Bank[] = [];
  const summaries: BankSummary[] = [];
  const problems: BankProblem[] = [];
  let compiled = 0;
  for (const file of files) {
    const display = displayPath(file, cwd);
    const read = readBytes(file, display);
    if (read.problem) {
      problems.push(read.problem);
      continue;
    }
    const key = cacheUse?.keyOf(file);
    const hash = key !== undefined && cacheUse ? cacheUse.hash(read.bytes) : undefined;
    const hit = key !== undefined ? cacheUse?.cache.entries[key] : undefined;
    if (hit && hit.hash === hash) {
      if (want === 'summary') {
        summaries.push({ ...hit.summary, file: display });
        continue;
      }
      const bank = hit.bank ?? (key !== undefined ? cacheUse?.loadBank?.(key) : undefined);
      if (bank) {
        banks.push({ ...bank, file: display });
        summaries.push({ ...hit.summary, file: display });
        continue;
      }
    }
    compiled++;
    const result = await checkBytes(read.bytes, display);
    if (result.bank) {
      const summary = summarize(result.bank);
      if (want === 'full') banks.push(result.bank);
      summaries.push(summary);
      if (cacheUse && key !== undefined && hash !== undefined) cacheUse.cache.entries[key] = { hash, summary, bank: result.bank };
    }
    problems.push(...result.problems);
  }
  problems.push(...checkAcrossBanks(summaries));
  return { banks, summaries, problems, files: files.length, compiled };
}

/** Paths below the working folder are shown relative to it, others as they are. */
export function displayPath(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
