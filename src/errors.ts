/**
 * The one error class of the program. Every expected failure is a QuizError with a code; the
 * single handler in cli/run.ts prints its message (sanitized, one line) and maps the code to an
 * exit status. Anything else that reaches the handler is a bug and is reported as such.
 */
export type ErrorCode =
  | 'BANK_INVALID' // a question bank failed validation
  | 'BANK_NOT_FOUND' // a --bank path or module that does not exist
  | 'STORE_CORRUPT' // the score file cannot be read as a score file
  | 'STORE_TOO_NEW' // the score file was written by a newer program
  | 'STORE_LOCKED' // another process held the lock for too long
  | 'STORE_WRITE' // a save failed (full disk, permissions); the old file is intact
  | 'ALREADY_SUBMITTED' // a mock exam that another session has submitted first
  | 'IMPORT_INVALID' // a file to import (or a copy in a sync folder) that is not a history this version reads
  | 'OPTIMIZER_UNAVAILABLE' // the FSRS optimizer could not load or failed; nothing was changed
  | 'USAGE' // bad command-line arguments
  | 'INTERRUPTED'; // Ctrl+C

const EXIT_CODES: Record<ErrorCode, number> = {
  BANK_INVALID: 1,
  BANK_NOT_FOUND: 1,
  STORE_CORRUPT: 1,
  STORE_TOO_NEW: 1,
  STORE_LOCKED: 1,
  STORE_WRITE: 1,
  ALREADY_SUBMITTED: 1,
  IMPORT_INVALID: 1,
  OPTIMIZER_UNAVAILABLE: 1,
  USAGE: 2,
  INTERRUPTED: 130,
};

/** A message a person reads, in English and Japanese (the handler picks by the session's language). */
export interface Bilingual {
  readonly en: string;
  readonly ja: string;
}

export class QuizError extends Error {
  readonly code: ErrorCode;
  /** Extra lines printed after the message (e.g. every problem of an invalid bank). */
  readonly details: readonly string[];
  /** The Japanese message, when there is one; `message` is always the English. */
  readonly ja: string | undefined;

  constructor(code: ErrorCode, message: string | Bilingual, details: readonly string[] = []) {
    super(typeof message === 'string' ? message : message.en);
    this.name = 'QuizError';
    this.code = code;
    this.details = details;
    this.ja = typeof message === 'string' ? undefined : message.ja;
  }

  messageIn(lang: 'en' | 'ja'): string {
    return lang === 'ja' && this.ja !== undefined ? this.ja : this.message;
  }

  get exitCode(): number {
    return EXIT_CODES[this.code];
  }
}

export function isQuizError(error: unknown): error is QuizError {
  return error instanceof QuizError;
}

/**
 * The `default` of a switch that must handle every member of a union (every question type): a
 * member left out makes `value` not `never`, a type error at the call. At run time it is a bug.
 */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${String(value)}`);
}
