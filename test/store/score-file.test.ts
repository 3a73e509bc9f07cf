import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { summarize } from '../../src/engine/history-summary.ts';
import { QuizError } from '../../src/errors.ts';
import { readScoreView, ScoreFile } from '../../src/store/score-file.ts';
import { studyDayOf } from '../../src/store/study-days.ts';
import type { JournalEntry } from '../../src/store/score-types.ts';
import { FIXTURES, ROOT, tempDir } from '../helpers/cli.ts';
import { childScript } from '../helpers/child-scripts.ts';
import { answersCoveredBy } from '../helpers/score-folders.ts';

const now = new Date('2026-06-01T09:00:00Z');
const answer = (id: string, at = now.getTime(), q = 'm01-x'): JournalEntry => ({
  k: 'answer',
  answer: { id, q, at, given: [1], correct: true, rating: 'good', mode: 'drill', ms: 1200 },
  card: { due: at + 600_000, stability: 2, difficulty: 5, scheduledDays: 0, learningSteps: 1, reps: 1, lapses: 0, state: 'learning', lastReview: at },
});

function expectQuizError(action: () => unknown, code: string, message: RegExp): void {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(QuizError);
    expect((error as QuizError).code).toBe(code);
    expect((error as QuizError).message).toMatch(message);
    return;
  }
  throw new Error('expected a QuizError');
}

describe('score file: saving and reading', () => {
  it('starts empty without creating anything, then creates the folder and files private', () => {
    const dir = join(tempDir(onTestFinished), 'data');
    const store = ScoreFile.open(dir, now);
    expect(store.history()).toEqual([]);
    expect(existsSync(dir)).toBe(false);
    store.record([answer('a1')]);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'scores.journal')).mode & 0o777).toBe(0o600);
    store.checkpoint(now);
    expect(statSync(join(dir, 'scores.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'history')).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(join(dir, 'history'))) expect(statSync(join(dir, 'history', name)).mode & 0o777).toBe(0o600);
  });

  it('keeps every recorded answer and card across reopen, before and after a checkpoint', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a1'), answer('a2', now.getTime() + 1000, 'm01-y')]);
    const reopened = ScoreFile.open(dir, now);
    expect(reopened.history().map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(Object.keys(reopened.data.cards).sort()).toEqual(['m01-x', 'm01-y']);
    store.checkpoint(now);
    expect(readFileSync(join(dir, 'scores.journal'), 'utf8')).toBe('');
    expect(
      ScoreFile.open(dir, now)
        .history()
        .map((a) => a.id),
    ).toEqual(['a1', 'a2']);
  });

  it('a journal moved into the history but not yet unlinked counts once (crash between the two steps)', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a1'), answer('a2')]);
    store.checkpoint(now);
    // The move is a hard link, then the journal's name is removed: a crash in between leaves both names.
    unlinkSync(join(dir, 'scores.journal'));
    linkSync(join(dir, 'history', '000001.jsonl'), join(dir, 'scores.journal'));
    expect(
      ScoreFile.open(dir, now)
        .history()
        .map((a) => a.id),
    ).toEqual(['a1', 'a2']);
    expect(readScoreView(dir, now).summary.questions.get('m01-x')?.answers).toBe(2);
    // The next save removes the journal's old name before appending, so the history file stays as it was.
    const before = readFileSync(join(dir, 'history', '000001.jsonl'), 'utf8');
    ScoreFile.open(dir, now).record([answer('a3', now.getTime() + 1)]);
    expect(readFileSync(join(dir, 'history', '000001.jsonl'), 'utf8')).toBe(before);
    expect(
      ScoreFile.open(dir, now)
        .history()
        .map((a) => a.id),
    ).toEqual(['a1', 'a2', 'a3']);
  });

  it('ignores a torn last journal line (a crash mid-append) and cuts it off before the next append', () => {
    const dir = tempDir(onTestFinished);
    ScoreFile.open(dir, now).record([answer('a1')]);
    writeFileSync(join(dir, 'scores.journal'), `${readFileSync(join(dir, 'scores.journal'), 'utf8')}{"k":"answer","answer":{"id":"tor`);
    const store = ScoreFile.open(dir, now);
    expect(store.history().map((a) => a.id)).toEqual(['a1']);
    store.record([answer('a2')]);
    expect(
      ScoreFile.open(dir, now)
        .history()
        .map((a) => a.id),
    ).toEqual(['a1', 'a2']);
  });

  it('tolerates a byte-order mark at the start of the snapshot', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a1')]);
    store.checkpoint(now);
    writeFileSync(join(dir, 'scores.json'), `\uFEFF${readFileSync(join(dir, 'scores.json'), 'utf8')}`);
    expect(ScoreFile.open(dir, now).history()).toHaveLength(1);
  });

  it('keeps one backup a day of the replaced snapshot, the newest seven', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    for (let day = 0; day < 10; day++) {
      const at = new Date(now.getTime() + day * 86_400_000);
      store.record([answer(`d${day}`, at.getTime())]);
      store.checkpoint(at);
      store.record([answer(`d${day}-b`, at.getTime() + 1)]);
      store.checkpoint(at);
    }
    const backups = readdirSync(join(dir, 'backups')).sort();
    expect(backups).toHaveLength(7);
    expect(backups.at(-1)).toBe('scores-2026-06-10.json');
    // The backup of a day is the snapshot as it was before that day's first change.
    const last = JSON.parse(readFileSync(join(dir, 'backups', 'scores-2026-06-10.json'), 'utf8'));
    expect(answersCoveredBy(dir, last).at(-1)?.id).toBe('d8-b');
  });
});

describe('score file: damaged or foreign files are never overwritten', () => {
  const CASES: Array<[name: string, content: string, code: string, message: RegExp]> = [
    ['truncated JSON', '{"schemaVersion":2,"createdAt":1,"sett', 'STORE_CORRUPT', /is not valid JSON.*left untouched/],
    [
      'wrong shape',
      '{"schemaVersion":2,"createdAt":1,"settings":{"requestRetention":0.9,"newPerDay":20},"cards":{},"answers":[{"id":"x"}],"exams":[],"examInProgress":null}',
      'STORE_CORRUPT',
      /answers: expected the answer columns/,
    ],
    [
      'columns of different lengths',
      '{"schemaVersion":2,"createdAt":1,"settings":{"requestRetention":0.9,"newPerDay":20},"cards":{},"answers":{"questions":["q"],"ids":{},"q":[0,0],"at":[1,2],"given":["1","2"],"correct":[1],"rating":[2,2],"mode":[0,0],"ms":[0,0]},"exams":[],"examInProgress":null}',
      'STORE_CORRUPT',
      /answers\.correct: 1 entries for 2 answers/,
    ],
    [
      'a question index out of range',
      '{"schemaVersion":2,"createdAt":1,"settings":{"requestRetention":0.9,"newPerDay":20},"cards":{},"answers":{"questions":["q"],"ids":{},"q":[3],"at":[1],"given":["1"],"correct":[1],"rating":[2],"mode":[0],"ms":[0]},"exams":[],"examInProgress":null}',
      'STORE_CORRUPT',
      /answers\.q\[0\]: expected a whole number from 0 to 0/,
    ],
    [
      'FSRS parameters of the wrong count',
      '{"schemaVersion":3,"createdAt":1,"settings":{"requestRetention":0.9,"newPerDay":20,"fsrsParameters":[0.2,1.3]},"cards":{},"answers":{"questions":[],"ids":{},"q":[],"at":[],"given":[],"correct":[],"rating":[],"mode":[],"ms":[]},"exams":[],"pausedExams":[]}',
      'STORE_CORRUPT',
      /settings\.fsrsParameters: expected 21 numbers/,
    ],
    [
      'an FSRS parameter that is not a number',
      `{"schemaVersion":3,"createdAt":1,"settings":{"requestRetention":0.9,"newPerDay":20,"fsrsParameters":[${[...Array(20).fill(1), '"x"'].join(',')}]},"cards":{},"answers":{"questions":[],"ids":{},"q":[],"at":[],"given":[],"correct":[],"rating":[],"mode":[],"ms":[]},"exams":[],"pausedExams":[]}`,
      'STORE_CORRUPT',
      /settings\.fsrsParameters\[20\]: expected a number/,
    ],
    ['not an object', '[1,2,3]', 'STORE_CORRUPT', /not a score file/],
    ['a newer version', '{"schemaVersion":99,"answers":[]}', 'STORE_TOO_NEW', /newer cloudops-quiz \(schemaVersion 99.*left untouched/],
  ];
  it.each(CASES)('%s: a clear error naming the file; the bytes stay as they were', (_name, content, code, message) => {
    const dir = tempDir(onTestFinished);
    const file = join(dir, 'scores.json');
    writeFileSync(file, content);
    expectQuizError(() => ScoreFile.open(dir, now), code, message);
    expectQuizError(() => ScoreFile.open(dir, now), code, new RegExp(file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('names the newest backup in the message', () => {
    const dir = tempDir(onTestFinished);
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', 'scores-2026-05-30.json'), '{}');
    writeFileSync(join(dir, 'backups', 'scores-2026-05-31.json'), '{}');
    writeFileSync(join(dir, 'scores.json'), 'garbage');
    expectQuizError(
      () => ScoreFile.open(dir, now),
      'STORE_CORRUPT',
      /To recover, copy \S+backups\/scores-2026-05-31\.json over \S+scores\.json; the answers in \S+scores\.journal are kept/,
    );
  });

  it('a broken journal line in the middle is an error with its line number', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a1'), answer('a2')]);
    const lines = readFileSync(join(dir, 'scores.journal'), 'utf8').split('\n');
    writeFileSync(join(dir, 'scores.journal'), ['{"k":"answer"', ...lines].join('\n'));
    expectQuizError(() => ScoreFile.open(dir, now), 'STORE_CORRUPT', /scores\.journal has a broken entry at line 1/);
  });
});

describe('score file: migrations', () => {
  it('reads a schemaVersion 1 file: answers kept, cards rebuilt, rewritten in the current version at the next checkpoint', () => {
    const dir = tempDir(onTestFinished);
    copyFileSync(join(FIXTURES, 'scores', 'v1-scores.json'), join(dir, 'scores.json'));
    const store = ScoreFile.open(dir, now);
    expect(store.data.schemaVersion).toBe(4);
    expect(store.history().map((a) => [a.q, a.correct, a.rating])).toEqual([
      ['m09-agent-memory', false, 'again'],
      ['m02-passrole', true, 'good'],
      ['m09-agent-memory', true, 'good'],
    ]);
    expect(store.data.cards['m09-agent-memory']?.reps).toBe(2);
    expect(store.data.cards['m09-agent-memory']?.lapses).toBe(0);
    // Rebuilt with today's scheduler: no learning steps, so a first right answer is a review card.
    expect(store.data.cards['m02-passrole']?.state).toBe('review');
    store.record([answer('new')]);
    store.checkpoint(now);
    expect(JSON.parse(readFileSync(join(dir, 'scores.json'), 'utf8')).schemaVersion).toBe(4);
    // The version 1 file is kept as the day's backup.
    expect(JSON.parse(readFileSync(join(dir, 'backups', 'scores-2026-06-01.json'), 'utf8')).schemaVersion).toBe(1);
  });
});

const TSX = ['--import', 'tsx'];
const WRITER = childScript('score-writer');

describe('score file: several processes', () => {
  // Three writers saving and checkpointing as fast as they can: the lock is contended on every
  // save. (An earlier lock took over a lock file that vanished while being inspected, letting two
  // writers in at once; this caught it under load.)
  it('three writers at once lose nothing', async () => {
    const dir = tempDir(onTestFinished);
    const runWriter = (prefix: string) =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(process.execPath, [WRITER, dir, prefix, '80', '10'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
        child.on('error', reject);
        child.on('exit', (code) => resolve(code ?? -1));
      });
    const prefixes = ['left', 'middle', 'right'];
    const codes = await Promise.all(prefixes.map(runWriter));
    expect(codes).toEqual([0, 0, 0]);
    const ids = new Set(
      ScoreFile.open(dir, now)
        .history()
        .map((a) => a.id),
    );
    expect(ids.size).toBe(240);
    for (const prefix of prefixes) for (let i = 0; i < 80; i++) expect(ids.has(`${prefix}-${i}`)).toBe(true);
  });

  it('a process killed during saves leaves a valid file holding every confirmed answer', async () => {
    const dir = tempDir(onTestFinished);
    const child = spawn(process.execPath, [WRITER, dir, 'k', '100000', '7'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let confirmed = 0;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const matches = [...chunk.toString().matchAll(/saved (\d+)/g)];
        const last = matches.at(-1);
        if (last) confirmed = Number(last[1]);
        if (confirmed >= 150) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const answers = ScoreFile.open(dir, now).history();
    expect(answers.length).toBeGreaterThanOrEqual(confirmed);
    const ids = new Set(answers.map((a) => a.id));
    for (let i = 0; i < confirmed; i++) expect(ids.has(`k-${i}`)).toBe(true);
  });

  it('the tsx loader is available to the child processes', () => {
    const probe = spawnSync(process.execPath, [...TSX, '-e', 'process.stdout.write("ok")'], { cwd: ROOT, encoding: 'utf8' });
    expect(probe.stdout).toBe('ok');
  });
});

describe('score file: version 2 to 3', () => {
  it('moves the one unfinished exam of version 2 into its slot; a version 2 journal emptying the slot still does', () => {
    const dir = tempDir(onTestFinished);
    const progress = { id: 'exam-1', startedAt: 1, questions: ['q'], orders: [[1, 0]], answers: [null], flagged: [false], current: 0, remainingMs: 1000 };
    writeFileSync(
      join(dir, 'scores.json'),
      JSON.stringify({
        schemaVersion: 2,
        createdAt: 1,
        settings: { requestRetention: 0.9, newPerDay: 20 },
        cards: {},
        answers: { questions: [], ids: {}, q: [], at: [], given: [], correct: [], rating: [], mode: [], ms: [] },
        exams: [],
        examInProgress: progress,
      }),
    );
    expect(ScoreFile.open(dir, now).data.pausedExams).toEqual([progress]);
    writeFileSync(join(dir, 'scores.journal'), `${JSON.stringify({ k: 'exam-progress', progress: null })}\n`);
    const store = ScoreFile.open(dir, now);
    expect(store.data.pausedExams).toEqual([]);
    store.checkpoint(now);
    expect(JSON.parse(readFileSync(join(dir, 'scores.json'), 'utf8'))).toMatchObject({ schemaVersion: 4, pausedExams: [] });
  });
});

describe('score file: the read-only view for quick commands', () => {
  it('serves the same summary as a full read, journal included, without duplicates', () => {
    const dir = tempDir(onTestFinished);
    const store = ScoreFile.open(dir, now);
    store.record([answer('a1', now.getTime(), 'q1'), answer('a2', now.getTime() + 1, 'q2')]);
    store.checkpoint(now);
    // A crash between the checkpoint's two steps leaves the journal's old name on the history file.
    unlinkSync(join(dir, 'scores.journal'));
    linkSync(join(dir, 'history', '000001.jsonl'), join(dir, 'scores.journal'));
    ScoreFile.open(dir, now).record([answer('a3', now.getTime() + 2, 'q1')]);
    const full = ScoreFile.open(dir, now);
    const view = readScoreView(dir, now);
    expect([...view.summary.questions.values()].reduce((n, q) => n + q.answers, 0)).toBe(3);
    expect(view.summary).toEqual(summarize(full.history(), studyDayOf(4)));
    expect(view.data.cards).toEqual(full.data.cards);
  });
});
