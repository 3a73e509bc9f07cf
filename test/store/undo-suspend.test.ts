/**
 * Undo and suspend are journal entries like any other: checked by the one validator, applied on
 * every read (full or view), and folded into the snapshot by a checkpoint; a crash that replays
 * the journal after the checkpoint changes nothing.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CardState } from '../../src/srs/card.ts';
import { readScoreView, ScoreFile, serializeSnapshot } from '../../src/store/score-file.ts';
import type { JournalEntry } from '../../src/store/score-types.ts';
import { tempDir } from '../helpers/cli.ts';

const now = new Date('2026-06-01T09:00:00Z');
const at = now.getTime();
const DAY = 86_400_000;
const card = (lastReview: number, due: number): CardState => ({
  due,
  stability: 2.3,
  difficulty: 5,
  scheduledDays: 2,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 'review',
  lastReview,
});
const answer = (id: string, when: number, q = 'm01-x', c: CardState | null = card(when, when + 2 * DAY)): JournalEntry => ({
  k: 'answer',
  answer: { id, q, at: when, given: [1], correct: true, rating: 'good', mode: 'drill', ms: 0 },
  card: c,
});

describe('undo in the score file', () => {
  const before = card(at - 5 * DAY, at - DAY);

  it.each([
    ['the answer still in the journal', false],
    ['the answer already folded into the snapshot', true],
  ])('removes the answer and restores the card before it: %s', (_name, checkpointBetween) => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a0', at - 5 * DAY, 'm01-x', before), answer('a1', at)]);
    if (checkpointBetween) store.checkpoint(now);
    store.record([{ k: 'undo', id: 'a1', q: 'm01-x', at, card: before }]);
    for (const data of [store.data, ScoreFile.open(dir, now).data]) {
      expect(data.answers.map((a) => a.id)).toEqual(['a0']);
      expect(data.cards['m01-x']).toEqual(before);
    }
    const view = readScoreView(dir, now);
    expect(view.answers.length).toBe(1);
    expect(view.answers.q(0)).toBe('m01-x');
    expect(view.data.cards['m01-x']).toEqual(before);
    store.checkpoint(now);
    expect(readFileSync(join(dir, 'scores.journal'), 'utf8')).toBe('');
    const folded = ScoreFile.open(dir, now).data;
    expect(folded.answers.map((a) => a.id)).toEqual(['a0']);
    expect(folded.cards['m01-x']).toEqual(before);
  });

  it('removes the card of a question first seen in the undone answer (card: null)', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a1', at), { k: 'undo', id: 'a1', q: 'm01-x', at, card: null }]);
    const data = ScoreFile.open(dir, now).data;
    expect(data.answers).toEqual([]);
    expect('m01-x' in data.cards).toBe(false);
  });

  it('leaves the card alone for an answer that did not change it (cram)', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a0', at - DAY, 'm01-x', before), answer('c1', at, 'm01-x', null), { k: 'undo', id: 'c1', q: 'm01-x', at }]);
    const data = ScoreFile.open(dir, now).data;
    expect(data.answers.map((a) => a.id)).toEqual(['a0']);
    expect(data.cards['m01-x']).toEqual(before);
  });

  it('keeps a later answer’s card (another session answered the question since)', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    const later = card(at + 60_000, at + 3 * DAY);
    store.record([answer('a1', at), answer('b1', at + 60_000, 'm01-x', later), { k: 'undo', id: 'a1', q: 'm01-x', at, card: null }]);
    const data = ScoreFile.open(dir, now).data;
    expect(data.answers.map((a) => a.id)).toEqual(['b1']);
    expect(data.cards['m01-x']).toEqual(later);
  });

  it('an answer given again after its undo, with the same id (a fixed clock), is kept when the journal is replayed', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    // One save at a time, as a session saves: the undo frees the id, the new answer takes it.
    store.record([answer('a1', at)]);
    store.record([{ k: 'undo', id: 'a1', q: 'm01-x', at, card: null }]);
    store.record([answer('a1', at)]);
    expect(store.data.answers.map((a) => a.id)).toEqual(['a1']);
    expect(ScoreFile.open(dir, now).data.answers.map((a) => a.id)).toEqual(['a1']);
  });

  it('an undo saved together with its answer follows the id the store gave that answer', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a1', at)]);
    // Same time, same question: the store renames the second answer; the undo goes with it.
    const saved = store.record([answer('a1', at), { k: 'undo', id: 'a1', q: 'm01-x', at, card: null }]);
    expect(saved[0]?.k === 'answer' && saved[0].answer.id).not.toBe('a1');
    expect(saved[1]).toMatchObject({ k: 'undo', id: saved[0]?.k === 'answer' ? saved[0].answer.id : '' });
    expect(ScoreFile.open(dir, now).data.answers.map((a) => a.id)).toEqual(['a1']);
  });

  it('a crash between the checkpoint’s two steps replays the journal: the undo still holds', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a0', at - 5 * DAY, 'm01-x', before), answer('a1', at), { k: 'undo', id: 'a1', q: 'm01-x', at, card: before }]);
    copyFileSync(join(dir, 'scores.journal'), join(dir, 'journal.copy'));
    store.checkpoint(now);
    // The snapshot is written but the journal was not emptied.
    copyFileSync(join(dir, 'journal.copy'), join(dir, 'scores.journal'));
    const data = ScoreFile.open(dir, now).data;
    expect(data.answers.map((a) => a.id)).toEqual(['a0']);
    expect(data.cards['m01-x']).toEqual(before);
  });

  it('checks undo and suspend entries with the one validator, on the way out and on the way in', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    expect(() => store.record([{ k: 'undo', id: 'a1', q: 'm01-x', at: -1 } as JournalEntry])).toThrow(/refusing to save .*at: expected a time/);
    expect(() => store.record([{ k: 'suspend', q: ['m01-x', ''], suspended: true } as JournalEntry])).toThrow(
      /refusing to save .*q\[1\]: expected a non-empty string/,
    );
    expect(existsSync(join(dir, 'scores.journal')) ? readFileSync(join(dir, 'scores.journal'), 'utf8') : '').toBe('');
    writeFileSync(join(dir, 'scores.journal'), `${JSON.stringify({ k: 'undo', id: 'a1', q: 'm01-x', at: -1 })}\n`);
    expect(() => ScoreFile.open(dir, now)).toThrow(/scores\.journal has a wrong entry at line 1: not a journal entry \(at: expected a time/);
  });
});

describe('suspend in the score file', () => {
  it('keeps the suspended ids sorted through journal, view and checkpoint; unsuspend removes them', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([{ k: 'suspend', q: ['m02-b', 'm01-a'], suspended: true }]);
    expect(store.data.suspended).toEqual(['m01-a', 'm02-b']);
    expect(readScoreView(dir, now).data.suspended).toEqual(['m01-a', 'm02-b']);
    store.checkpoint(now);
    expect(JSON.parse(readFileSync(join(dir, 'scores.json'), 'utf8')).suspended).toEqual(['m01-a', 'm02-b']);
    store.record([{ k: 'suspend', q: ['m01-a'], suspended: false }]);
    expect(ScoreFile.open(dir, now).data.suspended).toEqual(['m02-b']);
  });

  it('reads a snapshot written before suspending existed as none suspended', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a1', at)]);
    store.checkpoint(now);
    const raw = JSON.parse(readFileSync(join(dir, 'scores.json'), 'utf8'));
    delete raw.suspended;
    writeFileSync(join(dir, 'scores.json'), JSON.stringify(raw));
    expect(ScoreFile.open(dir, now).data.suspended).toEqual([]);
    expect(serializeSnapshot(ScoreFile.open(dir, now).data)).toContain('"suspended":[]');
  });

  it('refuses a suspended list that is not a list of ids', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.checkpoint(now);
    const raw = JSON.parse(readFileSync(join(dir, 'scores.json'), 'utf8'));
    raw.suspended = ['m01-a', 3];
    writeFileSync(join(dir, 'scores.json'), JSON.stringify(raw));
    expect(() => ScoreFile.open(dir, now)).toThrow(/suspended\[1\]: expected a non-empty string/);
  });
});
