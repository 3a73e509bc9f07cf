/**
 * The small defects found by trying the tool as a new user, one test each: dates checked where
 * they are typed, nothing validated passing as clean, an empty module named as such, the
 * documented example valid, no green tick before "Incorrect", English plurals, review saying what
 * it drills, stats saying what its numbers mean, and a welcome on the first run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ROOT, SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { converse } from '../helpers/conversation.ts';
import { right, wrong } from '../helpers/fixture-answers.ts';
import { runCli } from '../helpers/in-process.ts';
import { startVirtualTerminal, waitFor } from '../helpers/virtual-terminal.ts';

const NOW = '2026-06-01T09:00:00Z';
const banks = ['--no-builtin', '--bank', SAMPLE_BANKS];

function setup() {
  const home = tempDir(onTestFinished);
  return { home, env: { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: NOW } };
}

describe('exam-date', () => {
  it.each([
    ['a day that does not exist', '2027-02-30', /exam-date must be a real date YYYY-MM-DD \(or "none" to clear it\), not "2027-02-30"/],
    ['nothing', '', /exam-date must be a real date YYYY-MM-DD \(or "none" to clear it\), not ""/],
    ['a day already past', '2026-05-31', /exam-date 2026-05-31 has passed \(today is 2026-06-01\); give the date of your next exam/],
  ])('config refuses %s (exit 2), nothing written', async (_name, value, message) => {
    const { home, env } = setup();
    const run = await runCli(['config', 'exam-date', value], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(() => readFileSync(join(home, 'scores.json'))).toThrow();
  });

  it('config takes today or later, and "none" clears it', async () => {
    const { env } = setup();
    // The first line confirms the setting; what follows is the exam-date rescheduling report.
    expect((await runCli(['config', 'exam-date', '2026-06-01'], { env })).stdout.split('\n')[0]).toBe('exam-date = 2026-06-01');
    expect((await runCli(['config', 'exam-date', 'none'], { env })).stdout).toBe('exam-date = \n');
  });

  it('readiness names the setting, not a flag never typed, when the saved date has passed', async () => {
    const { env } = setup();
    await runCli(['config', 'exam-date', '2026-06-10'], { env });
    const later = await runCli(['readiness', ...banks], { env: { ...env, CLOUDOPS_QUIZ_NOW: '2026-07-01T09:00:00Z' } });
    expect(later.code).toBe(2);
    expect(later.stderr).toMatch(/the exam date 2026-06-10 \(the exam-date setting\) has passed/);
  });
});

it('validate refuses a folder without banks (exit 1) instead of passing with 0 files', async () => {
  const dir = tempDir(onTestFinished);
  mkdirSync(join(dir, 'empty'));
  const run = await runCli(['validate', join(dir, 'empty')]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/no bank file \(\*\.yaml or \*\.yml\) in .*empty/);
  expect(run.stdout).not.toMatch(/no problems/);
});

it('quiz on a module the banks do not have says so, rather than "nothing due"', async () => {
  const { env } = setup();
  const run = await runCli(['quiz', '3', ...banks], { env });
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/the banks loaded have no question for module 3; "cloudops-quiz modules" shows how many each module has/);
  expect(run.stdout).not.toMatch(/Nothing to study/);
});

it('the complete example of docs/bank-format.md passes validate', async () => {
  const doc = readFileSync(join(ROOT, 'docs/bank-format.md'), 'utf8');
  const example = /## A complete example\n\n```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
  expect(example).toBeDefined();
  const dir = tempDir(onTestFinished);
  writeFileSync(join(dir, '09-example.yaml'), example ?? '');
  const run = await runCli(['validate', '--no-builtin', join(dir, '09-example.yaml')]);
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(/1 file, 1 question: no problems/);
  expect(run.code).toBe(0);
});

it('a wrong answer at a terminal is not marked with a green tick before "Incorrect"', async () => {
  const home = tempDir(onTestFinished);
  // With seed 7 the first question is t01-single; its menu starts on A, and Down picks B.
  const term = startVirtualTerminal(home, ['drill', ...banks, '--seed', '7', '--limit', '1'], { CLOUDOPS_QUIZ_NOW: NOW });
  await waitFor(term.screen, /Question 1\/1[\s\S]*Your answer/);
  term.keys('Down', 'Enter');
  const screen = await waitFor(term.screen, /Continue\?/);
  expect(screen).toMatch(/› Your answer [A-C]\n/);
  expect(screen).not.toContain('✔ Your answer');
  term.keys('q');
  await term.exitCode();
});

describe('English plurals', () => {
  it('one answer, one day, one minute, one question: no "1 answers" and no "day(s)"', async () => {
    const { env } = setup();
    await converse(['quiz', '1', '--count', '1', '--seed', '2', ...banks], env, right);
    const stats = await runCli(['stats', ...banks], { env });
    expect(stats.stdout).toMatch(/(^|\s)1 answer(\s|$)/m);
    expect(stats.stdout).toMatch(/streak 1 day(\s|$)/);
    expect(stats.stdout).not.toMatch(/\(s\)|1 answers|1 days/);
    const exam = await runCli(['exam', '--count', '1', '--minutes', '1', '--seed', '1', ...banks], { env, input: 'q\n' });
    expect(exam.stdout).toMatch(/^Mock exam: 1 question in 1 minute\./m);
  });
});

it('review says which topics it drills, and does not ask them in id order', async () => {
  const { env } = setup();
  // Everything answered wrong once: every topic is weak.
  await converse(['quiz', '1', '--count', '3', '--seed', '1', ...banks], env, (q) => wrong(q));
  await converse(['quiz', '2', '--count', '2', '--seed', '1', ...banks], env, (q) => wrong(q));
  const orders = new Set<string>();
  for (const seed of ['1', '2', '3', '4', '5', '6']) {
    const run = await converse(['review', '--topics', '5', '--seed', seed, ...banks], env, () => 'q');
    expect(run.stdout).toMatch(/^Drilling \d+ questions? on your \d weakest topics?: /m);
    orders.add(run.questions.map((q) => q.id).join(' '));
  }
  // Several orders over the seeds: not sorted by id every time.
  expect(orders.size).toBeGreaterThan(1);
});

it('stats says what accuracy and recall mean', async () => {
  const { env } = setup();
  const run = await runCli(['stats', ...banks], { env });
  expect(run.stdout.replace(/\s+/g, ' ')).toContain('accuracy: the share of your answers that were right, ever. recall: the chance (by FSRS)');
});

describe('the first-run welcome', () => {
  it('greets a person with no score file, with the keys, where scores live and --help; once', async () => {
    const { home, env } = setup();
    const first = await converse(['quiz', '1', '--count', '1', '--seed', '2', ...banks], env, right);
    const welcome = first.stdout.replace(/\s+/g, ' ');
    expect(welcome).toContain('Welcome to cloudops-quiz.');
    expect(welcome).toContain(`your scores live in ${home}`);
    expect(welcome).toContain('"cloudops-quiz --help" lists every command');
    const second = await converse(['quiz', '1', '--count', '1', '--seed', '2', ...banks], env, right);
    expect(second.stdout).not.toContain('Welcome');
  });
});
