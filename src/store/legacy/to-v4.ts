/**
 * Moving a version-3 score file to version 4: its data becomes the first history file, as the
 * entries that give that data when folded (store/fold.ts). The answers go first, in time order,
 * without cards; each card is then set by a `card` entry, since version 3 kept only the latest.
 */
import type { JournalEntry } from '../score-types.ts';
import type { LegacyData } from './snapshot.ts';

export function legacyEntries(data: LegacyData): JournalEntry[] {
  const entries: JournalEntry[] = [{ k: 'settings', settings: data.settings }];
  for (const answer of data.answers) entries.push({ k: 'answer', answer, card: null });
  for (const q of Object.keys(data.cards)) {
    const card = data.cards[q];
    if (card) entries.push({ k: 'card', q, card });
  }
  for (const exam of data.exams) entries.push({ k: 'exam', exam });
  for (const progress of data.pausedExams) entries.push({ k: 'exam-progress', progress });
  if (data.suspended.length > 0) entries.push({ k: 'suspend', q: data.suspended, suspended: true });
  return entries;
}
