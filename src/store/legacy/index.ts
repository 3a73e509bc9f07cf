/**
 * What the rest of the store uses of the code for folders of versions 1–3: loaded on demand
 * through legacy-code.ts, never imported directly, so a version-4 folder never loads it (nor the
 * FSRS scheduler that version 1's migration needs).
 */
export { legacyEntries } from './to-v4.ts';
export { applyLegacyJournal } from './read.ts';
export { checkLegacySnapshot, legacySnapshotText } from './snapshot.ts';
