/**
 * Answer ids that stay unique: an answer's id is its time and question (answerId), and two
 * answers can share both (a fixed clock, or a re-ask within one millisecond). Such an answer gets
 * a sequence suffix when it is saved, against every answer known and the others saved with it.
 */
import { sequencedAnswerId, type AnswerRecord, type JournalEntry } from './score-types.ts';

/** Answers saved with ids no other answer has: equal time and question get `.1`, `.2`, ... */
export function withUniqueIds(known: readonly AnswerRecord[], entries: readonly JournalEntry[]): JournalEntry[] {
  // The ids each answer of this save was given, by the id it came with: a re-rate or an undo
  // refers to the latest of them (an undo takes that answer away, so the one before is next).
  const given = new Map<string, string[]>();
  const taken = new Set<string>();
  return entries.map((entry) => {
    if (entry.k === 'rerate' || entry.k === 'undo') {
      const ids = given.get(entry.id);
      const id = entry.k === 'undo' ? ids?.pop() : ids?.at(-1);
      return id === undefined || id === entry.id ? entry : { ...entry, id };
    }
    if (entry.k !== 'answer') return entry;
    const { answer } = entry;
    const used = (id: string) => taken.has(id) || idsAt(known, answer.at).has(id);
    let id = answer.id;
    for (let sequence = 1; used(id); sequence++) id = sequencedAnswerId(answer.at, answer.q, sequence);
    taken.add(id);
    given.set(answer.id, [...(given.get(answer.id) ?? []), id]);
    return id === answer.id ? entry : { ...entry, answer: { ...answer, id } };
  });
}

/** Ids of the answers at exactly `at` (answers are kept in time order: a binary search). */
function idsAt(answers: readonly AnswerRecord[], at: number): Set<string> {
  let low = 0;
  let high = answers.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((answers[mid]?.at ?? Infinity) < at) low = mid + 1;
    else high = mid;
  }
  const ids = new Set<string>();
  for (let i = low; i < answers.length; i++) {
    const answer = answers[i];
    if (answer?.at !== at) break;
    ids.add(answer.id);
  }
  return ids;
}
