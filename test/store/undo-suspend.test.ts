/**
 * Undo and suspend are journal entries like any other: checked by the one validator, applied on
 * every read (full or view), and folded into the snapshot by a checkpoint; a crash that replays
 * the journal after the checkpoint changes nothing.
 */
import { existsSync, linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CardState } from '../../src/srs/card.ts';
import { readScoreView, ScoreFile } from '../../src/store/score-file.ts';
import type { JournalEntry } from '../../src/store/score-types.ts';
import { FIXTURES, tempDir } from '../helpers/cli.ts';

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
    for (const file of [store, ScoreFile.open(dir, now)]) {
      expect(file.history().map((a) => a.id)).toEqual(['a0']);
      expect(file.data.cards['m01-x']).toEqual(before);
    }
    const view = readScoreView(dir, now);
    expect([...view.summary.questions.values()].reduce((n, q) => n + q.answers, 0)).toBe(1);
    expect([...view.summary.questions.keys()]).toEqual(['m01-x']);
    expect(view.data.cards['m01-x']).toEqual(before);
    expect(view.data.seen['m01-x']).toEqual({ firstRatedAt: at - 5 * DAY, lastAt: at - 5 * DAY });
    store.checkpoint(now);
    expect(readFileSync(join(dir, 'scores.journal'), 'utf8')).toBe('');
    const folded = ScoreFile.open(dir, now);
    expect(folded.history().map((a) => a.id)).toEqual(['a0']);
    expect(folded.data.cards['m01-x']).toEqual(before);
  });

  it('removes the card of a question first seen in the undone answer (card: null)', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a1', at), { k: 'undo', id: 'a1', q: 'm01-x', at, card: null }]);
    const file = ScoreFile.open(dir, now);
    expect(file.history()).toEqual([]);
    expect('m01-x' in file.data.cards).toBe(false);
  });

  it('leaves the card alone for an answer that did not change it (cram)', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a0', at - DAY, 'm01-x', before), answer('c1', at, 'm01-x', null), { k: 'undo', id: 'c1', q: 'm01-x', at }]);
    const file = ScoreFile.open(dir, now);
    expect(file.history().map((a) => a.id)).toEqual(['a0']);
    expect(file.data.cards['m01-x']).toEqual(before);
  });

  it('keeps a later answer’s card (another session answered the question since)', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    const later = card(at + 60_000, at + 3 * DAY);
    store.record([answer('a1', at), answer('b1', at + 60_000, 'm01-x', later), { k: 'undo', id: 'a1', q: 'm01-x', at, card: null }]);
    const file = ScoreFile.open(dir, now);
    expect(file.history().map((a) => a.id)).toEqual(['b1']);
    expect(file.data.cards['m01-x']).toEqual(later);
  });

  it('an answer given again after its undo, with the same id (a fixed clock), is kept when the journal is replayed', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    // One save at a time, as a session saves: the undo frees the id, the new answer takes it.
    store.record([answer('a1', at)]);
    store.record([{ k: 'undo', id: 'a1', q: 'm01-x', at, card: null }]);
    store.record([answer('a1', at)]);
    expect(store.history().map((a) => a.id)).toEqual(['a1']);
    expect(
      ScoreFile.open(dir, now)
        .history()
        .map((a) => a.id),
    ).toEqual(['a1']);
  });

  it('an undo saved together with its answer follows the id the store gave that answer', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a1', at)]);
    // Same time, same question: the store renames the second answer; the undo goes with it.
    const saved = store.record([answer('a1', at), { k: 'undo', id: 'a1', q: 'm01-x', at, card: null }]);
    expect(saved[0]?.k === 'answer' && saved[0].answer.id).not.toBe('a1');
    expect(saved[1]).toMatchObject({ k: 'undo', id: saved[0]?.k === 'answer' ? saved[0].answer.id : '' });
    expect(
      ScoreFile.open(dir, now)
        .history()
        .map((a) => a.id),
    ).toEqual(['a1']);
  });

  it('a crash between the checkpoint’s two steps leaves the journal on the history file: the undo still holds', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a0', at - 5 * DAY, 'm01-x', before), answer('a1', at), { k: 'undo', id: 'a1', q: 'm01-x', at, card: before }]);
    store.checkpoint(now);
    // The journal was linked into the history, but its old name was not removed.
    unlinkSync(join(dir, 'scores.journal'));
    linkSync(join(dir, 'history', '000001.jsonl'), join(dir, 'scores.journal'));
    const file = ScoreFile.open(dir, now);
    expect(file.history().map((a) => a.id)).toEqual(['a0']);
    expect(file.data.cards['m01-x']).toEqual(before);
  });

  it('an undo of an answer another session already moved into the history: counted again from the history', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a0', at - 5 * DAY, 'm01-x', before), answer('a1', at)]);
    ScoreFile.open(dir, now).checkpoint(now);
    store.record([{ k: 'undo', id: 'a1', q: 'm01-x', at, card: before }]);
    for (const file of [store, ScoreFile.open(dir, now)]) {
      expect(file.history().map((a) => a.id)).toEqual(['a0']);
      expect(file.data.seen['m01-x']).toEqual({ firstRatedAt: at - 5 * DAY, lastAt: at - 5 * DAY });
      expect(file.historyView().summary.questions.get('m01-x')).toMatchObject({ answers: 1, lastAt: at - 5 * DAY });
      expect(file.historyView().summary.days.size).toBe(1);
    }
    // The save folded it in at once: readers find it counted, with nothing left to fold.
    expect(readFileSync(join(dir, 'scores.journal'), 'utf8')).toBe('');
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
    const raw = JSON.parse(readFileSync(join(FIXTURES, 'scores', 'v3', 'scores.json'), 'utf8'));
    delete raw.suspended;
    writeFileSync(join(dir, 'scores.json'), JSON.stringify(raw));
    expect(ScoreFile.open(dir, now).data.suspended).toEqual([]);
    ScoreFile.open(dir, now).checkpoint(now);
    expect(readFileSync(join(dir, 'scores.json'), 'utf8')).toContain('"suspended":[]');
  });

  it.each([
    ['a version-3 snapshot', join('v3', 'scores.json')],
    ['the version-4 state', null],
  ])('refuses a suspended list that is not a list of ids (%s)', (_name, fixture) => {
    const dir = tempDir(onTestFinished);
    if (fixture === null) ScoreFile.open(dir, now).checkpoint(now);
    const raw = JSON.parse(readFileSync(fixture === null ? join(dir, 'scores.json') : join(FIXTURES, 'scores', fixture), 'utf8'));
    raw.suspended = ['m01-a', 3];
    writeFileSync(join(dir, 'scores.json'), JSON.stringify(raw));
    expect(() => ScoreFile.open(dir, now)).toThrow(/suspended\[1\]: expected a non-empty string/);
  });
});
