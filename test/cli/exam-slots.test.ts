/**
 * Exams in two terminals, and an exam clock that goes back: in process, two `run(argv, io)` at
 * once with their own input, the clock moved by the test.
 * - One save slot per exam: two exams paused at once are both kept; `exam --resume` lists them.
 * - An exam is submitted once: the same exam resumed twice cannot be submitted twice.
 * - A clock set back two days mid-exam neither adds time nor crashes the submit.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CliIO } from '../../src/cli/io.ts';
import { run } from '../../src/cli/run.ts';
import { ScoreFile } from '../../src/store/score-file.ts';
import { savedScores } from '../helpers/score-folders.ts';
import { ROOT, SAMPLE_BANKS, cleanEnv, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';
import { parseQuestion } from '../helpers/conversation.ts';
import { right } from '../helpers/fixture-answers.ts';

const t0 = Date.parse('2026-06-01T09:00:00Z');
const MINUTE = 60_000;
const DAY = 86_400_000;
const banks = ['--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '3'];

/** A session in process whose input the test types line by line, waiting for its prompts. */
function session(argv: string[], home: string, clock: { now: number }) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  let consumed = 0;
  const waiting: Array<{ pattern: RegExp; resolve: (block: string) => void }> = [];
  const check = () => {
    const next = waiting[0];
    if (!next) return;
    const rest = out.slice(consumed);
    const match = next.pattern.exec(rest);
    if (!match) return;
    consumed += match.index + match[0].length;
    waiting.shift();
    next.resolve(rest.slice(0, match.index));
    check();
  };
  stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    check();
  });
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const io: CliIO = {
    stdin,
    stdout,
    stderr,
    env: cleanEnv({ CLOUDOPS_QUIZ_HOME: home }),
    cwd: ROOT,
    clock: () => new Date(clock.now),
    monotonic: () => performance.now(),
  };
  const done = run(argv, io);
  return {
    /** The text printed up to the next line matching `pattern`. */
    until: (pattern: RegExp) =>
      new Promise<string>((resolve) => {
        waiting.push({ pattern, resolve });
        check();
      }),
    type: (line: string) => stdin.write(`${line}\n`),
    end: () => stdin.end(),
    done: async () => ({ code: await done, stdout: out, stderr: err }),
  };
}

const PROMPT = /^Answer:$/m;
const SUBMIT = /^Submit\? \(y\/n\)$/m;
const question = (block: string) => parseQuestion(block.slice(block.lastIndexOf('Question ')))!;
const status = (block: string) => block.trimEnd().split('\n').at(-1) ?? '';

// The fixture banks hold 4 questions a mock exam may draw (order questions are never in one):
// `--count 5` gives an exam of 4 (the built-in banks, where a test leaves out --no-builtin, give 5).
describe('exams in two terminals', () => {
  it('two exams paused at once are both kept; --resume lists them and takes a number', async () => {
    const home = tempDir(onTestFinished);
    const clock = { now: t0 };
    const first = session(['exam', '--count', '5', ...banks], home, clock);
    const a = question(await first.until(PROMPT));
    // The second terminal starts another exam while the first is open (it sees the first saved).
    const refused = await runCli(['exam', '--count', '5', ...banks], { env: { CLOUDOPS_QUIZ_HOME: home }, now: new Date(t0) });
    expect(refused.code).toBe(0);
    expect(refused.stdout).toMatch(/^An unfinished exam is saved:\n1\) started .*, 0 of 4 answered, 8:00 left/m);
    const second = session(['exam', '--new', '--count', '5', '--seed', '4'], home, clock);
    await second.until(PROMPT);
    // The first goes on: its next save puts it back in its own slot.
    first.type(right(a));
    await first.until(PROMPT);
    first.type('q');
    second.type('q');
    expect((await first.done()).code).toBe(0);
    expect((await second.done()).code).toBe(0);

    const paused = ScoreFile.open(home, new Date(t0)).data.pausedExams;
    expect(paused).toHaveLength(2);
    expect(new Set(paused.map((p) => p.id)).size).toBe(2);
    expect(paused.map((p) => p.answers.filter((x) => x !== null).length).sort()).toEqual([0, 1]);

    const list = await runCli(['exam', '--resume', ...banks], { env: { CLOUDOPS_QUIZ_HOME: home }, now: new Date(t0) });
    expect(list.code).toBe(2);
    expect(list.stderr).toMatch(/2 unfinished exams are saved; say which to resume: "cloudops-quiz exam --resume <number>"/);
    expect(list.stderr).toMatch(/^1\) started .*, (0|1) of [45] answered, \d+:\d\d left {2}\[exam-[0-9a-z]+-[0-9a-f]+\]$/m);
    expect(list.stderr).toMatch(/^2\) started /m);
    const plain = await runCli(['exam', ...banks], { env: { CLOUDOPS_QUIZ_HOME: home }, now: new Date(t0) });
    expect(plain.stdout).toMatch(/^2 unfinished exams are saved:\n1\) started [\s\S]*\n2\) started /m);
    expect(plain.stdout.replace(/\s+/g, ' ')).toContain('with several saved: "--resume <number>"');

    const oneAnswered = paused.find((p) => p.answers.some((x) => x !== null))!;
    const number = [...paused].sort((x, y) => x.startedAt - y.startedAt).indexOf(oneAnswered) + 1;
    const resumed = await runCli(['exam', '--resume', String(number), ...banks], { env: { CLOUDOPS_QUIZ_HOME: home }, now: new Date(t0) });
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(/^Resuming your exam: 1 of 4 answered/m);
    expect((await runCli(['exam', '--resume', '7', ...banks], { env: { CLOUDOPS_QUIZ_HOME: home }, now: new Date(t0) })).stderr).toMatch(
      /no unfinished exam "7"; use a number from 1 to 2/,
    );
  });

  it('the same exam resumed in two terminals is submitted once: the second submit is refused', async () => {
    const home = tempDir(onTestFinished);
    const clock = { now: t0 };
    const start = session(['exam', '--count', '5', ...banks], home, clock);
    start.type(right(question(await start.until(PROMPT))));
    await start.until(PROMPT);
    start.type('q');
    expect((await start.done()).code).toBe(0);

    const one = session(['exam', '--resume', ...banks], home, clock);
    const two = session(['exam', '--resume', ...banks], home, clock);
    const q1 = question(await one.until(PROMPT));
    await two.until(PROMPT);
    one.type(right(q1));
    await one.until(PROMPT);
    one.type('s');
    await one.until(SUBMIT);
    one.type('y');
    const submitted = await one.done();
    expect(submitted.code).toBe(0);
    expect(submitted.stdout).toMatch(/^Raw score: 2\/4/m);

    two.type('s');
    await two.until(SUBMIT);
    two.type('y');
    const again = await two.done();
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /This exam was already submitted \(in another cloudops-quiz\); its result is in "cloudops-quiz exam --history"\. The answers given here were not recorded\./,
    );
    expect(again.stdout).not.toMatch(/^Raw score/m);
    const saved = savedScores(home, new Date(t0));
    expect(saved.exams).toHaveLength(1);
    expect(saved.answers).toHaveLength(2);
    expect(saved.pausedExams).toEqual([]);
  });
});

describe('the exam clock set back', () => {
  it('two days back mid-exam: no time is added, the submit is recorded and scheduled (cards reviewed later than the clock)', async () => {
    const home = tempDir(onTestFinished);
    // Studied a day "ahead" first: the cards' last reviews lie after the exam's clock.
    const ahead = await runCli(['quiz', '1', '--count', '3', ...banks], { env: { CLOUDOPS_QUIZ_HOME: home }, now: new Date(t0 + DAY), input: 'a\nab\nabc\n' });
    expect(ahead.code).toBe(0);
    const clock = { now: t0 };
    const exam = session(['exam', '--count', '5', '--minutes', '10', ...banks], home, clock);
    const statuses: string[] = [];
    let block = await exam.until(PROMPT);
    statuses.push(status(block));
    clock.now = t0 + 2 * MINUTE;
    exam.type(right(question(block)));
    block = await exam.until(PROMPT);
    statuses.push(status(block));
    clock.now = t0 - 2 * DAY;
    exam.type(right(question(block)));
    block = await exam.until(PROMPT);
    statuses.push(status(block));
    clock.now = t0 - 2 * DAY + MINUTE;
    exam.type('s');
    await exam.until(SUBMIT);
    exam.type('y');
    const result = await exam.done();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(statuses.map((s) => s.split(' | ')[0])).toEqual(['Time left 10:00', 'Time left 8:00', 'Time left 8:00']);
    expect(result.stdout).toMatch(/^Raw score: 2\/4/m);
    const saved = savedScores(home, new Date(t0));
    expect(saved.exams).toHaveLength(1);
    expect(saved.answers.filter((a) => a.mode === 'exam')).toHaveLength(2);
    for (const card of Object.values(saved.cards)) expect(card.due).toBeGreaterThanOrEqual(card.lastReview);
    // --resume had repeated the crash: nothing is left to resume.
    expect(saved.pausedExams).toEqual([]);
  });
});
