/** The score folder's file names. */
export const SNAPSHOT_NAME = 'scores.json';
export const JOURNAL_NAME = 'scores.journal';
export const LOCK_NAME = 'scores.lock';
/** The append-only history: the journal of each checkpoint, moved here whole, numbered. */
export const HISTORY_DIR = 'history';
/** Per question and per day aggregates of the history, at some point of it (a cache). */
export const SUMMARY_NAME = 'summary.json';
/** Lapses per question at the same point as the summary: all a session reads of it before its first question (a cache). */
export const LAPSES_NAME = 'lapses.json';
