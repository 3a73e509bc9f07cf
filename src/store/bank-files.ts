/**
 * Finding and reading bank files: the I/O side of the bank layer. Everything it reads goes through
 * the pure checks in bank/check.ts; nothing it returns has skipped them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, isAbsolute } from 'node:path';
import { QuizError } from '../errors.ts';
import { checkAcrossBanks, checkBankText } from '../bank/check.ts';
import type { Bank, BankProblem } from '../bank/types.ts';
import { MAX_BANK_BYTES } from '../bank/yaml-source.ts';

const BANK_EXTENSIONS = new Set(['.yaml', '.yml']);

export interface LoadedBanks {
  readonly banks: readonly Bank[];
  readonly problems: readonly BankProblem[];
  /** How many files were read. */
  readonly files: number;
}

/** Expand files and folders into a sorted list of bank files. A missing path is a usage error. */
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

/** Read one file as a bank: size cap before reading, strict UTF-8, then the pure checks. */
export function readBankFile(file: string, displayName = file): { bank?: Bank; problems: readonly BankProblem[] } {
  const problem = (message: string): BankProblem => ({ file: displayName, line: 1, col: 1, path: '', message });
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_BANK_BYTES) return { problems: [problem(`file is larger than ${MAX_BANK_BYTES / 1024 / 1024} MB`)] };
    bytes = readFileSync(file);
  } catch (error) {
    return { problems: [problem(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`)] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problems: [problem('the file is not valid UTF-8')] };
  }
  return checkBankText(text, displayName);
}

export function loadBankFiles(files: readonly string[], cwd: string): LoadedBanks {
  const banks: Bank[] = [];
  const problems: BankProblem[] = [];
  for (const file of files) {
    const result = readBankFile(file, displayPath(file, cwd));
    if (result.bank) banks.push(result.bank);
    problems.push(...result.problems);
  }
  problems.push(...checkAcrossBanks(banks));
  return { banks, problems, files: files.length };
}

/** Paths below the working folder are shown relative to it, others as they are. */
export function displayPath(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
