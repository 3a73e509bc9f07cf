/**
 * Applying a version-3 journal to its snapshot, as version 3 did when moving to version 4.
 * Idempotent, so replaying a journal that a crash left behind after a checkpoint changes nothing.
 */
import type { CardState } from '../../srs/card.ts';
import type { JournalEntry } from '../score-types.ts';
import type { LegacyData } from './snapshot.ts';

type ScoreData = LegacyData;

/**
 * `known` holds the ids of answers already in `data` that the entries might repeat (a replayed
 * journal); null when the entries are new answers with fresh ids, which need no check.
 */
export function applyEntries(data: ScoreData, entries: readonly JournalEntry[], known: Set<string> | null): void {
  const seen = known ?? new Set<string>();
  let unsorted = false;
  for (const entry of entries) {
    switch (entry.k) {
      case 'answer': {
        if (seen.has(entry.answer.id)) break;
        seen.add(entry.answer.id);
        const last = data.answers[data.answers.length - 1];
        if (last && last.at > entry.answer.at) unsorted = true;
        data.answers.push(entry.answer);
        keepLaterCard(data, entry.answer.q, entry.card);
        break;
      }
      case 'rerate': {
        // Re-rates are rare and follow their answer closely: search from the newest answer back.
        let i = data.answers.length - 1;
        while (i >= 0 && data.answers[i]?.id !== entry.id) i--;
        const answer = data.answers[i];
        if (answer) data.answers[i] = { ...answer, rating: entry.rating };
        keepLaterCard(data, entry.q, entry.card);
        break;
      }
      case 'undo': {
        // An answer given again after its undo may carry the same id (same time, same question).
        seen.delete(entry.id);
        let i = data.answers.length - 1;
        while (i >= 0 && data.answers[i]?.id !== entry.id) i--;
        if (i >= 0) data.answers.splice(i, 1);
        // The card goes back unless a later answer (another session's) has replaced it since. Judged
        // by the card's own time, not by where answers stand in the list: the list is sorted only
        // after a batch, so by position a full read and a running session would disagree.
        const current = data.cards[entry.q];
        const later = current !== undefined && current.lastReview > Math.max(entry.at, entry.card?.lastReview ?? -Infinity);
        if (entry.card !== undefined && !later) {
          if (entry.card === null) delete data.cards[entry.q];
          else data.cards[entry.q] = entry.card;
        }
        break;
      }
      case 'suspend': {
        const suspended = new Set(data.suspended);
        for (const q of entry.q) {
          if (entry.suspended) suspended.add(q);
          else suspended.delete(q);
        }
        data.suspended = [...suspended].sort();
        break;
      }
      case 'settings':
        data.settings = entry.settings;
        break;
      case 'card':
        data.cards[entry.q] = entry.card;
        break;
      case 'exam':
        if (!data.exams.some((e) => e.id === entry.exam.id)) data.exams.push(entry.exam);
        dropPaused(data, entry.exam.id);
        break;
      case 'exam-progress': {
        const { progress } = entry;
        if (progress === null) data.pausedExams = [];
        // A submitted exam stays submitted: a copy still open in another terminal cannot reopen it.
        else if (!data.exams.some((e) => e.id === progress.id)) {
          const slot = data.pausedExams.findIndex((p) => p.id === progress.id);
          if (slot >= 0) data.pausedExams[slot] = progress;
          else data.pausedExams.push(progress);
        }
        break;
      }
      case 'exam-discard':
        dropPaused(data, entry.id);
        break;
    }
  }
  // A stable sort by time alone: answers at one time (a fixed clock) keep the order they were
  // given in, and sorting at any moment gives the order a full read of the file gives.
  if (unsorted) data.answers.sort((a, b) => a.at - b.at);
}

/** Two sessions may answer the same question: the card of the later answer wins. */
function keepLaterCard(data: ScoreData, q: string, card: CardState | null): void {
  const current = data.cards[q];
  if (card && (!current || current.lastReview <= card.lastReview)) data.cards[q] = card;
}

function dropPaused(data: ScoreData, id: string): void {
  const slot = data.pausedExams.findIndex((p) => p.id === id);
  if (slot >= 0) data.pausedExams.splice(slot, 1);
}
