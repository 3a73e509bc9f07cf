/**
 * Finding and reading bank files: the I/O side of the bank layer. Everything it reads goes through
 * the pure checks in bank/check.ts, or comes from the compiled cache under the hash of the same
 * bytes (taken without reading them again when the file's identity is as it was when they were
 * hashed: bank-cache.ts); nothing it returns has skipped them.
 */
import { type BigIntStats, readdirSync, type Stats, statSync } from 'node:fs';
import { extname, join, relative, isAbsolute } from 'node:path';
import { QuizError } from '../errors.ts';
import { checkAcrossBanks } from '../bank/across.ts';
import { inLanguage, summarize, type Bank, type BankProblem, type BankSummary, type Lang } from '../bank/types.ts';
import { MAX_BANK_BYTES, MAX_PROBLEMS_PER_FILE } from '../bank/limits.ts';
import { FileTooLargeError, NotRegularFileError, readRegularFileAndStats } from './read-regular.ts';
import { type BankCache, type FileIdentity, identityOf, trustedHash } from './bank-cache.ts';
import type { CheckedBank } from '../bank/check.ts';

const BANK_EXTENSIONS = new Set(['.yaml', '.yml']);

export interface LoadedBanks {
  /** Whole banks; empty unless they were asked for (`full`). */
  readonly banks: readonly Bank[];
  readonly summaries: readonly BankSummary[];
  /** At most MAX_PROBLEMS_PER_FILE per file; `more` says what else each file has. */
  readonly problems: readonly BankProblem[];
  /** Files with problems beyond those listed: how many more (null: reading stopped, not counted). */
  readonly more: readonly MoreProblems[];
  /** How many files were read. */
  readonly files: number;
  /** Files checked afresh (not found in the cache). */
  readonly compiled: number;
}

export interface MoreProblems {
  readonly file: string;
  readonly count: number | null;
}

/** Cache lookups: `keyOf` gives a file's key in `cache`, or undefined for files it does not hold. */
export interface CacheUse {
  readonly cache: BankCache;
  readonly keyOf: (file: string) => string | undefined;
  readonly hash: (bytes: Uint8Array) => string;
  /** The whole bank of an entry that holds only its summary, in `lang` only if given. */
  readonly loadBank?: (key: string, lang: Lang | undefined) => Bank | undefined;
  /** The question text wanted in this language only (inLanguage): a session speaks one. */
  readonly lang?: Lang;
  /**
   * Each file's identity when it was last hashed, by path: a file still so described is taken from
   * the cache without being read. Files read are recorded here (the caller saves it).
   */
  readonly files?: Record<string, FileIdentity>;
}

/**
 * Expand files and folders into a sorted list of bank files. A missing path is an error. In a
 * folder every `*.yaml`/`*.yml` that is not a folder is listed, symbolic links included: a link
 * to a bank is read like the bank, and a broken link, a FIFO or a device is reported by the
 * reader, never skipped in silence.
 */
export function collectBankFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch {
      throw new QuizError('BANK_NOT_FOUND', {
        en: `no such bank file or folder: ${path}`,
        ja: `問題バンクのファイルまたはフォルダーが見つかりません: ${path}`,
      });
    }
    if (stats.isDirectory()) {
      const entries = readdirSync(path, { withFileTypes: true })
        .filter((entry) => !entry.isDirectory() && BANK_EXTENSIONS.has(extname(entry.name).toLowerCase()))
        .map((entry) => join(path, entry.name))
        .sort();
      files.push(...entries);
    } else files.push(path);
  }
  return files;
}

/** What the file system says of a path now (links followed), or undefined if it cannot say. */
export function statOf(file: string): BigIntStats | undefined {
  try {
    return statSync(file, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

type Read = { bytes: Buffer; stats: BigIntStats; problem?: undefined } | { bytes?: undefined; problem: BankProblem };

/** A regular file's bytes, at most MAX_BANK_BYTES of them, read without ever blocking on a FIFO. */
function readBytes(file: string, displayName: string): Read {
  const problem = (message: string): BankProblem => ({ file: displayName, line: 1, col: 1, path: '', message });
  try {
    return readRegularFileAndStats(file, MAX_BANK_BYTES);
  } catch (error) {
    if (error instanceof NotRegularFileError) return { problem: problem(`${error.kind}, not a regular file: not read`) };
    if (error instanceof FileTooLargeError) return { problem: problem(`file is larger than ${MAX_BANK_BYTES / 1024 / 1024} MB`) };
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: problem(code === 'ENOENT' ? 'cannot read the file (ENOENT: a broken symbolic link?)' : `cannot read the file (${code ?? 'error'})`) };
  }
}

/** At most MAX_PROBLEMS_PER_FILE problems of each file; the rest are counted in `more`. */
function capPerFile(
  problems: readonly BankProblem[],
  uncounted: ReadonlySet<string>,
  counted: ReadonlyMap<string, number>,
): { problems: BankProblem[]; more: MoreProblems[] } {
  const shown: BankProblem[] = [];
  const perFile = new Map<string, number>();
  for (const problem of problems) {
    const n = (perFile.get(problem.file) ?? 0) + 1;
    perFile.set(problem.file, n);
    if (n <= MAX_PROBLEMS_PER_FILE) shown.push(problem);
  }
  const more: MoreProblems[] = [];
  const files = new Set([...perFile.keys(), ...uncounted, ...counted.keys()]);
  for (const file of files) {
    if (uncounted.has(file)) more.push({ file, count: null });
    else {
      const hidden = Math.max(0, (perFile.get(file) ?? 0) - MAX_PROBLEMS_PER_FILE) + (counted.get(file) ?? 0);
      if (hidden > 0) more.push({ file, count: hidden });
    }
  }
  return { problems: shown, more };
}

/**
 * Read and check bank files, one after another: each file's bytes are released once it is checked,
 * and with `check` (what `validate` asks for) its checked bank too, keeping only its summary (for
 * the ids across banks) and its problems: memory stays flat in the number of files. Files found in
 * the cache under the hash of their bytes are taken from it. (Worker threads were tried: since
 * banks in the plain YAML subset are read by the fast subset reader, copying the checked banks
 * back from the threads costs more than the threads save, 1.39 s against 1.24 s for 10,000
 * questions.)
 */
export async function loadBankFiles(
  files: readonly string[],
  cwd: string,
  want: 'full' | 'summary' | 'check',
  cacheUse?: CacheUse,
  /** Banks loaded elsewhere (the built-in ones) whose ids these files must not reuse. */
  alongside: readonly BankSummary[] = [],
): Promise<LoadedBanks> {
  const slots: Array<{ display: string; bank?: Bank; summary?: BankSummary; problems: readonly BankProblem[]; more?: number | null }> = [];
  let compiled = 0;
  // The YAML parser and the schema are loaded only when some file is not in the cache.
  let check: ((bytes: Uint8Array, display: string) => CheckedBank) | undefined;
  /** The slot of a cache entry, or undefined when its whole bank is wanted and cannot be read. */
  const fromCache = (display: string, key: string, hit: NonNullable<BankCache['entries'][string]>) => {
    const summary = { ...hit.summary, file: display };
    if (want !== 'full') return { display, summary, problems: [] };
    const lang = cacheUse?.lang;
    const bank = hit.bank ? (lang ? inLanguage(hit.bank, lang) : hit.bank) : cacheUse?.loadBank?.(key, lang);
    return bank ? { display, bank: { ...bank, file: display }, summary, problems: [] } : undefined;
  };
  for (const file of files) {
    const display = displayPath(file, cwd);
    const key = cacheUse?.keyOf(file);
    const known = key !== undefined ? cacheUse?.files?.[file] : undefined;
    if (key !== undefined && cacheUse && known) {
      // Unchanged since it was hashed (by its identity): not read at all.
      const hit = cacheUse.cache.entries[key];
      const slot = hit && trustedHash(known, statOf(file)) === hit.hash ? fromCache(display, key, hit) : undefined;
      if (slot) {
        slots.push(slot);
        continue;
      }
    }
    // The real clock, not the study clock (CLOUDOPS_QUIZ_NOW): it is compared with the file's times.
    const examined = Date.now();
    const read = readBytes(file, display);
    if (read.problem) {
      slots.push({ display, problems: [read.problem] });
      continue;
    }
    const hash = key !== undefined && cacheUse ? cacheUse.hash(read.bytes) : undefined;
    if (hash !== undefined && cacheUse?.files) cacheUse.files[file] = identityOf(read.stats, hash, examined);
    const hit = key !== undefined ? cacheUse?.cache.entries[key] : undefined;
    if (key !== undefined && hit && hit.hash === hash) {
      const slot = fromCache(display, key, hit);
      if (slot) {
        slots.push(slot);
        continue;
      }
    }
    check ??= (await import('../bank/check-bytes.ts')).checkBankBytes;
    const result = check(read.bytes, display);
    compiled++;
    const summary = result.bank ? summarize(result.bank) : undefined;
    slots.push({
      display,
      problems: result.problems,
      ...(result.more !== undefined ? { more: result.more } : {}),
      ...(summary ? { summary } : {}),
      ...(result.bank && want === 'full' ? { bank: cacheUse?.lang ? inLanguage(result.bank, cacheUse.lang) : result.bank } : {}),
    });
    if (result.bank && summary && cacheUse && key !== undefined && hash !== undefined) {
      cacheUse.cache.entries[key] = { hash, summary, bank: result.bank };
    }
  }

  const banks = slots.flatMap((s) => (s.bank ? [s.bank] : []));
  const summaries = slots.flatMap((s) => (s.summary ? [s.summary] : []));
  const found = slots.flatMap((s) => s.problems);
  // The other banks go first, so a clash is reported in the file being loaded, not in theirs.
  found.push(...checkAcrossBanks([...alongside, ...summaries]).filter((p) => !alongside.some((a) => a.file === p.file)));
  const uncounted = new Set(slots.flatMap((s) => (s.more === null ? [s.display] : [])));
  const counted = new Map(slots.flatMap((s) => (typeof s.more === 'number' ? [[s.display, s.more] as const] : [])));
  const { problems, more } = capPerFile(found, uncounted, counted);
  return { banks, summaries, problems, more, files: files.length, compiled };
}

/** Paths below the working folder are shown relative to it, others as they are. */
export function displayPath(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
