/**
 * A mark given after the feedback re-rates an answer that is already saved: a `rerate` journal
 * entry, applied on every read (full or view), whether its answer is still in the journal or was
 * folded into the snapshot by another session's checkpoint in between.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CardState } from '../../src/srs/card.ts';
import { readScoreView, ScoreFile } from '../../src/store/score-file.ts';
import type { JournalEntry } from '../../src/store/score-types.ts';
import { tempDir } from '../helpers/cli.ts';

const now = new Date('2026-06-01T09:00:00Z');
const at = now.getTime();
const card = (due: number): CardState => ({
  due,
  stability: 2,
  difficulty: 5,
  scheduledDays: 0,
  learningSteps: 1,
  reps: 1,
  lapses: 0,
  state: 'learning',
  lastReview: at,
});
const answer: JournalEntry = {
  k: 'answer',
  answer: { id: 'a1', q: 'm01-x', at, given: [1], correct: true, rating: 'good', mode: 'drill', ms: 1200 },
  card: card(at + 600_000),
};
const rerate: JournalEntry = { k: 'rerate', id: 'a1', q: 'm01-x', rating: 'easy', card: card(at + 8 * 86_400_000) };

describe('re-rating a saved answer', () => {
  it.each([
    ['both in the journal', false],
    ['the answer already in the snapshot', true],
  ])('gives the answer its new rating and card: %s', (_name, checkpointBetween) => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer]);
    if (checkpointBetween) ScoreFile.open(dir, now).checkpoint(now);
    store.record([rerate]);
    // In memory, read back in full, and as the quick commands' view.
    for (const file of [store, ScoreFile.open(dir, now)]) {
      expect(file.history().map((a) => [a.id, a.rating])).toEqual([['a1', 'easy']]);
      expect(file.data.cards['m01-x']?.due).toBe(at + 8 * 86_400_000);
    }
    const view = readScoreView(dir, now);
    expect(view.summary.questions.get('m01-x')).toMatchObject({ answers: 1, rated: 1 });
    expect(view.data.cards['m01-x']?.due).toBe(at + 8 * 86_400_000);
    // Folded into a new snapshot, the re-rate stays.
    store.checkpoint(now);
    expect(readFileSync(join(dir, 'scores.journal'), 'utf8')).toBe('');
    expect(
      ScoreFile.open(dir, now)
        .history()
        .map((a) => a.rating),
    ).toEqual(['easy']);
  });

  it('leaves a later answer’s card alone (another session answered the question since)', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    const later: JournalEntry = {
      ...answer,
      answer: { ...answer.answer, id: 'a2', at: at + 60_000 },
      card: { ...card(at + 999), lastReview: at + 60_000 },
    } as JournalEntry;
    store.record([answer, later, rerate]);
    const file = ScoreFile.open(dir, now);
    const data = file.data;
    expect(file.history().map((a) => [a.id, a.rating])).toEqual([
      ['a1', 'easy'],
      ['a2', 'good'],
    ]);
    expect(data.cards['m01-x']?.due).toBe(at + 999);
  });

  it('checks a re-rate entry like any other, on the way out and on the way in', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer]);
    const wrong = { ...rerate, rating: 'great' } as unknown as JournalEntry;
    expect(() => store.record([wrong])).toThrow(
      /refusing to save entry 1 of 1, which the reader would refuse: rating: expected one of again, hard, good, easy/,
    );
    appendFileSync(join(dir, 'scores.journal'), `${JSON.stringify(wrong)}\n`);
    expect(() => ScoreFile.open(dir, now)).toThrow(
      /scores\.journal has a wrong entry at line 2: not a journal entry \(rating: expected one of again, hard, good, easy\)/,
    );
  });
});
