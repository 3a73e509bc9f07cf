/**
 * Undo at a terminal (a virtual one, in process): `u` in the menu after the feedback takes the
 * answer back (a slip of the arrow key), the same question is asked again, and the history keeps
 * only the second answer.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { savedScores } from '../helpers/score-folders.ts';
import { SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';
import { startVirtualTerminal as startTerminal, waitFor } from '../helpers/virtual-terminal.ts';

const NOW = { CLOUDOPS_QUIZ_NOW: '2026-06-01T09:00:00Z' };
const DAY = 86_400_000;

describe('interactive: undo', () => {
  it('u after the feedback undoes the answer; the question is asked again and only the new answer is kept', async () => {
    const home = tempDir(onTestFinished);
    // Keys arrive faster than anyone reads: with timing on, the right answer would be rated Easy.
    expect((await runCli(['config', 'timing', 'off'], { env: { CLOUDOPS_QUIZ_HOME: home } })).code).toBe(0);
    const term = startTerminal(home, ['drill', '--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '7', '--limit', '2'], NOW);
    const screen = await waitFor(term.screen, /Question 1\/2[\s\S]*Your answer/);
    const choices = screen.split('\n').filter((l) => /^\s*[❯>]?\s*[A-C]\) /.test(l));
    const rightAt = choices.findIndex((l) => l.includes('Right one'));
    const wrongAt = choices.findIndex((l) => l.includes('Wrong one'));
    expect(rightAt).toBeGreaterThanOrEqual(0);
    expect(wrongAt).toBeGreaterThanOrEqual(0);
    // The slip: a wrong choice.
    term.keys(...Array<string>(wrongAt).fill('Down'), 'Enter');
    await waitFor(term.screen, /Incorrect — answer[\s\S]*Undo this answer \(u\)[\s\S]*Continue\?|Continue\?[\s\S]*Undo this answer \(u\)/);
    term.keys('u');
    // Undone, and the same question again, as the first of two (the re-ask the miss queued is gone).
    const again = await waitFor(term.screen, /Undone \[t01-single\][\s\S]*Question 1\/2[\s\S]*Your answer/);
    expect(again).toMatch(/the answer left your history and the card is as it was/);
    term.keys(...Array<string>(rightAt).fill('Down'), 'Enter');
    const feedback = await waitFor(term.screen, /Undone[\s\S]*Correct — answer[\s\S]*Continue\?/);
    expect(feedback).toMatch(/Rating: Good — right \(timing is off\)\nNext review: in 2 days \(06-03\)/);
    term.keys('q');
    await waitFor(term.screen, /Answered 1 of 2\./);
    expect(await term.exitCode()).toBe(0);
    const saved = savedScores(home, new Date());
    expect(saved.answers.map((a) => [a.q, a.correct])).toEqual([['t01-single', true]]);
    expect(saved.cards['t01-single']).toMatchObject({ reps: 1, lapses: 0, due: Date.parse(NOW.CLOUDOPS_QUIZ_NOW) + 2 * DAY });
  });
});
