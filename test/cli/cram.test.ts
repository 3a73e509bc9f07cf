/** `cram` end to end: practice that leaves the schedule exactly as it was. */
import { savedScores } from '../helpers/score-folders.ts';
import { describe, expect, it, onTestFinished } from 'vitest';
import { converse } from '../helpers/conversation.ts';
import { EXAM_EXTRA_BANK, SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';
import { right, wrong } from '../helpers/fixture-answers.ts';

const NOW = '2026-06-01T09:00:00Z';
const banks = ['--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '7'];
/** What was saved, read back the way the program reads it. */
const scores = (home: string) => savedScores(home, new Date(NOW));

describe('cram', () => {
  it('asks matching questions, records them as cram without a rating, and leaves every card untouched', async () => {
    const home = tempDir(onTestFinished);
    const env = { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: NOW };
    await converse(['drill', '--limit', '3', ...banks], env, right);
    const before = scores(home);
    const dueBefore = (await runCli(['due', '--json', ...banks], { env })).stdout;

    const later = { ...env, CLOUDOPS_QUIZ_NOW: '2026-06-01T09:30:00Z' };
    // All wrong: in a drill this would make every card due again tomorrow.
    const run = await converse(['cram', '--module', '1', '--count', '5', ...banks], later, wrong);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Cram: practice anything without changing your schedule/m);
    // Each missed question is asked again twice in the session (re-asks teach in cram too).
    expect([...new Set(run.questions.map((q) => q.id))].sort()).toEqual(['t01-multiple', 't01-order', 't01-single']);
    expect(run.questions).toHaveLength(9);
    expect(run.stdout).toMatch(/Answered 3 of 3\. {2}0\/3 \(0%\)/);
    expect(run.stdout).toMatch(/^Next review: in 2 days \(06-03\), unchanged \(cram does not schedule\)$/m);
    expect(run.stdout).not.toMatch(/^Rating:/m);

    const after = scores(home);
    expect(after.cards).toEqual(before.cards);
    const crammed = after.answers.filter((a) => a.at === Date.parse('2026-06-01T09:30:00Z'));
    expect(crammed).toHaveLength(9);
    for (const answer of crammed) {
      expect(answer.mode).toBe('cram');
      expect(answer.rating).toBeUndefined(); // not fed to the scheduler
    }
    expect((await runCli(['due', '--json', ...banks], { env })).stdout).toBe(dueBefore);
  });

  it('filters by topic, draws at random with the seed, and stops at --count', async () => {
    const home = tempDir(onTestFinished);
    const env = { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: NOW };
    const ids = async (args: string[]) => (await converse(['cram', ...args, ...banks], env, right)).questions.map((q) => q.id);
    expect((await ids(['--topic', 'delta'])).sort()).toEqual(['t02-single', 't02-single-b']);
    expect((await ids(['--topic', 'alpha', '--topic', 'gamma'])).sort()).toEqual(['t01-multiple', 't01-order', 't01-single']);
    const two = await ids(['--count', '2']);
    expect(two).toHaveLength(2);
    expect(await ids(['--count', '2'])).toEqual(two);
  });

  it('filters by exam-guide skill', async () => {
    const home = tempDir(onTestFinished);
    const env = { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: NOW };
    const run = await converse(['cram', '--skill', '3.1.2', ...banks, '--bank', EXAM_EXTRA_BANK], env, right);
    expect(run.code).toBe(0);
    expect(run.questions.map((q) => q.id)).toEqual(['t03-single']);
  });

  it.each([
    [['--topic', 'nope'], /no question has the topic "nope"; "cloudops-quiz topics" lists every topic key/],
    [['--topic', 'alpah'], /no question has the topic "alpah" \(did you mean "alpha"\?\)/],
    [['--module', 'monitorin'], /unknown module "monitorin" \(did you mean "monitoring"\?\)/],
    [['--module', '2', '--topic', 'alpha'], /no question matches all of the --module, --topic and --skill given/],
    [['--skill', '5.2'], /"5.2" is not a skill of the SOA-C03 exam guide \(did you mean "5.2.1", "5.2.2" or "5.2.3"\?\); skill keys look like "5.2.2"/],
    [['--skill', '5.2.9'], /"5.2.9" is not a skill of the SOA-C03 exam guide \(did you mean "5.2.1", "5.2.2" or "5.2.3"\?\)/],
    [['--skill', '2.3.4'], /no question tests skill 2.3.4 yet/],
    [['--module', '15'], /unknown module "15"/],
    [['--count', '0'], /--count must be a positive whole number/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const home = tempDir(onTestFinished);
    const run = await runCli(['cram', ...args, ...banks], { env: { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: NOW } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
