/**
 * Exam-aware intervals end to end: with an exam date ahead, an answer whose next review would fall
 * after the exam below the exam-day target comes due before it; without one, it keeps its FSRS
 * interval; setting a date moves the questions already scheduled past it.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { converse } from '../helpers/conversation.ts';
import { right } from '../helpers/fixture-answers.ts';
import { SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';

const NOW = '2026-06-01T09:00:00Z';
const banks = ['--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '3'];
const at = (date: string) => `${date}T09:00:00Z`;

/** Answers t01-single right and marked easy today; returns the environment of that score folder. */
async function easyToday(examDate?: string) {
  const env = { CLOUDOPS_QUIZ_HOME: tempDir(onTestFinished), CLOUDOPS_QUIZ_NOW: NOW };
  if (examDate) expect((await runCli(['config', 'exam-date', examDate, ...banks], { env })).code).toBe(0);
  const run = await converse(['drill', '--limit', '1', ...banks], env, (q) => `${right(q)}!`);
  expect(run.questions.map((q) => q.id)).toEqual(['t01-single']);
  expect(run.stdout).toContain('Rating: Easy');
  return env;
}

async function dueOn(date: string, env: Record<string, string>): Promise<number> {
  const run = await runCli(['due', '--json', ...banks], { env: { ...env, CLOUDOPS_QUIZ_NOW: at(date) } });
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout).today;
}

describe('exam-aware intervals', () => {
  it('an Easy answer today is due before an exam 5 days ahead, and 8 days later without one', async () => {
    const withExam = await easyToday('2026-06-06');
    const without = await easyToday();
    // The feedback says when it comes back: before the exam (June 5), or in 8 days (June 9).
    expect(await dueOn('2026-06-05', withExam)).toBe(1);
    expect(await dueOn('2026-06-05', without)).toBe(0);
    expect(await dueOn('2026-06-06', without)).toBe(0);
    expect(await dueOn('2026-06-08', without)).toBe(0);
    expect(await dueOn('2026-06-09', without)).toBe(1);
    // Not earlier than needed: the day before the exam, as late as the limit allows.
    expect(await dueOn('2026-06-04', withExam)).toBe(0);
  });

  it('says when the answer comes back, in the feedback', async () => {
    const env = { CLOUDOPS_QUIZ_HOME: tempDir(onTestFinished), CLOUDOPS_QUIZ_NOW: NOW };
    await runCli(['config', 'exam-date', '2026-06-06', ...banks], { env });
    const run = await converse(['drill', '--limit', '1', ...banks], env, (q) => `${right(q)}!`);
    expect(run.stdout).toMatch(/^Next review: in 4 days \(06-05\)$/m);
  });

  it('after the exam day, scheduling is back to normal', async () => {
    const home = tempDir(onTestFinished);
    await runCli(['config', 'exam-date', '2026-06-03', ...banks], { env: { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: NOW } });
    const after = { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: at('2026-06-04') };
    const run = await converse(['drill', '--limit', '1', ...banks], after, (q) => `${right(q)}!`);
    expect(run.stdout).toMatch(/^Next review: in 8 days \(06-12\)$/m);
  });

  it('setting the exam date moves questions already due after it, and says how many', async () => {
    const env = await easyToday();
    const set = await runCli(['config', 'exam-date', '2026-06-06', ...banks], { env });
    expect(set.code).toBe(0);
    expect(set.stdout.replace(/\s+/g, ' ')).toContain(
      '1 question(s) that would be below the exam-day target recall of 95% on 2026-06-06 now come due before it, within your daily limit.',
    );
    expect(await dueOn('2026-06-05', env)).toBe(1);
    // Setting it again finds nothing left to move.
    const again = await runCli(['readiness', '--exam-date', '2026-06-07', ...banks], { env });
    expect(again.stdout.replace(/\s+/g, ' ')).toContain('No question due after 2026-06-07 would be below the exam-day target recall of 95% on that day.');
  });
});
