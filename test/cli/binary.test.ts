/**
 * The built binary in its own process, end to end: what the tests in process do not see — the
 * shim and the bundled start-up, real stdin and stdout, the exit status the shell gets.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ScoreFile } from '../../src/store/score-file.ts';
import { runBinary, SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { converse } from '../helpers/conversation.ts';
import { right } from '../helpers/fixture-answers.ts';

const NOW = '2026-06-01T09:00:00Z';
const banks = ['--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '7'];

describe('the built binary', () => {
  it('runs a line-mode drill: the protocol, the summary, exit 0, every answer saved', async () => {
    const home = tempDir(onTestFinished);
    const run = await converse(['drill', ...banks], { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: NOW }, right, { binary: true });
    expect(run.code).toBe(0);
    expect(run.questions.map((q) => q.id).sort()).toEqual(['t01-multiple', 't01-order', 't01-single', 't02-single', 't02-single-b']);
    expect(run.stdout).toMatch(/^Correct — answer: /m);
    expect(run.stdout).toMatch(/Answered 5 of 5\. {2}5\/5 \(100%\)/);
    expect(ScoreFile.open(home, new Date(NOW)).history()).toHaveLength(5);
  });

  it('exits 2 on a usage error and 1 on bad data, each with one line on stderr', () => {
    const home = tempDir(onTestFinished);
    const usage = runBinary(['quiz', '15', ...banks], { env: { CLOUDOPS_QUIZ_HOME: home } });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^cloudops-quiz: unknown module "15"/);
    expect(usage.stderr.trim().split('\n')).toHaveLength(1);
    writeFileSync(join(home, 'scores.json'), '{');
    const damaged = runBinary(['due', ...banks], { env: { CLOUDOPS_QUIZ_HOME: home } });
    expect(damaged.code).toBe(1);
    expect(damaged.stderr.trim().split('\n')).toHaveLength(1);
  });
});
