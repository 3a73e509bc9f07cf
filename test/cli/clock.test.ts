/**
 * Any clock: values outside 1970–9999 and days that do not exist are refused before anything is
 * saved; a clock that goes back (planning with CLOUDOPS_QUIZ_NOW ahead, then studying normally)
 * schedules from the last review instead of crashing; equal times (a fixed clock) never merge
 * answers.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { savedScores } from '../helpers/score-folders.ts';
import { converse } from '../helpers/conversation.ts';
import { right, wrong } from '../helpers/fixture-answers.ts';
import { SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';

const banks = ['--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '5'];
const scores = (home: string) => savedScores(home, new Date('2026-06-01T00:00:00Z'));

describe('the clock', () => {
  it.each([
    ['1969-12-31T12:00:00Z', 'before 1970'],
    ['0001-01-01T00:00:00Z', 'year 1'],
    ['2026-02-30T09:00:00Z', '30 February'],
    ['2026-06-01T25:00:00Z', 'hour 25'],
    ['+010000-01-01T00:00:00Z', 'past 9999'],
    ['tomorrow', 'not a date'],
  ])('refuses CLOUDOPS_QUIZ_NOW=%s (%s) before saving anything', async (now) => {
    const home = tempDir(onTestFinished);
    const run = await runCli(['quiz', '1', ...banks], { env: { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: now }, input: 'a\n' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/CLOUDOPS_QUIZ_NOW must be an ISO 8601 date-time of a real day from 1970 to 9999/);
    expect(existsSync(join(home, 'scores.journal'))).toBe(false);
    // Nothing written that a later run would refuse.
    expect((await runCli(['due', ...banks], { env: { CLOUDOPS_QUIZ_HOME: home } })).code).toBe(0);
  });

  it('works on the last day of 9999: answers saved, read back, scheduled past it', async () => {
    const home = tempDir(onTestFinished);
    const env = { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: '9999-12-31T12:00:00Z' };
    const run = await converse(['quiz', '1', ...banks], env, (q) => right(q));
    expect(run.code).toBe(0);
    const saved = scores(home);
    expect(saved.answers).toHaveLength(3);
    expect(saved.answers.every((a) => a.at === Date.parse('9999-12-31T12:00:00Z'))).toBe(true);
    expect(Object.values(saved.cards).every((c) => c.due > Date.parse('9999-12-31T12:00:00Z'))).toBe(true);
    expect((await runCli(['stats', ...banks], { env })).code).toBe(0);
  });

  it('a clock two days behind the last review (a plan made ahead, then study as usual) schedules from that review', async () => {
    const home = tempDir(onTestFinished);
    const ahead = await converse(['quiz', '1', ...banks], { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: '2026-06-03T09:00:00Z' }, (q) => right(q));
    expect(ahead.code).toBe(0);
    const lastReview = Date.parse('2026-06-03T09:00:00Z');
    // Two days earlier: once a crash (FSRS: Invalid delta_t "-1", exit 70).
    const behind = await converse(['quiz', '1', ...banks], { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: '2026-06-01T09:00:00Z' }, (q) => wrong(q));
    expect(behind.stderr).toBe('');
    expect(behind.code).toBe(0);
    const saved = scores(home);
    // 3 right ahead; behind, each of the 3 missed and asked again twice in the session: 9.
    expect(saved.answers).toHaveLength(12);
    // The answers keep the time the clock gave; the cards count them as at the last review.
    expect(saved.answers.slice(0, 9).every((a) => a.at === Date.parse('2026-06-01T09:00:00Z'))).toBe(true);
    for (const card of Object.values(saved.cards)) {
      expect(card.lastReview).toBe(lastReview);
      expect(card.due).toBeGreaterThanOrEqual(lastReview);
      expect(card.scheduledDays).toBeGreaterThanOrEqual(0);
    }
    expect((await runCli(['stats', ...banks], { env: { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: '2026-06-01T09:00:00Z' } })).code).toBe(0);
  });

  it('equal times never merge answers: three sessions at one fixed time keep all nine', async () => {
    const home = tempDir(onTestFinished);
    const env = { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: '2026-06-01T09:00:00Z' };
    let shown = 0;
    for (let session = 0; session < 3; session++) {
      const run = await converse(['quiz', '1', ...banks], env, (q) => right(q));
      expect(run.code).toBe(0);
      shown += [...run.stdout.matchAll(/^(Correct|Incorrect) — /gm)].length;
    }
    expect(shown).toBe(9);
    const saved = scores(home);
    expect(saved.answers).toHaveLength(9);
    expect(new Set(saved.answers.map((a) => a.id)).size).toBe(9);
    const base = `${Date.parse('2026-06-01T09:00:00Z').toString(36)}.t01-single`;
    expect(
      saved.answers
        .filter((a) => a.q === 't01-single')
        .map((a) => a.id)
        .sort(),
    ).toEqual([base, `${base}.1`, `${base}.2`]);
  });
});
