/**
 * A score folder still in version 1, 2 or 3 read as version 3 read it: the snapshot, then the
 * journal on top. A crash between a version-3 checkpoint's two steps leaves a journal already
 * folded into the snapshot, so a journal answer already there is not added twice.
 */
import type { JournalEntry } from '../score-types.ts';
import { applyEntries } from './apply.ts';
import type { LegacyData } from './snapshot.ts';

export function applyLegacyJournal(data: LegacyData, entries: readonly JournalEntry[]): LegacyData {
  if (entries.length === 0) return data;
  let earliest = Infinity;
  for (const e of entries) if (e.k === 'answer') earliest = Math.min(earliest, e.answer.at);
  // Ids of snapshot answers that journal answers could repeat: those at or after the earliest one.
  const known = new Set<string>();
  for (let i = data.answers.length - 1; i >= 0; i--) {
    const answer = data.answers[i];
    if (!answer || answer.at < earliest) break;
    known.add(answer.id);
  }
  applyEntries(data, entries, known);
  return data;
}
