/**
 * The advice a damaged score file comes with, followed to the letter: it must get the answers
 * back. (The advice once said to copy a backup over scores.journal, which threw away every answer
 * in the journal.) And files that are not what they should be: a snapshot that is a symbolic link
 * stays one; a FIFO in its place is refused without hanging.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { QuizError } from '../../src/errors.ts';
import { ScoreFile } from '../../src/store/score-file.ts';
import type { JournalEntry } from '../../src/store/score-types.ts';
import { runBinary, tempDir } from '../helpers/cli.ts';

const day1 = new Date('2026-06-01T09:00:00Z');
const day2 = new Date('2026-06-02T09:00:00Z');
const answer = (id: string, at: number): JournalEntry => ({
  k: 'answer',
  answer: { id, q: `q-${id}`, at, given: [0], correct: true, rating: 'good', mode: 'drill', ms: 0 },
  card: null,
});

function refusal(dir: string): QuizError {
  try {
    ScoreFile.open(dir, day2);
  } catch (error) {
    expect(error).toBeInstanceOf(QuizError);
    return error as QuizError;
  }
  throw new Error('expected the score file to be refused');
}

/** The command the advice names, done as a person would. */
function follow(advice: string): void {
  const copy = /To recover, copy (\S+) over (\S+?);/.exec(advice);
  const remove = /To recover, delete line (\d+) from (\S+?) /.exec(advice);
  if (copy) copyFileSync(copy[1]!, copy[2]!);
  else if (remove) {
    const lines = readFileSync(remove[2]!, 'utf8').split('\n');
    lines.splice(Number(remove[1]) - 1, 1);
    writeFileSync(remove[2]!, lines.join('\n'));
  } else throw new Error(`no advice to follow in: ${advice}`);
}

describe('recovering a damaged score file by following the advice', () => {
  it('a damaged snapshot: the newest backup copied over it, the journal’s answers still there', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, day1);
    store.record([answer('day1', day1.getTime())]);
    store.checkpoint(day1);
    store.record([answer('day2-a', day2.getTime())]);
    store.checkpoint(day2); // backs up the day-1 snapshot
    store.record([answer('day2-b', day2.getTime() + 1)]);
    writeFileSync(join(dir, 'scores.json'), '{"schemaVersion":3,"garbage');
    const error = refusal(dir);
    expect(error.message).toMatch(
      /scores\.json is not valid JSON .*; it was left untouched\. To recover, copy \S+backups\/scores-2026-06-02\.json over \S+scores\.json; the answers in \S+scores\.journal are kept/,
    );
    follow(error.message);
    // The backup is the state before day 2's first change; the history adds what was folded
    // since (day2-a, which a snapshot-only backup used to lose), the journal what came after.
    expect(
      ScoreFile.open(dir, day2)
        .history()
        .map((a) => a.id),
    ).toEqual(['day1', 'day2-a', 'day2-b']);
  });

  it.each([
    ['a broken line', '{"k":"answer"'],
    ['a wrong entry', '{"k":"answer","answer":{"id":"x"},"card":null}'],
  ])('a damaged journal (%s in the middle): that line deleted, every other answer kept', (_name, bad) => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, day1);
    store.record([answer('first', day1.getTime())]);
    store.checkpoint(day1);
    store.record([answer('a', day1.getTime() + 1), answer('b', day1.getTime() + 2)]);
    const lines = readFileSync(join(dir, 'scores.journal'), 'utf8').split('\n');
    writeFileSync(join(dir, 'scores.journal'), [lines[0], bad, ...lines.slice(1)].join('\n'));
    const error = refusal(dir);
    expect(error.message).toMatch(
      /scores\.journal has a (broken|wrong) entry at line 2.*To recover, delete line 2 from \S+scores\.journal \(every other line is kept\); a backup does not replace the journal\./,
    );
    expect(error.message).not.toMatch(/copy .* over \S+scores\.journal/);
    follow(error.message);
    expect(
      ScoreFile.open(dir, day1)
        .history()
        .map((a) => a.id),
    ).toEqual(['first', 'a', 'b']);
  });

  it('a damaged snapshot with no backup yet: moving it aside keeps the journal’s answers', () => {
    const dir = tempDir(onTestFinished);
    ScoreFile.open(dir, day1).record([answer('kept', day1.getTime())]);
    writeFileSync(join(dir, 'scores.json'), 'garbage');
    expect(refusal(dir).message).toMatch(
      /No backup exists yet\. To rebuild it from the answers in \S+history and \S+scores\.journal, move \S+scores\.json aside \(rename it\)\./,
    );
    execFileSync('mv', [join(dir, 'scores.json'), join(dir, 'scores.json.damaged')]);
    expect(
      ScoreFile.open(dir, day1)
        .history()
        .map((a) => a.id),
    ).toEqual(['kept']);
  });
});

describe('score files that are not plain files', () => {
  it('a scores.json that is a symbolic link stays a link; its target gets the new snapshot', () => {
    const dir = tempDir(onTestFinished);
    const synced = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, day1);
    store.record([answer('one', day1.getTime())]);
    store.checkpoint(day1);
    copyFileSync(join(dir, 'scores.json'), join(synced, 'my-scores.json'));
    execFileSync('rm', [join(dir, 'scores.json')]);
    symlinkSync(join(synced, 'my-scores.json'), join(dir, 'scores.json'));
    const again = ScoreFile.open(dir, day1);
    again.record([answer('two', day1.getTime() + 1)]);
    again.checkpoint(day1);
    expect(lstatSync(join(dir, 'scores.json')).isSymbolicLink()).toBe(true);
    expect(realpathSync(join(dir, 'scores.json'))).toBe(realpathSync(join(synced, 'my-scores.json')));
    expect(
      ScoreFile.open(dir, day1)
        .history()
        .map((a) => a.id),
    ).toEqual(['one', 'two']);
    expect(JSON.parse(readFileSync(join(synced, 'my-scores.json'), 'utf8')).history.answers).toBe(2);
  });

  it.each(['scores.json', 'scores.journal'])('a FIFO named %s is refused at once: `due` does not hang', (name) => {
    const home = tempDir(onTestFinished);
    mkdirSync(home, { recursive: true });
    execFileSync('mkfifo', [join(home, name)]);
    const run = runBinary(['due', '--no-builtin', '--bank', 'test/fixtures/banks'], { env: { CLOUDOPS_QUIZ_HOME: home }, timeout: 20_000 });
    expect(run.raw.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')} is a FIFO \\(named pipe\\), not a regular file; it was left untouched`));
  });
});
