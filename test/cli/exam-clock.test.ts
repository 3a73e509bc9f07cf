/**
 * The exam clock, in process: `run(argv, io)` with a clock the test moves between answers, so time
 * passes exactly when the test says (no real waiting, no timing assertions).
 */
import { PassThrough } from 'node:stream';
import { savedScores } from '../helpers/score-folders.ts';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CliIO } from '../../src/cli/io.ts';
import { run } from '../../src/cli/run.ts';
import { ROOT, SAMPLE_BANKS, EXAM_EXTRA_BANK, cleanEnv, tempDir } from '../helpers/cli.ts';
import { parseQuestion, type ShownQuestion } from '../helpers/conversation.ts';
import { right } from '../helpers/fixture-answers.ts';

const t0 = Date.parse('2026-06-01T09:00:00Z');
const MINUTE = 60_000;
const banks = ['--no-builtin', '--bank', SAMPLE_BANKS, '--bank', EXAM_EXTRA_BANK, '--seed', '3'];

/**
 * Runs the program; at each `Answer:` prompt `step` sees the question and its status line and
 * returns the clock to set (ms since t0) and the line to type, or null to close the input.
 */
async function examWithClock(
  argv: string[],
  home: string,
  startAt: number,
  step: (q: ShownQuestion, status: string, n: number) => { at: number; line: string } | null,
) {
  let now = t0 + startAt;
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let consumed = 0;
  let prompts = 0;
  stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    for (;;) {
      const rest = out.slice(consumed);
      const prompt = /^Answer:$/m.exec(rest);
      if (!prompt) return;
      consumed += prompt.index + prompt[0].length;
      const block = rest.slice(0, prompt.index);
      const question = parseQuestion(block.slice(block.lastIndexOf('Question ')))!;
      const next = step(question, block.trimEnd().split('\n').at(-1) ?? '', ++prompts);
      if (next === null) stdin.end();
      else {
        now = t0 + next.at;
        stdin.write(`${next.line}\n`);
      }
    }
  });
  let err = '';
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const io: CliIO = {
    stdin,
    stdout,
    stderr,
    env: cleanEnv({ CLOUDOPS_QUIZ_HOME: home }),
    cwd: ROOT,
    clock: () => new Date(now),
    monotonic: () => performance.now(),
  };
  const code = await run(argv, io);
  return { code, stdout: out, stderr: err, prompts };
}

/** What was saved, read back the way the program reads it. */
const scores = (home: string) => savedScores(home, new Date(t0));

describe('the exam clock', () => {
  it('counts down, and an answer typed after the deadline is not counted: the exam is submitted', async () => {
    const home = tempDir(onTestFinished);
    const statuses: string[] = [];
    const result = await examWithClock(['exam', '--count', '5', '--minutes', '3', ...banks], home, 0, (q, status, n) => {
      statuses.push(status);
      if (n === 1) return { at: 1 * MINUTE, line: right(q) };
      if (n === 2) return { at: 2.5 * MINUTE, line: right(q) };
      return { at: 3 * MINUTE + 1000, line: right(q) }; // one second too late
    });
    expect(result.code).toBe(0);
    expect(statuses).toEqual([
      'Time left 3:00 | To answer 5 of 5 | 0:36 per question | Flagged 0',
      'Time left 2:00 | To answer 4 of 5 | 0:30 per question | Flagged 0',
      'Time left 0:30 | To answer 3 of 5 | 0:10 per question | Flagged 0',
    ]);
    expect(result.stdout).toMatch(/^Time is up: the exam was submitted with the answers given in time\.$/m);
    expect(result.stdout).toMatch(/^Raw score: 2\/5 \(40%\)$/m);
    const saved = scores(home);
    expect(saved.answers).toHaveLength(2);
    expect(saved.exams[0]).toMatchObject({ correct: 2, total: 5, finishedAt: t0 + 3 * MINUTE + 1000 });
  });

  it('does not run while the exam is paused: resuming days later gives back the time that was left', async () => {
    const home = tempDir(onTestFinished);
    const first = await examWithClock(['exam', '--count', '5', '--minutes', '3', ...banks], home, 0, (q, _status, n) =>
      n === 1 ? { at: 1.5 * MINUTE, line: right(q) } : null,
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Exam paused: 1 of 5 answered, 1:30 left/);
    expect(scores(home).pausedExams[0]?.remainingMs).toBe(1.5 * MINUTE);

    const statuses: string[] = [];
    const later = 3 * 24 * 60 * MINUTE;
    const resumed = await examWithClock(['exam', '--resume', ...banks], home, later, (q, status) => {
      statuses.push(status);
      return statuses.length === 1 ? { at: later + 1.5 * MINUTE - 1, line: right(q) } : { at: later + 1.5 * MINUTE, line: right(q) };
    });
    expect(resumed.stdout).toMatch(/^Resuming your exam: 1 of 5 answered, 1:30 left\.$/m);
    expect(statuses[0]).toBe('Time left 1:30 | To answer 4 of 5 | 0:22 per question | Flagged 0');
    // The first answer came a millisecond before the end and counts; the second, at the end, does not.
    expect(statuses).toHaveLength(2);
    expect(resumed.stdout).toMatch(/^Time is up/m);
    expect(resumed.stdout).toMatch(/^Raw score: 2\/5 \(40%\)$/m);
  });
});
