/**
 * `readiness` beside its own track record: for each mock exam, what it would have estimated just
 * before the exam started, against the exam's raw score. Hand-checked on the fixture history of
 * readiness.test.ts: t01-single answered Good and t01-multiple Again at 09:00 on June 1, so one day
 * later FSRS-6's defaults predict 0.94685 and 0.76620, and the blueprint-weighted estimate is
 * 0.22 × 0.94685 + 0.22 × 0.76620 = 0.37687 (the other domains never studied count as 0).
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { ScoreFile } from '../../src/store/score-file.ts';
import type { ExamAttempt } from '../../src/store/score-types.ts';
import { SAMPLE_BANKS, EXAM_EXTRA_BANK, tempDir } from '../helpers/cli.ts';
import { converse } from '../helpers/conversation.ts';
import { right, wrong } from '../helpers/fixture-answers.ts';
import { runCli } from '../helpers/in-process.ts';

const banks = ['--no-builtin', '--bank', SAMPLE_BANKS, '--bank', EXAM_EXTRA_BANK, '--seed', '7'];
const ESTIMATE = 0.37687;

function attempt(id: string, startedAt: string, correct: number): ExamAttempt {
  const at = Date.parse(startedAt);
  return { id, startedAt: at, finishedAt: at + 600_000, questions: [], correct, total: 5, scaled: 500, passed: false, byDomain: {} };
}

async function history() {
  const home = tempDir(onTestFinished);
  const env = { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: '2026-06-01T09:00:00Z' };
  await converse(['drill', '--limit', '2', ...banks], env, (q) => (q.id === 't01-single' ? right(q) : q.index === 2 ? wrong(q) : 'q'));
  return { home, env: { ...env, CLOUDOPS_QUIZ_NOW: '2026-06-02T12:00:00Z' } };
}

describe('readiness: past predictions against the mock exams', () => {
  it('is absent until a mock exam exists', async () => {
    const { env } = await history();
    const run = await runCli(['readiness', '--exam-date', '2026-06-10', ...banks], { env });
    expect(run.stdout).not.toContain('Past predictions');
    expect(JSON.parse((await runCli(['readiness', '--json', ...banks], { env })).stdout).pastPredictions).toEqual({
      exams: [],
      meanError: null,
      meanAbsoluteError: null,
    });
  });

  it('shows, for each exam, the estimate it would have given just before it, the raw score, and the mean error', async () => {
    const { home, env } = await history();
    const store = ScoreFile.open(home, new Date());
    store.record([
      { k: 'exam', exam: attempt('e2', '2026-06-02T10:00:00Z', 1) },
      { k: 'exam', exam: attempt('e1', '2026-06-02T09:00:00Z', 3) },
    ]);
    const json = JSON.parse((await runCli(['readiness', '--exam-date', '2026-06-10', '--json', ...banks], { env })).stdout);
    const [first, second] = json.pastPredictions.exams;
    expect(first).toMatchObject({ examId: 'e1', actual: 0.6 });
    expect(first.predicted).toBeCloseTo(ESTIMATE, 4);
    expect(first.error).toBeCloseTo(ESTIMATE - 0.6, 4);
    expect(second).toMatchObject({ examId: 'e2', actual: 0.2 });
    expect(second.predicted).toBeCloseTo(ESTIMATE, 4);
    expect(json.pastPredictions.meanError).toBeCloseTo((ESTIMATE - 0.6 + ESTIMATE - 0.2) / 2, 4);
    expect(json.pastPredictions.meanAbsoluteError).toBeCloseTo((0.6 - ESTIMATE + ESTIMATE - 0.2) / 2, 4);

    const text = await runCli(['readiness', ...banks], { env });
    expect(text.stdout).toMatch(/^Past predictions against your mock exams\nexam +predicted +actual +error\n/m);
    expect(text.stdout).toMatch(/^2026-06-02 09:00 +38% +60% +−22 pts$/m);
    expect(text.stdout).toMatch(/^2026-06-02 10:00 +38% +20% +\+18 pts$/m);
    expect(text.stdout).toContain('Mean error −2 pts (mean absolute error 20 pts).');
    const ja = await runCli(['--lang', 'ja', 'readiness', ...banks], { env });
    expect(ja.stdout).toContain('過去の予測と模擬試験の結果');
  });

  it('predicts with the learner’s own parameters once adopted', async () => {
    const { home, env } = await history();
    const store = ScoreFile.open(home, new Date());
    // Parameters under which a first Good is forgotten fast: w2 (its initial stability) 0.1 day.
    const forgetful = [
      0.212, 1.2931, 0.1, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
      0.1542,
    ];
    store.record([
      { k: 'settings', settings: { ...store.data.settings, fsrsParameters: forgetful } },
      { k: 'exam', exam: attempt('e1', '2026-06-02T09:00:00Z', 3) },
    ]);
    const json = JSON.parse((await runCli(['readiness', '--exam-date', '2026-06-10', '--json', ...banks], { env })).stdout);
    expect(json.pastPredictions.exams[0].predicted).toBeLessThan(ESTIMATE - 0.05);
  });
});
