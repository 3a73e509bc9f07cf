/**
 * Answer ids that stay unique: an answer's id is its time and question (answerId), and two
 * answers can share both (a fixed clock, or a re-ask within one millisecond). Such an answer gets
 * a sequence suffix when it is saved, against every answer known and the others saved with it.
 */
import { sequencedAnswerId, type AnswerRecord, type JournalEntry } from './score-types.ts';

/** The ids of the answers known to question `q` at exactly time `at`. */
export type IdsAt = (at: number, q: string) => ReadonlySet<string>;

/** Answers saved with ids no other answer has: equal time and question get `.1`, `.2`, ... */
export function withUniqueIds(idsAt: IdsAt, entries: readonly JournalEntry[]): JournalEntry[] {
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
    const known = idsAt(answer.at, answer.q);
    const used = (id: string) => taken.has(id) || known.has(id);
    let id = answer.id;
    for (let sequence = 1; used(id); sequence++) id = sequencedAnswerId(answer.at, answer.q, sequence);
    taken.add(id);
    given.set(answer.id, [...(given.get(answer.id) ?? []), id]);
    return id === answer.id ? entry : { ...entry, answer: { ...answer, id } };
  });
}

/** The lookup over a list of answers (a session's unsaved ones, or a test's). */
export function idsAtIn(answers: readonly AnswerRecord[]): IdsAt {
  return (at, q) => new Set(answers.filter((a) => a.at === at && a.q === q).map((a) => a.id));
}
