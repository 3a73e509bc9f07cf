/** `readiness` end to end on a fixture history with hand-checked numbers. */
import { describe, expect, it, onTestFinished } from 'vitest';
import { converse } from '../helpers/conversation.ts';
import { SAMPLE_BANKS, EXAM_EXTRA_BANK, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';
import { right, wrong } from '../helpers/fixture-answers.ts';

const NOW = '2026-06-01T09:00:00Z';
const banks = ['--no-builtin', '--bank', SAMPLE_BANKS, '--bank', EXAM_EXTRA_BANK, '--seed', '7'];

/**
 * The banks: the samples and one more domain-3 question, so each domain has one exam question (the
 * samples' ordering item t01-order is not one and is left out of every readiness figure).
 * The history: one drill at 09:00 on June 1 — t01-single right (Good), t01-multiple wrong (Again),
 * the other three questions never studied. FSRS-6 defaults give a first Good a stability of
 * w2 = 2.3065 days and a first Again w0 = 0.212 days. The exam date 2026-06-03 is predicted at its
 * local midnight (TZ=UTC), and ts-fsrs counts whole days since the last review: t = 1. With
 * decay d = 0.1542 and factor f = 0.9^(-1/d) − 1 = 0.98040, recall R = (1 + f·t/S)^(−d):
 *   t01-single    (1 + 0.98040 / 2.3065)^−0.1542 = 0.94685
 *   t01-multiple  (1 + 0.98040 / 0.212 )^−0.1542 = 0.76620
 */
const SINGLE = 0.94685;
const MULTIPLE = 0.7662;

async function history() {
  const home = tempDir(onTestFinished);
  const env = { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: NOW };
  // t01-multiple is asked again at the end of the session (it was missed): quit there, so its
  // card is the one a single Again leaves.
  const run = await converse(['drill', '--limit', '2', ...banks], env, (q) => (q.id === 't01-single' ? right(q) : q.index === 2 ? wrong(q) : 'q'));
  expect(run.questions.map((q) => q.id)).toEqual(['t01-single', 't01-multiple', 't01-multiple']);
  return env;
}

describe('readiness', () => {
  it('predicts recall on the exam day by module and domain, estimates the score, lists the risks and plans', async () => {
    const env = await history();
    const run = await runCli(['readiness', '--exam-date', '2026-06-03', '--json', ...banks], { env });
    expect(run.code).toBe(0);
    const r = JSON.parse(run.stdout);
    expect(r.examDate).toBe('2026-06-03');
    expect(r.questions).toBe(5);
    expect(r.recall).toBeCloseTo((SINGLE + MULTIPLE) / 5, 4); // 0.34261: the unseen three count as 0
    // Module 1's ordering item is not an exam question: it counts nowhere.
    expect(r.modules.map((m: { key: number; unseen: number }) => [m.key, m.unseen])).toEqual([
      [1, 0],
      [2, 2],
      [3, 1],
    ]);
    expect(r.modules[0].recall).toBeCloseTo((SINGLE + MULTIPLE) / 2, 4); // 0.85652
    expect(r.modules[1].recall).toBe(0);
    expect(r.modules[2].recall).toBe(0);
    const domainRecall = r.domains.map((d: { recall: number }) => d.recall);
    [SINGLE, MULTIPLE, 0, 0, 0].forEach((expected, i) => {
      expect(domainRecall[i]).toBeCloseTo(expected, 4);
    });
    // 0.22 × 0.94685 + 0.22 × 0.76620 = 0.37687 → 100 + 620 × 0.37687 / 0.72 = 424.5 → 424
    expect(r.expectedFraction).toBeCloseTo(0.37687, 4);
    expect(r.estimatedScaled).toBe(424);
    expect(r.likelyPass).toBe(false);
    expect(r.modulesAtRisk.map((m: { key: number }) => m.key)).toEqual([2, 3, 1]);
    // alpha: (0.94685 + 0.76620) / 2 = 0.85652, beta: 0.76620, the rest never studied
    expect(r.topicsAtRisk.map((t: { key: string }) => t.key)).toEqual(['delta', 'epsilon', 'zeta', 'beta', 'alpha']);
    // Below the 0.9 target: t01-multiple. 1 + 3 × 3 unseen = 10 reviews over 2 days (June 1 and 2).
    // The 3 unseen must all be met today to get a follow-up before the exam; within new-per-day 20 and drill-limit 30.
    expect(r.plan).toEqual({
      daysLeft: 2,
      belowTarget: 1,
      unseen: 3,
      reviewsNeeded: 10,
      reviewsPerDay: 5,
      newPerDay: 3,
      daysToMeetAll: 1,
      fits: true,
      raise: [],
    });
    expect(r.limits).toEqual({ newPerDay: 20, drillLimit: 30 });
  });

  it('remembers the date, shows the text view, and plans for the retention setting', async () => {
    const env = await history();
    expect((await runCli(['readiness', '--exam-date', '2026-06-03', ...banks], { env })).code).toBe(0);
    expect((await runCli(['config', 'exam-date'], { env })).stdout.trim()).toBe('2026-06-03');
    const text = await runCli(['readiness', ...banks], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Exam readiness for 2026-06-03 \(2 days left to study\)$/m);
    expect(text.stdout).toMatch(/^Estimated scaled score on the exam day: 424 \(estimate\) — FAIL \(pass mark 720\)$/m);
    expect(text.stdout).toMatch(/^01 +Introduction to Cloud Operations on AWS +86% +[█▏▎▍▌▋▊▉·]{10} +not studied 0\/2$/m);
    expect(text.stdout).toMatch(/^03 +System discovery +0% +·{10} +not studied 1\/1$/m);
    expect(text.stdout).toMatch(/^1 +Monitoring.* +weight 22% +95% /m);
    // Sentences are wrapped to the terminal's width: read them as one line.
    const flat = text.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('Predicted recall on the exam day: 34% over 5 questions (3 never studied count as 0)');
    // Risks one a line, lowest recall first.
    expect(text.stdout).toMatch(
      /^Modules most at risk:\n +0% +02 Access management\n +0% +03 System discovery\n +86% +01 Introduction to Cloud Operations on AWS\n/m,
    );
    expect(flat).toContain(
      'Plan: about 5 reviews a day for 2 days: 1 studied question below 90% on the exam day need one each, and 3 never studied need three each (10 in all).',
    );
    expect(flat).toContain(
      'Within your limits: at 20 new a day (new-per-day) every unseen question is met in 1 day, and 5 answers a day fit in a drill of 30 (drill-limit).',
    );

    // At a 0.70 target t01-multiple (0.766) is no longer below: 9 reviews over 2 days → 5 a day.
    await runCli(['config', 'retention', '0.7'], { env });
    const lower = JSON.parse((await runCli(['readiness', '--json', ...banks], { env })).stdout);
    expect(lower.targetRetention).toBe(0.7);
    expect(lower.plan).toMatchObject({ daysLeft: 2, belowTarget: 0, unseen: 3, reviewsNeeded: 9, reviewsPerDay: 5 });
  });

  it('says which setting to raise when the plan does not fit the limits before the exam date', async () => {
    const env = await history();
    await runCli(['config', 'new-per-day', '1'], { env });
    await runCli(['config', 'drill-limit', '4'], { env });
    const text = await runCli(['readiness', '--exam-date', '2026-06-03', ...banks], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^This plan does not fit your limits before 2026-06-03\. Raise:\n {2}- new-per-day from 1 to 3: cloudops-quiz config new-per-day 3\n {2}- drill-limit from 4 to 5: /m,
    );
    expect(text.stdout.replace(/\s+/g, ' ')).toContain('- drill-limit from 4 to 5: cloudops-quiz config drill-limit 5 (or drill more than once a day)');
    const ja = await runCli(['--lang', 'ja', 'readiness', ...banks], { env });
    expect(ja.stdout).toContain('new-per-day を 1 から 3 に: cloudops-quiz config new-per-day 3');
    const json = JSON.parse((await runCli(['readiness', '--json', ...banks], { env })).stdout);
    expect(json.plan).toMatchObject({
      fits: false,
      raise: [
        { setting: 'new-per-day', to: 3 },
        { setting: 'drill-limit', to: 5 },
      ],
    });
  });

  it.each([
    [[], /no exam date yet; give it once with "cloudops-quiz readiness --exam-date YYYY-MM-DD"/],
    [['--exam-date', '2026-02-30'], /--exam-date must be a date YYYY-MM-DD, not "2026-02-30"/],
    [['--exam-date', '3 June'], /--exam-date must be a date YYYY-MM-DD/],
    [['--exam-date', '2026-05-31'], /the exam date 2026-05-31 has passed/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const home = tempDir(onTestFinished);
    const run = await runCli(['readiness', ...args, ...banks], { env: { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: NOW } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
