/**
 * The rules every stored value follows, shared by the journal check, the snapshot check and the
 * answer columns, and applied to what is written as well as to what is read: a value the reader
 * would refuse is never written (a journal entry with `"at": 1e300` once made every command
 * refuse the file it was folded into).
 */
/** The last moment a JavaScript Date can hold (year 275760); card due dates may lie past 9999. */
export const MAX_TIME = 8.64e15;

/** Epoch milliseconds: a whole number from 1970 to Date's limit. */
export function isTime(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_TIME;
}

/**
 * A choice index as an answer stores it: the snapshot keeps the choices given as a string of
 * digits, so an index is one digit (a bank allows at most 8 choices).
 */
export function isChoiceIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 9;
}

/** A duration or other measure: finite and ≥ 0. */
export function isMeasure(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

/** A count: a whole number ≥ 0 that JSON carries exactly. */
export function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}
