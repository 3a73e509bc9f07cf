/**
 * Past mock exams: numbered in --history, re-opened with --show N (every question, right ones
 * too, with the answer given), and what one missed drilled again with --retake-missed or
 * cram --exam. A paused exam asks what to do at a terminal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { EXAM_EXTRA_BANK, SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { converseExam } from '../helpers/exam-conversation.ts';
import { right, wrong } from '../helpers/fixture-answers.ts';
import { runCli } from '../helpers/in-process.ts';
import { startVirtualTerminal, waitFor } from '../helpers/virtual-terminal.ts';

const NOW = '2026-06-01T09:00:00Z';
const banks = ['--no-builtin', '--bank', SAMPLE_BANKS, '--bank', EXAM_EXTRA_BANK];

/** An exam of five: the first answered right, the second wrong, the rest left unanswered. */
async function takeExam(env: Record<string, string>): Promise<{ right: string; wrong: string }> {
  const ids: string[] = [];
  await converseExam(['exam', '--count', '5', '--seed', '3', ...banks], env, (p, step) => {
    if (p.kind === 'submit') return 'y';
    ids.push(p.question.id);
    if (step === 1) return right(p.question);
    if (step === 2) return wrong(p.question);
    return 's';
  });
  return { right: ids[0] ?? '', wrong: ids[1] ?? '' };
}

function setup() {
  const home = tempDir(onTestFinished);
  return { home, env: { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: NOW } };
}

describe('past exams', () => {
  it('--history numbers them and says how to open one and retake what it missed', async () => {
    const { env } = setup();
    await takeExam(env);
    const history = await runCli(['exam', '--history'], { env });
    expect(history.stdout).toMatch(/^# +Date +Raw +% +Scaled +Result +D1 +D2 +D3 +D4 +D5$/m);
    expect(history.stdout).toMatch(/^1 {2}2026-06-01 09:00 {2}1\/5 +20% +272 +FAIL/m);
    expect(history.stdout.replace(/\s+/g, ' ')).toContain('"cloudops-quiz exam --show N"');
  });

  it('--show N prints the score, the domains, then every question with the answer given and why', async () => {
    const { env } = setup();
    const ids = await takeExam(env);
    const run = await runCli(['exam', '--show', '1', ...banks], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Mock exam 1, submitted 2026-06-01 09:00$/m);
    expect(run.stdout).toMatch(/^Raw score: 1\/5 \(20%\)$/m);
    expect(run.stdout).toMatch(/^Result: FAIL \(pass mark 720\)$/m);
    expect(run.stdout).toMatch(/^Missed questions \(4\): the right answers and why$/m);
    // Right ones too, in exam order.
    expect(run.stdout).toMatch(new RegExp(`^Right 1/5 \\[${ids.right}\\]$[\\s\\S]*^Correct — answer: [A-D]$`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`^Missed 2/5 \\[${ids.wrong}\\]$[\\s\\S]*^Incorrect — answer: [A-D] {2}\\(yours: [A-D]\\)$`, 'm'));
    expect(run.stdout).toMatch(/^Missed 5\/5 \[[a-z0-9-]+\]$[\s\S]*^Unanswered — answer: /m);
    const last = await runCli(['exam', '--show', 'last', '--json', ...banks], { env });
    const json = JSON.parse(last.stdout);
    expect(json).toMatchObject({ number: 1, correct: 1, total: 5 });
    expect(json.results.map((r: { correct: boolean; answered: boolean }) => [r.correct, r.answered])).toEqual([
      [true, true],
      [false, true],
      [false, false],
      [false, false],
      [false, false],
    ]);
  });

  it('--show refuses a number that is not in the history (exit 2)', async () => {
    const { env } = setup();
    const none = await runCli(['exam', '--show', '1', ...banks], { env });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/there is no past exam yet/);
    await takeExam(env);
    const wrongNumber = await runCli(['exam', '--show', '3', ...banks], { env });
    expect(wrongNumber.stderr).toMatch(/no past exam "3"; use a number from 1 to 1/);
    expect((await runCli(['exam', '--show', '1', '--count', '5'], { env })).stderr).toMatch(/--show shows a past exam; it does not go with --count/);
  });

  it('--retake-missed drills the four it missed, as cram: recorded, nothing rescheduled', async () => {
    const { home, env } = setup();
    const ids = await takeExam(env);
    const cardsBefore = JSON.parse(readFileSync(join(home, 'scores.json'), 'utf8')).cards;
    const asked: string[] = [];
    const run = await converseExam(['exam', '--retake-missed', ...banks], env, (p) => {
      if (p.kind === 'question') asked.push(p.question.id);
      return p.kind === 'question' ? right(p.question) : 'y';
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Retaking what mock exam 1 missed: 4 questions, as cram/m);
    expect(asked).toHaveLength(4);
    expect(asked).toContain(ids.wrong);
    expect(asked).not.toContain(ids.right);
    const saved = JSON.parse(readFileSync(join(home, 'scores.json'), 'utf8'));
    expect(saved.cards).toEqual(cardsBefore);
  });

  it('cram --exam N takes the same questions, narrowed by the other filters', async () => {
    const { env } = setup();
    const ids = await takeExam(env);
    const asked: string[] = [];
    await converseExam(['cram', '--exam', '1', '--count', '1', ...banks], env, (p) => {
      if (p.kind === 'question') asked.push(p.question.id);
      return 'q';
    });
    expect(asked).toHaveLength(1);
    expect(asked[0]).not.toBe(ids.right);
  });
});

describe('an unfinished exam at a terminal', () => {
  it('asks: resume it, start a new one, or neither', async () => {
    const { home, env } = setup();
    await converseExam(['exam', '--count', '5', '--seed', '3', ...banks], env, (_p, step) => (step === 1 ? 'n' : 'q'));
    const term = startVirtualTerminal(home, ['exam', ...banks], { CLOUDOPS_QUIZ_NOW: NOW });
    await waitFor(
      term.screen,
      /An unfinished exam is saved:[\s\S]*Resume the exam started 2026-06-01 09:00 \(0 of 5 answered, 10:00 left\)[\s\S]*Start a new exam[\s\S]*Neither, for now/,
    );
    term.keys('Enter'); // the first entry: resume
    await waitFor(term.screen, /Resuming your exam: 0 of 5 answered, 10:00 left\.[\s\S]*Question 2\/5/);
    term.keys('q');
    expect(await term.exitCode()).toBe(0);

    const again = startVirtualTerminal(home, ['exam', ...banks], { CLOUDOPS_QUIZ_NOW: NOW });
    await waitFor(again.screen, /Neither, for now \(q\)/);
    again.keys('q');
    expect(await again.exitCode()).toBe(0);
    expect(JSON.parse(readFileSync(join(home, 'scores.json'), 'utf8')).pausedExams).toHaveLength(1);
  });
});
