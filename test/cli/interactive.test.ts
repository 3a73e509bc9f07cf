/**
 * The interactive front end at a terminal: we type keys and read the screen, as a person would.
 * Every case runs in process at a virtual terminal; the main ones also through the binary in a
 * real terminal (tmux).
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { ScoreFile } from '../../src/store/score-file.ts';
import { savedScores } from '../helpers/score-folders.ts';
import { SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { skipTmux, TMUX, type TerminalKind, VIRTUAL } from '../helpers/terminals.ts';

const NOW = { CLOUDOPS_QUIZ_NOW: '2026-06-01T09:00:00Z' };

const CASES: Record<string, (terminal: TerminalKind) => Promise<void>> = {
  'asks with a select, shows feedback, continues, and saves every answer': async ({ start: startTerminal, waitFor }) => {
    const home = tempDir(onTestFinished);
    const term = startTerminal(home, ['drill', '--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '7', '--limit', '2'], NOW);
    await waitFor(term.screen, /Question 1\/2[\s\S]*Your answer/);
    term.keys('Enter');
    const feedback = await waitFor(term.screen, /Continue\?/);
    expect(feedback).toMatch(/(Correct|Incorrect) — answer: [A-C]/);
    expect(feedback).toContain('The right one is right.');
    expect(feedback).toMatch(/^Rating: (Again|Good|Easy|Hard) — /m);
    expect(feedback).toMatch(/^Next review: /m);
    term.keys('Enter');
    // The second question is "choose two": a checkbox that insists on two. (The total may have
    // grown: a miss is asked again at the end.)
    await waitFor(term.screen, /Question 2\/\d[\s\S]*Choose 2 \(space to select/);
    term.keys('Space', 'Enter');
    await waitFor(term.screen, /Choose exactly 2\./);
    term.keys('Down', 'Space', 'Enter');
    await waitFor(term.screen, /Question 2\/\d[\s\S]*Continue\?/);
    // q in the menu quits at once.
    term.keys('q');
    await waitFor(term.screen, /Answered 2 of 2\./);
    expect(await term.exitCode()).toBe(0);
    const saved = savedScores(home, new Date());
    // One fixed time: answers at one time are kept in id order.
    expect(saved.answers.map((a) => a.q).sort()).toEqual(['t01-multiple', 't01-single']);
    expect(saved.answers.every((a) => a.ms > 0)).toBe(true);
  },

  'Ctrl+C at a prompt saves, prints the summary and exits 130': async ({ start: startTerminal, waitFor }) => {
    const home = tempDir(onTestFinished);
    const term = startTerminal(home, ['drill', '--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '7'], NOW);
    await waitFor(term.screen, /Your answer/);
    term.keys('Enter');
    await waitFor(term.screen, /Continue\?/);
    term.keys('Enter');
    await waitFor(term.screen, /Question 2\/\d/);
    term.keys('C-c');
    const screen = await waitFor(term.screen, /Interrupted/);
    expect(screen).toMatch(/Answered 1 of 5\./);
    expect(await term.exitCode()).toBe(130);
    expect(ScoreFile.open(home, new Date()).history()).toHaveLength(1);
  },

  'Ctrl+D at a menu ends the session as Ctrl+C does (inquirer alone would wait for good)': async ({ start: startTerminal, waitFor }) => {
    const home = tempDir(onTestFinished);
    const term = startTerminal(home, ['drill', '--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '1', '--limit', '3'], NOW);
    await waitFor(term.screen, /Question 1\/3/);
    term.keys('C-d');
    await waitFor(term.screen, /Interrupted/);
    expect(await term.exitCode()).toBe(130);
  },

  'asks an ordering item step by step, not typed': async ({ start: startTerminal, waitFor }) => {
    const home = tempDir(onTestFinished);
    // The one question on topic gamma is t01-order; the letters of its steps are read off the screen.
    const term = startTerminal(home, ['cram', '--topic', 'gamma', '--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '3'], NOW);
    const first = await waitFor(term.screen, /Question 1\/1[\s\S]*Step 1 of 3/);
    expect(first).toMatch(/pick the steps one at a time, first step first/);
    expect(first).not.toMatch(/type all the letters/);
    const letterOf = (text: string) => new RegExp(`([A-C])\\) ${text}`).exec(first)?.[1];
    const [one, two, three] = [letterOf('Step one'), letterOf('Step two'), letterOf('Step three')];
    expect([one, two, three].sort()).toEqual(['A', 'B', 'C']);
    term.keys(one!.toLowerCase(), 'Enter');
    await waitFor(term.screen, /Step 2 of 3/);
    term.keys(two!.toLowerCase(), 'Enter'); // the last step goes last by itself
    const feedback = await waitFor(term.screen, /Continue\?/);
    expect(feedback).toMatch(/Correct/);
    term.keys('Enter');
    expect(await term.exitCode()).toBe(0);
    const saved = savedScores(home, new Date());
    expect(saved.answers.map((a) => [a.q, a.correct])).toEqual([['t01-order', true]]);
  },

  'renders Japanese with wide characters': async ({ start: startTerminal, waitFor }) => {
    const home = tempDir(onTestFinished);
    const term = startTerminal(home, ['--lang', 'ja', 'drill', '--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '7', '--limit', '1'], NOW);
    const screen = await waitFor(term.screen, /解答/);
    expect(screen).toContain('正しいのはどれですか。');
    expect(screen).toContain('問題 1/1');
    term.keys('C-c');
    expect(await term.exitCode()).toBe(130);
  },
};

/** Through the built binary in a real terminal: the menus as a person sees them, keys as a terminal sends them. */
const END_TO_END = [
  'asks with a select, shows feedback, continues, and saves every answer',
  'Ctrl+C at a prompt saves, prints the summary and exits 130',
  'renders Japanese with wide characters',
];

describe.skipIf(skipTmux)('interactive drill in a real terminal (tmux)', () => {
  for (const name of END_TO_END) it(name, () => (CASES[name] as (terminal: TerminalKind) => Promise<void>)(TMUX));
});

describe('interactive drill in a virtual terminal', () => {
  for (const [name, run] of Object.entries(CASES)) it(name, () => run(VIRTUAL));
});
