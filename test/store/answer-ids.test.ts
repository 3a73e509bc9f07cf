/** Unique answer ids: equal time and question get a sequence suffix; re-rates and undos follow. */
import { describe, expect, it } from 'vitest';
import { idsAtIn, withUniqueIds } from '../../src/store/answer-ids.ts';
import { answerId, type AnswerRecord, type JournalEntry } from '../../src/store/score-types.ts';

const at = Date.parse('2026-06-01T09:00:00Z');
const base = answerId(at, 'q1');
const record = (id: string): AnswerRecord => ({ id, q: 'q1', at, given: [0], correct: true, rating: 'good', mode: 'drill', ms: 0 });
const answer = (): JournalEntry => ({ k: 'answer', answer: record(base), card: null });
const ids = (entries: JournalEntry[]) => entries.map((e) => (e.k === 'answer' ? e.answer.id : e.k === 'rerate' || e.k === 'undo' ? `${e.k}:${e.id}` : e.k));

describe('unique answer ids', () => {
  it.each([
    ['one answer, nothing known', [], [answer()], [base]],
    ['the same time and question already known', [record(base)], [answer()], [`${base}.1`]],
    ['two known, two more in one save (a fixed clock)', [record(base), record(`${base}.1`)], [answer(), answer()], [`${base}.2`, `${base}.3`]],
    [
      'a re-rate follows the latest answer it names',
      [record(base)],
      [answer(), { k: 'rerate', id: base, q: 'q1', rating: 'easy', card: null }],
      [`${base}.1`, `rerate:${base}.1`],
    ],
    [
      'undos take the answers back newest first',
      [],
      [answer(), answer(), { k: 'undo', id: base, q: 'q1', at }, { k: 'undo', id: base, q: 'q1', at }],
      [base, `${base}.1`, `undo:${base}.1`, `undo:${base}`],
    ],
  ] as [string, AnswerRecord[], JournalEntry[], string[]][])('%s', (_name, known, entries, expected) => {
    expect(ids(withUniqueIds(idsAtIn(known), entries))).toEqual(expected);
  });
});
