/**
 * The end of a session never rewrites the history: a checkpoint moves the journal into history/
 * as the next file (the same file, renamed) and writes the two caches; earlier history files are
 * left as they are, byte for byte and inode for inode.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ScoreFile } from '../../src/store/score-file.ts';
import type { JournalEntry } from '../../src/store/score-types.ts';
import { tempDir } from '../helpers/cli.ts';

const now = new Date('2026-06-01T09:00:00Z');
const answer = (id: string, minute: number): JournalEntry => {
  const at = now.getTime() + minute * 60_000;
  return { k: 'answer', answer: { id, q: `m01-q${minute % 3}`, at, given: [0], correct: true, rating: 'good', mode: 'drill', ms: 900 }, card: null };
};
const identity = (file: string) => {
  const s = statSync(file);
  return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, bytes: readFileSync(file, 'utf8') };
};

describe('checkpoint: append-only history', () => {
  it('moves the journal in as the next history file and leaves the earlier ones untouched', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a1', 1), answer('a2', 2)]);
    store.checkpoint(now);
    store.record([answer('b1', 3)]);
    store.checkpoint(now);
    const first = identity(join(dir, 'history', '000001.jsonl'));
    const second = identity(join(dir, 'history', '000002.jsonl'));

    store.record([answer('c1', 4), answer('c2', 5)]);
    const journal = statSync(join(dir, 'scores.journal')).ino;
    store.checkpoint(now);

    expect(identity(join(dir, 'history', '000001.jsonl'))).toEqual(first);
    expect(identity(join(dir, 'history', '000002.jsonl'))).toEqual(second);
    expect(readdirSync(join(dir, 'history')).filter((n) => n.endsWith('.jsonl'))).toEqual(['000001.jsonl', '000002.jsonl', '000003.jsonl']);
    // The journal itself, renamed: not a copy of it.
    expect(statSync(join(dir, 'history', '000003.jsonl')).ino).toBe(journal);
    expect(
      readFileSync(join(dir, 'history', '000003.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).answer.id),
    ).toEqual(['c1', 'c2']);
    expect(statSync(join(dir, 'scores.journal')).size).toBe(0);
    expect(
      ScoreFile.open(dir, now)
        .history()
        .map((a) => a.id),
    ).toEqual(['a1', 'a2', 'b1', 'c1', 'c2']);
  });
});
