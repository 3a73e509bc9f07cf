/**
 * history/lapses.json: the lapses of the summary at the state's point, which a session reads
 * before its first question instead of the whole summary; used only when it is exactly as current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { lapsesByQuestion } from '../../src/engine/leech.ts';
import { ScoreFile } from '../../src/store/score-file.ts';
import type { JournalEntry } from '../../src/store/score-types.ts';
import { tempDir } from '../helpers/cli.ts';

const DAY = 86_400_000;
const start = Date.parse('2026-05-01T09:00:00Z');
const answer = (id: string, day: number, correct: boolean, q = 'm01-x'): JournalEntry => {
  const at = start + day * DAY;
  return {
    k: 'answer',
    answer: { id, q, at, given: [correct ? 0 : 1], correct, rating: correct ? 'good' : 'again', mode: 'drill', ms: 1200 },
    card: null,
  };
};

/** A folder whose question m01-x lapsed twice (right once, then missed on two days), checkpointed. */
function folder(): string {
  const dir = tempDir(onTestFinished);
  const store = ScoreFile.open(dir, new Date(start));
  store.record([answer('a1', 0, true), answer('a2', 1, false), answer('a3', 2, false), answer('b1', 0, false, 'm01-y')]);
  store.checkpoint(new Date(start + 3 * DAY));
  return dir;
}

const fromSummary = (dir: string) => lapsesByQuestion(ScoreFile.open(dir, new Date(start + 3 * DAY)).historyView().summary);

/** A leech: m01-z right once, then missed on four days picking choice 1, checkpointed. */
function leechFolder(): string {
  const dir = tempDir(onTestFinished);
  const store = ScoreFile.open(dir, new Date(start));
  store.record([answer('z1', 0, true, 'm01-z'), ...[1, 2, 3, 4].map((day) => answer(`z${day + 1}`, day, false, 'm01-z'))]);
  store.checkpoint(new Date(start + 5 * DAY));
  return dir;
}

describe('lapses cache', () => {
  it("holds a leech's wrong picks, read as the summary has them; a changed copy shows", () => {
    const dir = leechFolder();
    const at = new Date(start + 5 * DAY);
    const file = join(dir, 'history', 'lapses.json');
    const cached = JSON.parse(readFileSync(file, 'utf8'));
    expect(cached.lapses).toEqual({ 'm01-z': 4 });
    expect(Object.keys(cached.picks)).toEqual(['m01-z']);
    const fromSummaryPicks = ScoreFile.open(dir, at).questionHistory('m01-z')?.wrongPicks;
    expect(fromSummaryPicks?.map((p) => p.choice)).toEqual([1]);
    expect(ScoreFile.open(dir, at).wrongPicksOf('m01-z')?.wrongPicks).toEqual(fromSummaryPicks);
    writeFileSync(file, JSON.stringify({ ...cached, picks: { 'm01-z': [[2, 4, start + 4 * DAY, 4, 0]] } }));
    expect(
      ScoreFile.open(dir, at)
        .wrongPicksOf('m01-z')
        ?.wrongPicks.map((p) => p.choice),
    ).toEqual([2]);
  });

  it("a leech's damaged picks entry is not used: its picks come from the summary", () => {
    const dir = leechFolder();
    const at = new Date(start + 5 * DAY);
    const file = join(dir, 'history', 'lapses.json');
    const cached = JSON.parse(readFileSync(file, 'utf8'));
    const fromSummaryPicks = ScoreFile.open(dir, at).questionHistory('m01-z')?.wrongPicks;
    expect(fromSummaryPicks?.map((p) => p.choice)).toEqual([1]);
    for (const damaged of [[[2, 4, start + 4 * DAY, 4]], [['two', 4, start + 4 * DAY, 4, 0]], 'none']) {
      writeFileSync(file, JSON.stringify({ ...cached, picks: { 'm01-z': damaged } }));
      const store = ScoreFile.open(dir, at);
      expect(store.wrongPicksOf('m01-z')?.wrongPicks).toEqual(fromSummaryPicks);
      // The lapses beside it are still read from the file (a changed copy shows).
      writeFileSync(file, JSON.stringify({ ...cached, lapses: { 'm01-z': 9 }, picks: { 'm01-z': damaged } }));
      expect(ScoreFile.open(dir, at).lapses().get('m01-z')).toBe(9);
    }
  });

  it('is written by the checkpoint with the summary lapses, and read as they are', () => {
    const dir = folder();
    const cached = JSON.parse(readFileSync(join(dir, 'history', 'lapses.json'), 'utf8'));
    expect(cached.lapses).toEqual({ 'm01-x': 2 });
    expect(ScoreFile.open(dir, new Date(start + 3 * DAY)).lapses()).toEqual(fromSummary(dir));
    expect(fromSummary(dir)).toEqual(new Map([['m01-x', 2]]));
  });

  it('is what a session reads when nothing was answered since (a changed copy shows)', () => {
    const dir = folder();
    const file = join(dir, 'history', 'lapses.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), lapses: { 'm01-x': 7 } }));
    expect(ScoreFile.open(dir, new Date(start + 3 * DAY)).lapses()).toEqual(new Map([['m01-x', 7]]));
  });

  it('is not used once an answer was saved after it, nor at another point of the history', () => {
    const dir = folder();
    const file = join(dir, 'history', 'lapses.json');
    const cached = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...cached, lapses: { 'm01-x': 7 } }));
    const store = ScoreFile.open(dir, new Date(start + 4 * DAY));
    store.record([answer('a4', 4, false)]);
    expect(store.lapses()).toEqual(new Map([['m01-x', 3]]));

    const other = folder();
    const otherFile = join(other, 'history', 'lapses.json');
    const stale = JSON.parse(readFileSync(otherFile, 'utf8'));
    writeFileSync(otherFile, JSON.stringify({ ...stale, history: { ...stale.history, answers: stale.history.answers - 1 }, lapses: { 'm01-x': 7 } }));
    expect(ScoreFile.open(other, new Date(start + 3 * DAY)).lapses()).toEqual(new Map([['m01-x', 2]]));
  });
});
