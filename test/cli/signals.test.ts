/**
 * SIGHUP (the terminal closed) and SIGTERM end a session as Ctrl+C does: what was answered is
 * saved and folded into the snapshot, the summary printed, an exam kept for --resume; the exit
 * status names the signal (128 + its number), as a shell expects.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ScoreFile } from '../../src/store/score-file.ts';
import { startSession } from '../helpers/kill-harness.ts';
import { generatedBank } from '../helpers/kill-harness.ts';
import { BIN, ROOT, SAMPLE_BANKS, cleanEnv, tempDir } from '../helpers/cli.ts';
import { spawn } from 'node:child_process';
import { parseQuestion } from '../helpers/conversation.ts';
import { right } from '../helpers/fixture-answers.ts';

describe.each([
  ['SIGHUP', 129],
  ['SIGTERM', 143],
] as const)('%s', (signal, status) => {
  it(`during a study session: answers saved, checkpointed, summary printed, exit ${status}`, async () => {
    const home = tempDir(onTestFinished);
    const bank = generatedBank(home, 20);
    const session = startSession(home, bank, 10);
    await session.afterVerdicts(3);
    session.child.kill(signal);
    const ended = await session.ended;
    expect(ended.code).toBe(status);
    expect(ended.stdout).toMatch(/Answered \d+ of 10\./);
    expect(ended.stderr).toMatch(/Interrupted — every answer given was saved\./);
    const answers = ScoreFile.open(home, new Date()).history();
    expect(answers.length).toBeGreaterThanOrEqual(session.verdicts.length);
    // Folded into the snapshot: the session ended properly, not killed.
    expect(readFileSync(join(home, 'scores.journal'), 'utf8')).toBe('');
  });

  it(`during a mock exam: the exam is saved for --resume, exit ${status}`, async () => {
    const home = tempDir(onTestFinished);
    const child = spawn(process.execPath, [BIN, 'exam', '--count', '5', '--no-builtin', '--bank', SAMPLE_BANKS], {
      cwd: ROOT,
      env: cleanEnv({ CLOUDOPS_QUIZ_HOME: home }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let answered = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!answered && /Answer:\n/.test(out)) {
        answered = true;
        child.stdin.write(`${right(parseQuestion(out.slice(out.lastIndexOf('Question ')))!)}\n`);
      } else if (answered && out.split('Answer:\n').length > 2) child.kill(signal);
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(status);
    expect(out).toMatch(/Exam paused: 1 of \d+ answered/);
    const paused = ScoreFile.open(home, new Date()).data.pausedExams;
    expect(paused).toHaveLength(1);
    expect(paused[0]?.answers.filter((a) => a !== null)).toHaveLength(1);
  });
});
