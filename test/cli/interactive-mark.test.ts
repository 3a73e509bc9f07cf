/**
 * At a terminal the answer is saved before its feedback is shown; "that was easy" in the menu
 * after the feedback re-rates the saved answer (a `rerate` journal entry), so closing the
 * terminal while reading the explanation loses nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { savedScores } from '../helpers/score-folders.ts';
import { SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { skipTmux, TMUX, type TerminalKind, VIRTUAL } from '../helpers/terminals.ts';

const NOW = { CLOUDOPS_QUIZ_NOW: '2026-06-01T09:00:00Z' };
const journal = (home: string) =>
  readFileSync(join(home, 'scores.journal'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { k: string; rating?: string });

const CASES: Record<string, (terminal: TerminalKind) => Promise<void>> = {
  'the answer is in the journal while the feedback is on screen; "that was easy" re-rates it': async ({ start: startTerminal, waitFor }) => {
    const home = tempDir(onTestFinished);
    const term = startTerminal(home, ['drill', '--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '7', '--limit', '1'], NOW);
    const screen = await waitFor(term.screen, /Question 1\/1[\s\S]*Your answer/);
    // The menu lists the choices in their shuffled order: move down to "Right one".
    const choices = screen.split('\n').filter((l) => /^\s*[❯>]?\s*[A-C]\) /.test(l));
    const index = choices.findIndex((l) => l.includes('Right one'));
    expect(index).toBeGreaterThanOrEqual(0);
    term.keys(...Array<string>(index).fill('Down'), 'Enter');
    await waitFor(term.screen, /Correct — answer[\s\S]*Continue\?/);
    expect(journal(home).map((e) => e.k)).toEqual(['answer']);
    term.keys('Down', 'Enter');
    await waitFor(term.screen, /Answered 1 of 1\./);
    expect(await term.exitCode()).toBe(0);
    const saved = savedScores(home, new Date());
    expect(saved.answers.map((a) => [a.q, a.rating])).toEqual([['t01-single', 'easy']]);
  },

  'closing the terminal during the feedback keeps the answer': async ({ start: startTerminal, waitFor }) => {
    const home = tempDir(onTestFinished);
    const term = startTerminal(home, ['drill', '--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '7', '--limit', '2'], NOW);
    await waitFor(term.screen, /Question 1\/2[\s\S]*Your answer/);
    term.keys('Enter');
    await waitFor(term.screen, /(Correct|Incorrect) — answer[\s\S]*Continue\?/);
    await term.close();
    const saved = savedScores(home, new Date());
    expect(saved.answers.map((a) => a.q)).toEqual(['t01-single']);
  },
};

/** Through the built binary in a real terminal: the menus as a person sees them, keys as a terminal sends them. */
const END_TO_END = ['closing the terminal during the feedback keeps the answer'];

describe.skipIf(skipTmux)('interactive, in a real terminal (tmux): saved before the feedback', () => {
  for (const name of END_TO_END) it(name, () => (CASES[name] as (terminal: TerminalKind) => Promise<void>)(TMUX));
});

describe('interactive: saved before the feedback, marked after it', () => {
  for (const [name, run] of Object.entries(CASES)) it(name, () => run(VIRTUAL));
});
