/**
 * A simulated learner over 60 days, `now` injected (test/helpers/simulated-learner.ts): a memory
 * that follows FSRS-6 with known parameters unlike the defaults, studying with the program's own
 * drill selection, session and scheduler.
 *   1. `optimize` on those 60 days recovers parameters that predict the next 20 days' reviews —
 *      fresh ones, never fitted — better than the defaults.
 *   2. With an exam date, every studied question's predicted recall on the exam day is at least the
 *      desired retention, less a small tolerance; without the exam rule it is not.
 */
import { default_w } from 'ts-fsrs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { examAwareScheduler, examDayRetention, examRisk, planForExam, type ExamTarget } from '../../src/engine/exam-schedule.ts';
import { createScheduler, DAY_MS } from '../../src/srs/scheduler.ts';
import { tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';
import { logLossOn, newLearner, TRUE_PARAMETERS, seededRandom, simulatedQuestions, studyDays, writeScores } from '../helpers/simulated-learner.ts';

const START = Date.parse('2026-01-01T09:00:00Z');
const RETENTION = 0.9;
const TOLERANCE = 0.02;

describe('a simulated learner, 60 days', () => {
  it('optimize recovers parameters that predict fresh reviews better than the defaults', async () => {
    const state = newLearner(simulatedQuestions(600));
    studyDays(state, { days: 60, start: new Date(START), limit: 40, newPerDay: 15, random: seededRandom(21) });
    const history = [...state.answers];
    const home = tempDir(onTestFinished);
    writeScores(home, state);
    const run = await runCli(['optimize', '--json', '--no-builtin'], {
      env: { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: new Date(START + 60 * DAY_MS).toISOString() },
    });
    const report = JSON.parse(run.stdout);
    expect(report.decision).toBe('adopt');
    // Recovered, not just different: the initial stabilities (w0–w3), which 60 days measure best,
    // are each nearer the learner's true values than the defaults are.
    for (const i of [0, 1, 2, 3]) {
      const truth = TRUE_PARAMETERS[i] as number;
      expect(Math.abs(report.parameters[i] - truth)).toBeLessThan(Math.abs((default_w[i] as number) - truth));
    }

    // 20 more days, scheduled as before: the same fresh reviews judged by both sets of parameters.
    studyDays(state, { days: 20, start: new Date(START + 60 * DAY_MS), limit: 40, newPerDay: 15, random: seededRandom(22) });
    const fresh = state.answers.slice(history.length);
    expect(fresh.length).toBeGreaterThan(500);
    const fitted = logLossOn(history, fresh, report.parameters);
    const defaults = logLossOn(history, fresh);
    expect(fitted).toBeLessThan(defaults);
  });

  it('with an exam date, every studied question is predicted at least the desired retention on the exam day', () => {
    const base = createScheduler(RETENTION);
    const examAt = START - 9 * 3_600_000 + 60 * DAY_MS; // midnight starting day 60: studied days 0–59
    const target: ExamTarget = {
      examAt,
      retention: RETENTION,
      examDayTarget: examDayRetention(RETENTION),
      dailyLimit: 40,
      day: { utcOffsetMinutes: 0, dayStartHour: 4 },
    };
    const lowestOnExamDay = (withExam: boolean) => {
      const state = newLearner(simulatedQuestions(400));
      studyDays(state, {
        days: 60,
        start: new Date(START),
        limit: target.dailyLimit,
        newPerDay: 10,
        random: seededRandom(11),
        ...(withExam
          ? {
              scheduler: (cards) => examAwareScheduler(base, target, () => Object.values(cards)),
              risk: (now: number) => examRisk(target, base.recall, now),
              // The exam date is set on day 30, as `config exam-date` would.
              beforeDay: (s, now) => {
                if (now.getTime() === START + 30 * DAY_MS)
                  Object.assign(s.cards, planForExam(s.cards, Object.keys(s.cards), target, base.recall, now.getTime()));
              },
            }
          : {}),
      });
      const cards = Object.values(state.cards);
      expect(cards.length).toBeGreaterThan(300);
      return Math.min(...cards.map((c) => base.recall(c, new Date(examAt))));
    };
    expect(lowestOnExamDay(true)).toBeGreaterThanOrEqual(RETENTION - TOLERANCE);
    // The rule is what makes it so: the same learner without it has questions well below.
    expect(lowestOnExamDay(false)).toBeLessThan(RETENTION - TOLERANCE);
  });
});
