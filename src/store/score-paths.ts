/** The score folder's file names. */
export const SNAPSHOT_NAME = 'scores.json';
export const JOURNAL_NAME = 'scores.journal';
export const LOCK_NAME = 'scores.lock';
