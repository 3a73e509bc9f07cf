/**
 * Save first, then show: a study session in process, with a score file whose disk can fill up.
 * A verdict is printed only once its answer is in the journal; a failed save says so instead and
 * keeps the answer for the next save.
 */
import * as nodeFs from 'node:fs';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createContext } from '../../src/cli/context.ts';
import { loadBanksFrom } from '../../src/cli/banks.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { runStudy } from '../../src/cli/study.ts';
import { studyClock } from '../../src/cli/workspace.ts';
import { QuizError } from '../../src/errors.ts';
import { createScheduler } from '../../src/srs/scheduler.ts';
import type { FsOps } from '../../src/store/durable.ts';
import { JOURNAL_NAME, ScoreFile } from '../../src/store/score-file.ts';
import { cleanEnv, ROOT, SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';

const NOW = new Date('2026-06-01T09:00:00Z');

/** A disk that is full while `full.on` is true (every write of the durable layer fails). */
function fillableDisk() {
  const full = { on: false };
  const ops: FsOps = {
    ...nodeFs,
    writeSync: ((...args: Parameters<typeof nodeFs.writeSync>) => {
      if (full.on) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return (nodeFs.writeSync as (...a: unknown[]) => number)(...args);
    }) as typeof nodeFs.writeSync,
  };
  return { full, ops };
}

/**
 * Runs a drill answering `lines`; `onLine` sees every printed line as it is written (synchronously,
 * so the file can be checked at the very moment a verdict appears).
 */
async function drill(home: string, ops: FsOps, lines: string[], onLine: (line: string) => void = () => {}) {
  let text = '';
  const stdout = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString('utf8');
      for (const line of chunk.toString('utf8').split('\n')) if (line) onLine(line);
      done();
    },
  });
  const io: CliIO = {
    stdin: Readable.from([lines.map((l) => `${l}\n`).join('')]),
    stdout,
    stderr: new Writable({ write: (_c, _e, done) => done() }),
    env: cleanEnv({ CLOUDOPS_QUIZ_HOME: home }),
    cwd: ROOT,
    clock: (() => {
      let tick = 0;
      return () => new Date(NOW.getTime() + 1000 * tick++);
    })(),
    monotonic: () => performance.now(),
  };
  const ctx = createContext(io, { plain: true, seed: '7', builtin: false, bank: [SAMPLE_BANKS] });
  const { banks } = await loadBanksFrom(ctx, [SAMPLE_BANKS]);
  const questions = banks.flatMap((b) => b.questions);
  const store = ScoreFile.open(home, NOW, ops);
  let code: number | QuizError;
  try {
    code = await runStudy(ctx, { mode: 'drill', questions, scheduler: createScheduler(), store, clock: studyClock(NOW, 4), pool: questions, timing: true });
  } catch (error) {
    if (!(error instanceof QuizError)) throw error;
    code = error;
  }
  return { code, stdout: text };
}

const journalIds = (home: string) =>
  readFileSync(join(home, JOURNAL_NAME), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { answer?: { q: string } }).answer?.q);

describe('save first, then show', () => {
  it('prints a verdict only when its answer is already in the journal', async () => {
    const home = tempDir(onTestFinished);
    const { ops } = fillableDisk();
    let question = '';
    const checked: string[] = [];
    const run = await drill(home, ops, ['a', 'ab', 'abc', 'a', 'a'], (line) => {
      const header = /^Question \d+\/\d+ \[(.+)\]$/.exec(line);
      if (header) question = header[1] ?? '';
      if (/^(Correct|Incorrect) — /.test(line)) {
        checked.push(question);
        // As many answers to this question in the journal as verdicts shown for it (a missed
        // question is asked again in the session).
        expect(journalIds(home).filter((q) => q === question)).toHaveLength(checked.filter((q) => q === question).length);
      }
    });
    expect(run.code).toBe(0);
    // t01-single was missed: it is asked again three questions later.
    expect(checked).toEqual(['t01-single', 't01-multiple', 't01-order', 't02-single', 't01-single']);
  });

  it('says "Not saved" instead of a verdict, keeps the answer, and saves it with the next one', async () => {
    const home = tempDir(onTestFinished);
    const { full, ops } = fillableDisk();
    let verdicts = 0;
    const run = await drill(home, ops, ['a', 'ab', 'abc', 'a'], (line) => {
      if (/^Question 1\//.test(line)) full.on = true;
      if (/^Question 2\//.test(line)) full.on = false;
      if (/^(Correct|Incorrect) — /.test(line)) verdicts++;
    });
    expect(run.code).toBe(0);
    // The first answer's block: a "Not saved" line naming the cause, no verdict.
    const first = run.stdout.slice(run.stdout.indexOf('Question 1/'), run.stdout.indexOf('Question 2/'));
    expect(first).toMatch(/^Not saved — could not save .*scores\.journal: the disk is full/m);
    expect(first).toContain('1 answer is kept in memory and saved again with your next answer');
    expect(first).not.toMatch(/^(Correct|Incorrect)/m);
    expect(verdicts).toBe(3);
    expect(
      ScoreFile.open(home, NOW)
        .history()
        .map((a) => a.q),
    ).toEqual(['t01-single', 't01-multiple', 't01-order', 't02-single']);
  });

  it('when saving never succeeds, ends with an error that lists the lines, and appending them recovers every answer', async () => {
    const home = tempDir(onTestFinished);
    const { full, ops } = fillableDisk();
    const run = await drill(home, ops, ['a', 'ab'], (line) => {
      if (/^Question 1\//.test(line)) full.on = true;
    });
    expect(run.stdout).not.toMatch(/^(Correct|Incorrect)/m);
    expect(run.stdout).toMatch(/Answered 2 of 5\./);
    const error = run.code as QuizError;
    expect(error).toBeInstanceOf(QuizError);
    expect(error.code).toBe('STORE_WRITE');
    expect(error.message).toMatch(
      /^2 answers of this session could not be saved \(could not save .*the disk is full.*\)\. Once the cause is fixed, append the 2 lines below to .*scores\.journal/,
    );
    // Following the advice: the lines appended as they are give back both answers.
    appendFileSync(join(home, JOURNAL_NAME), error.details.map((l) => `${l}\n`).join(''));
    expect(
      ScoreFile.open(home, NOW)
        .history()
        .map((a) => a.q),
    ).toEqual(['t01-single', 't01-multiple']);
  });
});
