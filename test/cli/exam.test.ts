/** The mock exam end to end through the real binary, in line mode, on the fixture banks (one question per domain). */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { savedScores } from '../helpers/score-folders.ts';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BIN, ROOT, SAMPLE_BANKS, EXAM_EXTRA_BANK, cleanEnv, onlyPrintable, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';
import type { ShownQuestion } from '../helpers/conversation.ts';
import { converseExam, type ExamPrompt } from '../helpers/exam-conversation.ts';
import { DOMAIN, right, wrong } from '../helpers/fixture-answers.ts';

const NOW = '2026-06-01T09:00:00Z';
const banks = ['--no-builtin', '--bank', SAMPLE_BANKS, '--bank', EXAM_EXTRA_BANK, '--seed', '3'];

function setup(): { home: string; env: Record<string, string> } {
  const home = tempDir(onTestFinished);
  return { home, env: { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: NOW } };
}
/** What was saved, read back the way the program reads it. */
const scores = (home: string) => savedScores(home, new Date(NOW));
const savedAnswers = (home: string) => scores(home).answers.map((a) => [a.q, a.correct, a.rating, a.mode] as const);
const EXAM_MODE = 'exam';
const GOOD = 'good';
const AGAIN = 'again';

const question = (p: ExamPrompt): ShownQuestion => {
  if (p.kind !== 'question') throw new Error(`expected a question, got the review:\n${p.block}`);
  return p.question;
};
const submitBlock = (p: ExamPrompt): string => {
  if (p.kind !== 'submit') throw new Error(`expected the review, got question ${p.question.index}`);
  return p.block;
};
const spaced = (letters: string) => letters.split('').join(', ');

describe('mock exam in line mode', () => {
  it('answers, moves with n/p and numbers, flags, reviews, submits after y, scores and records', async () => {
    const { home, env } = setup();
    const shownIds: string[] = [];
    let first: ShownQuestion | undefined;
    const expected = new Map<string, boolean>(); // question id → answered right?
    const run = await converseExam(['exam', '--count', '5', ...banks], env, (p, step) => {
      switch (step) {
        case 1: {
          first = question(p);
          expect(first.index).toBe(1);
          expect(first.total).toBe(5);
          expect(p.kind === 'question' && p.status).toBe('Time left 10:00 | To answer 5 of 5 | 2:00 per question | Flagged 0');
          return 'n';
        }
        case 2:
          expect(question(p).index).toBe(2);
          return 'p';
        case 3: {
          const q = question(p);
          expect(q.id).toBe(first?.id);
          expected.set(q.id, true);
          return `f\n${right(q)}`; // flag, then answer: moves on
        }
        case 4: {
          const q = question(p);
          expect(q.index).toBe(2);
          expect(p.kind === 'question' && p.status).toContain('To answer 4 of 5 | 2:30 per question | Flagged 1');
          expected.set(q.id, false);
          return wrong(q);
        }
        case 5: {
          const q = question(p);
          expected.set(q.id, true);
          return right(q);
        }
        case 6:
          expect(question(p).index).toBe(4);
          return 's';
        case 7: {
          const block = submitBlock(p);
          expect(block).toMatch(/^Unanswered: 4, 5$/m);
          expect(block).toMatch(/^Flagged: 1$/m);
          return 'n'; // back to question 4
        }
        case 8: {
          const q = question(p);
          expect(q.index).toBe(4);
          expected.set(q.id, true);
          return right(q);
        }
        case 9: {
          const q = question(p);
          expect(q.index).toBe(5);
          shownIds.push(q.id);
          return 'n'; // the last question, left unanswered: n opens the review
        }
        case 10:
          expect(submitBlock(p)).toMatch(/^Unanswered: 5$/m);
          return '1';
        case 11: {
          const q = question(p);
          expect(q.index).toBe(1);
          expect(p.kind === 'question' && p.status).toBe(
            `Time left 10:00 | To answer 1 of 5 | 10:00 per question | Flagged 1 | This one: answered ${spaced(right(q))}, flagged`,
          );
          return 's';
        }
        case 12:
          return 'y';
        default:
          throw new Error(`unexpected prompt ${step}`);
      }
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.prompts).toHaveLength(12);
    expect(run.stdout).toContain('Flagged question 1.');
    // No feedback before the end.
    expect(run.stdout.slice(0, run.stdout.indexOf('Exam submitted.'))).not.toMatch(/Correct|Incorrect/);

    // 3 right of 5: 100 + 620 × 0.6 / 0.72 = 616.7 → 616
    expect(run.stdout).toMatch(/^Raw score: 3\/5 \(60%\)$/m);
    expect(run.stdout).toMatch(/^Scaled score: 616 \(estimate\)$/m);
    expect(run.stdout).toMatch(/^Result: FAIL \(pass mark 720\)$/m);
    expect(run.stdout).toContain('The scaled score is an estimate');
    const unanswered = shownIds[0]!;
    // The exam's five questions, one per domain (the samples' ordering item is never drawn).
    const examIds = [...expected.keys(), unanswered];
    expect(examIds.map((id) => DOMAIN[id]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(examIds).not.toContain('t01-order');
    for (const id of examIds) {
      const domain = DOMAIN[id];
      const ok = expected.get(id) === true;
      expect(run.stdout).toMatch(new RegExp(`^${domain}  .* ${ok ? 1 : 0}/1 +${ok ? 100 : 0}%  [█·]{10}$`, 'm'));
    }
    // The missed questions, in exam order, with the right letters and the explanation.
    const wrongId = [...expected].find(([, ok]) => !ok)![0];
    expect(run.stdout).toMatch(/^Missed questions \(2\): the right answers and why$/m);
    expect(run.stdout).toMatch(new RegExp(`^Missed 2/5 \\[${wrongId}\\]$`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`^Missed 5/5 \\[${unanswered}\\]$[\\s\\S]*?^Unanswered — answer: [A-D]`, 'm'));
    expect(onlyPrintable(run.stdout)).toBe(true);

    // Every answered question is an exam answer fed to the scheduler; the unanswered one is not recorded.
    const answers = savedAnswers(home);
    expect(answers.map(([id]) => id).sort()).toEqual([...expected.keys()].sort());
    for (const [id, correct, rating, mode] of answers) {
      expect(correct).toBe(expected.get(id));
      expect(rating).toBe(correct ? GOOD : AGAIN);
      expect(mode).toBe(EXAM_MODE);
    }
    const saved = scores(home);
    expect(Object.keys(saved.cards).sort()).toEqual([...expected.keys()].sort());
    expect(saved.pausedExams).toEqual([]);
    expect(saved.exams).toHaveLength(1);
    expect(saved.exams[0]).toMatchObject({ correct: 3, total: 5, scaled: 616, passed: false });

    // --history lists the attempt with its domain results.
    const history = await runCli(['exam', '--history'], { env });
    expect(history.code).toBe(0);
    expect(history.stdout).toMatch(/^1 {2}2026-06-01 09:00 +3\/5 +60% +616 +FAIL( +(0|100)%){5}$/m);
    const json = JSON.parse((await runCli(['exam', '--history', '--json'], { env })).stdout);
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ correct: 3, total: 5, scaled: 616, passed: false });
    expect(Object.values(json[0].byDomain as Record<string, { total: number }>).map((d) => d.total)).toEqual([1, 1, 1, 1, 1]);
  });

  it('passes with every answer right, and draws one question per domain for 5', async () => {
    const { env } = setup();
    const run = await converseExam(['exam', '--count', '5', ...banks], env, (p) => (p.kind === 'question' ? right(p.question) : 'y'));
    expect(run.code).toBe(0);
    const ids = run.prompts.flatMap((p) => (p.kind === 'question' ? [p.question.id] : []));
    expect(ids.map((id) => DOMAIN[id]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(run.stdout).toMatch(/^Raw score: 5\/5 \(100%\)$/m);
    expect(run.stdout).toMatch(/^Scaled score: 1000 \(estimate\)$/m);
    expect(run.stdout).toMatch(/^Result: PASS \(pass mark 720\)$/m);
    expect(run.stdout).toMatch(/^No question missed\.$/m);
  });

  it('gives a one-line hint for an invalid line and reads the next one', async () => {
    const { env } = setup();
    const run = await converseExam(['exam', '--count', '5', ...banks], env, (p, step) => {
      if (step === 1) return `zz\n9\n${right(question(p))}`;
      return 'q';
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Use the letters A to [B-D] \(q to quit\)\. n next, p previous, f flag/);
    expect(run.stdout).toContain('There is no such question; use a number from 1 to 5.');
    expect(run.prompts).toHaveLength(2);
    expect(run.stdout).toContain('Exam paused: 1 of 5 answered');
  });
});

describe('pausing and resuming', () => {
  /** Answers the first question right, flags the second, then closes the input. */
  const startAndPause = (env: Record<string, string>) =>
    converseExam(['exam', '--count', '5', '--minutes', '7', ...banks], env, (p, step) => (step === 1 ? right(question(p)) : 'f\nEOF'));

  it('end of input saves the exam; --resume restores answers, flags, position and the time left', async () => {
    const { home, env } = setup();
    const first = await startAndPause(env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Exam paused: 1 of 5 answered, 7:00 left \(the clock stops while paused\)\.$/m);
    expect(first.stdout).toMatch(/^Resume it with: cloudops-quiz exam --resume$/m);
    const [progress] = scores(home).pausedExams;
    expect(progress).toMatchObject({ current: 1, remainingMs: 7 * 60_000 });
    expect(progress?.answers.map((a) => a !== null)).toEqual([true, false, false, false, false]);
    expect(progress?.flagged).toEqual([false, true, false, false, false]);
    expect(savedAnswers(home)).toEqual([]); // nothing is graded before the exam is submitted

    // Starting another exam now is refused; so is resuming when there is nothing to resume.
    // Starting another exam now explains what is saved and how to go on (line mode cannot ask),
    // and starts nothing; so is resuming when there is nothing to resume.
    const again = await runCli(['exam', ...banks], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^An unfinished exam is saved:\n1\) started 2026-06-01 09:00, 1 of 5 answered, 7:00 left\s+\[exam-/m);
    expect(again.stdout.replace(/\s+/g, ' ')).toContain(
      'Resume with "cloudops-quiz exam --resume" (with several saved: "--resume <number>"), or start over with "cloudops-quiz exam --new", which drops them.',
    );
    expect(scores(home).pausedExams).toHaveLength(1);

    const later = { ...env, CLOUDOPS_QUIZ_NOW: '2026-06-02T18:00:00Z' };
    const firstIds = first.prompts.map((p) => question(p).id);
    const resumed = await converseExam(['exam', '--resume', ...banks], later, (p) => (p.kind === 'question' ? right(p.question) : 'y'));
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(/^Resuming your exam: 1 of 5 answered, 7:00 left\.$/m);
    const shown = resumed.prompts[0]!;
    expect(question(shown).index).toBe(2);
    expect(question(shown).id).toBe(firstIds[1]);
    expect(shown.kind === 'question' && shown.status).toBe(
      'Time left 7:00 | To answer 4 of 5 | 1:45 per question | Flagged 1 | This one: not answered, flagged',
    );
    expect(resumed.prompts.filter((p) => p.kind === 'question').map((p) => question(p).index)).toEqual([2, 3, 4, 5]);
    expect(resumed.stdout).toMatch(/^Raw score: 5\/5 \(100%\)$/m);
    const saved = scores(home);
    expect(saved.pausedExams).toEqual([]);
    expect(saved.exams[0]?.startedAt).toBe(Date.parse(NOW));
    expect(saved.answers.map((a) => a.at)).toEqual(new Array(5).fill(Date.parse('2026-06-02T18:00:00Z')));

    const nothing = await runCli(['exam', '--resume', ...banks], { env: later });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/there is no unfinished exam to resume/);
  });

  it('Ctrl+C saves the exam and exits 130', async () => {
    const { home, env } = setup();
    const run = await converseExam(['exam', '--count', '5', ...banks], env, (p, step) => (step === 1 ? right(question(p)) : 'SIGINT'));
    expect(run.code).toBe(130);
    expect(run.stderr).toMatch(/Interrupted/);
    expect(run.stdout).toMatch(/Exam paused: 1 of 5 answered, 10:00 left/);
    expect(scores(home).pausedExams[0]?.answers.filter((a) => a !== null)).toHaveLength(1);
  });

  it('--new discards the saved exam and starts another', async () => {
    const { home, env } = setup();
    await startAndPause(env);
    const saved = scores(home).pausedExams[0]?.id;
    const run = await converseExam(['exam', '--new', '--count', '5', ...banks], env, () => 'q');
    expect(run.code).toBe(0);
    const paused = scores(home).pausedExams;
    expect(paused).toHaveLength(1);
    expect(paused[0]?.id).not.toBe(saved);
    expect(paused[0]?.answers.every((a) => a === null)).toBe(true);
  });
});

describe('time running out', () => {
  /** Leaves a saved exam with one right answer, then sets its time left by hand. */
  async function savedExam(remainingMs: number) {
    const { home, env } = setup();
    await converseExam(['exam', '--count', '5', ...banks], env, (p, step) => (step === 1 ? right(question(p)) : 'EOF'));
    const file = join(home, 'scores.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.pausedExams[0].remainingMs = remainingMs;
    writeFileSync(file, JSON.stringify(data));
    return { home, env };
  }

  it('an exam resumed with no time left is submitted at once with the answers given', async () => {
    const { home, env } = await savedExam(0);
    const run = await runCli(['exam', '--resume', ...banks], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/^Answer:$/m);
    expect(run.stdout).toMatch(/^Time is up: the exam was submitted with the answers given in time\.$/m);
    expect(run.stdout).toMatch(/^Raw score: 1\/5 \(20%\)$/m);
    expect(savedAnswers(home)).toHaveLength(1);
    expect(scores(home).pausedExams).toEqual([]);
  });

  it('submits by itself when the time runs out while it waits for an answer', async () => {
    const { home, env } = await savedExam(300);
    // The real clock this time, and an input that stays open with nobody typing.
    const child = spawn(process.execPath, [BIN, 'exam', '--resume', ...banks], {
      cwd: ROOT,
      env: cleanEnv({ CLOUDOPS_QUIZ_HOME: env['CLOUDOPS_QUIZ_HOME']! }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.destroy();
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Answer:$/m);
    expect(stdout).toMatch(/^Time is up/m);
    expect(stdout).toMatch(/^Raw score: 1\/5 \(20%\)$/m);
    expect(scores(home).exams).toHaveLength(1);
  });
});

describe('exam usage', () => {
  it.each([
    [['exam', '--count', '0'], /--count must be a positive whole number/],
    [['exam', '--minutes', 'ten'], /--minutes must be a positive whole number/],
    [['exam', '--history', '--count', '5'], /--history lists past exams; it does not go with --count/],
    [['exam', '--resume', '--minutes', '5'], /--resume continues the saved exam as it was; it does not go with --minutes/],
    [['exam', '--json'], /--json goes with --history/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const { env } = setup();
    const run = await runCli([...argv, ...banks], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('--history without exams says how to start one', async () => {
    const { env } = setup();
    expect((await runCli(['exam', '--history'], { env })).stdout).toMatch(/No mock exams yet; start one with "cloudops-quiz exam"\./);
  });
});
