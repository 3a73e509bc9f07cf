/**
 * Folders of versions 1, 2 and 3 (fixtures written by those versions' stores, each with what the
 * reader must make of it): read as they are without a change on disk, then moved to version 4 by
 * the first save, the old scores.json kept as the day's backup, every answer still there.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ScoreFile } from '../../src/store/score-file.ts';
import type { JournalEntry } from '../../src/store/score-types.ts';
import { FIXTURES, tempDir } from '../helpers/cli.ts';

const SCORES = join(FIXTURES, 'scores');
const now = new Date('2026-06-01T09:00:00Z');

const CASES: Array<[string, Record<string, string>, string]> = [
  ['version 1', { 'scores.json': 'v1-scores.json' }, 'v1-expected.json'],
  ['version 2', { 'scores.json': 'v2-scores.json' }, 'v2-expected.json'],
  ['version 3, with a journal', { 'scores.json': join('v3', 'scores.json'), 'scores.journal': join('v3', 'scores.journal') }, 'v3-expected.json'],
];

/** What the reader makes of a folder, in the fixtures' terms. */
function readBack(dir: string) {
  const store = ScoreFile.open(dir, now);
  return {
    answers: store.history(),
    cards: { ...store.data.cards },
    settings: store.data.settings,
    exams: [...store.historyView().exams],
    pausedExams: store.data.pausedExams,
    suspended: store.data.suspended,
  };
}

const newAnswer: JournalEntry = {
  k: 'answer',
  answer: { id: 'after-migration', q: 't01-single', at: now.getTime(), given: [0], correct: true, rating: 'good', mode: 'drill', ms: 3000 },
  card: {
    due: now.getTime() + 86_400_000,
    stability: 3,
    difficulty: 5,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: 'review',
    lastReview: now.getTime(),
  },
};

describe('folders of earlier versions', () => {
  it.each(CASES)('%s: read as written, untouched; the first save moves it to version 4 with a backup', (_name, files, expectedFile) => {
    const dir = tempDir(onTestFinished);
    for (const [name, fixture] of Object.entries(files)) copyFileSync(join(SCORES, fixture), join(dir, name));
    const original = readFileSync(join(dir, 'scores.json'));
    const expected = JSON.parse(readFileSync(join(SCORES, expectedFile), 'utf8'));

    const before = readBack(dir);
    expect(JSON.parse(JSON.stringify(before))).toEqual(expected);
    expect(ScoreFile.open(dir, now).needsMigration).toBe(true);
    expect(readFileSync(join(dir, 'scores.json'))).toEqual(original);
    expect(existsSync(join(dir, 'history'))).toBe(false);

    ScoreFile.open(dir, now).record([newAnswer]);
    expect(JSON.parse(readFileSync(join(dir, 'scores.json'), 'utf8')).schemaVersion).toBe(4);
    expect(JSON.parse(readFileSync(join(dir, 'scores.json'), 'utf8')).answers).toBeUndefined();
    expect(readdirSync(join(dir, 'history')).filter((n) => n.endsWith('.jsonl'))).toEqual(['000001.jsonl']);
    expect(readFileSync(join(dir, 'backups', 'scores-2026-06-01.json'))).toEqual(original);
    expect(ScoreFile.open(dir, now).needsMigration).toBe(false);

    const after = JSON.parse(JSON.stringify(readBack(dir)));
    expect(after.answers).toEqual([...expected.answers, newAnswer.answer]);
    expect(after.cards).toEqual({ ...expected.cards, 't01-single': newAnswer.card });
    expect({ ...after, answers: undefined, cards: undefined }).toEqual({ ...expected, answers: undefined, cards: undefined });
  });

  it('a move cut short after the history file was written (the old scores.json still there) is read from the history, once', () => {
    const dir = tempDir(onTestFinished);
    copyFileSync(join(SCORES, 'v2-scores.json'), join(dir, 'scores.json'));
    const expected = JSON.parse(readFileSync(join(SCORES, 'v2-expected.json'), 'utf8'));
    const old = readFileSync(join(dir, 'scores.json'));
    ScoreFile.open(dir, now).checkpoint(now);
    // A crash before scores.json was replaced leaves the old one beside history/000001.jsonl.
    writeFileSync(join(dir, 'scores.json'), old);
    expect(JSON.parse(JSON.stringify(readBack(dir)))).toEqual(expected);
    ScoreFile.open(dir, now).record([newAnswer]);
    expect(readdirSync(join(dir, 'history')).filter((n) => n.endsWith('.jsonl'))).toEqual(['000001.jsonl']);
    expect(JSON.parse(JSON.stringify(readBack(dir))).answers).toEqual([...expected.answers, newAnswer.answer]);
  });
});
