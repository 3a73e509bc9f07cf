/**
 * The mock exam at a terminal: the question menu, flags, the review, and the clock. Every case runs
 * in process at a virtual terminal, but for the one about a short terminal's scrollback; the main
 * ones also through the binary in a real terminal (tmux).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SAMPLE_BANKS, EXAM_EXTRA_BANK, tempDir } from '../helpers/cli.ts';
import { savedScores } from '../helpers/score-folders.ts';
import { skipTmux, TMUX, type TerminalKind, VIRTUAL } from '../helpers/terminals.ts';

const NOW = { CLOUDOPS_QUIZ_NOW: '2026-06-01T09:00:00Z' };
// With seed 3 the exam asks t03-single first (A A shell history, B Console clicks, C Stack), then t01-single.
const exam = ['exam', '--no-builtin', '--bank', SAMPLE_BANKS, '--bank', EXAM_EXTRA_BANK, '--seed', '3', '--count', '5'];
const scores = (home: string) => savedScores(home);

const CASES: Record<string, (terminal: TerminalKind) => Promise<void>> = {
  'answers, flags, goes back, opens the question list, submits with confirmation and pages the result': async ({ start: startTerminal, waitFor }) => {
    const home = tempDir(onTestFinished);
    const term = startTerminal(home, exam, NOW);
    await waitFor(
      term.screen,
      /Question 1\/5[\s\S]*To answer 5 of 5 \| 2:00 per question[\s\S]*Keys: n next, p previous[\s\S]*Your answer, or where to go {2}Time left (10:00|9:5\d)\n[\s\S]*C\) Stack/,
    );
    term.keys('Down', 'Down', 'Enter'); // C) Stack, the right answer: on to question 2

    await waitFor(term.screen, /Question 2\/5[\s\S]*Flag for review \(f\)/);
    term.keys('f'); // one key flags
    await waitFor(term.screen, /Flagged question 2\.[\s\S]*Question 2\/5 {2}⚑ flagged[\s\S]*Remove the flag \(f\)/);
    term.keys('p'); // back to question 1, which keeps its answer
    await waitFor(term.screen, /Flagged question 2\.[\s\S]*Question 1\/5[\s\S]*This one: answered C/);
    term.keys('Right'); // and forward again
    await waitFor(term.screen, /This one: answered C[\s\S]*Question 2\/5 {2}⚑ flagged/);
    term.keys('l'); // the question list: a grid of every question
    await waitFor(term.screen, /Questions: 1 of 5 answered, 1 flagged[\s\S]*1✓[\s\S]*2-⚑[\s\S]*5-/);
    term.keys('s'); // submit asks first, with the counts; No is the default
    await waitFor(term.screen, /Submit with 4 questions unanswered and 1 flagged\?/);
    term.keys('Enter');
    await waitFor(term.screen, /Submit with 4 questions unanswered[\s\S]*No, back to the exam[\s\S]*Questions: 1 of 5 answered/);
    expect(term.screen()).not.toMatch(/Raw score/);
    term.keys('s');
    await waitFor(term.screen, /Submit with 4 questions unanswered[\s\S]*Questions: 1 of 5[\s\S]*Submit with 4 questions unanswered/);
    term.keys('y');

    // The score and the domains first, then every question, right ones too.
    const result = await waitFor(term.screen, /Right 1\/5 \[t03-single\][\s\S]*Question 1 of 5/);
    expect(result).toMatch(/Raw score: 1\/5 \(20%\)[\s\S]*Scaled score: 272 \(estimate\)[\s\S]*Result: FAIL \(pass mark 720\)[\s\S]*Domain[\s\S]*Right 1\/5/);
    term.keys('n');
    await waitFor(term.screen, /Missed 2\/5 \[[a-z0-9-]+\][\s\S]*Unanswered — answer: [A-D][\s\S]*Question 2 of 5/);
    term.keys('l'); // the list of the result's questions: right or missed
    await waitFor(term.screen, /1 of 5 right[\s\S]*1✓[\s\S]*5✗/);
    term.keys('Down', 'Enter'); // the grid has one row: Down stays, Enter opens question 2 again
    await waitFor(term.screen, /1 of 5 right[\s\S]*Missed 2\/5[\s\S]*Question 2 of 5/);
    term.keys('q');
    await waitFor(term.screen, /Question 2 of 5[\s\S]*Raw score: 1\/5 \(20%\)\n.*Scaled score/);
    expect(await term.exitCode()).toBe(0);
    const saved = scores(home);
    expect(saved.answers.map((a) => a.q)).toEqual(['t03-single']);
    expect(saved.answers.map((a) => (a.correct ? 1 : 0))).toEqual([1]);
    expect(saved.exams).toHaveLength(1);
    expect(saved.pausedExams).toEqual([]);
  },

  'jumps to a choice by its letter': async ({ start: startTerminal, waitFor }) => {
    const home = tempDir(onTestFinished);
    const term = startTerminal(home, exam, NOW);
    await waitFor(term.screen, /Question 1\/5/);
    term.keys('Down', 'Down', 'Down', 'Enter'); // past the three choices, Next: question 2 is t01-single
    await waitFor(term.screen, /Question 2\/5/);
    term.keys('c');
    await waitFor(term.screen, /❯ C\) /);
    term.keys('Enter');
    await waitFor(term.screen, /Question 3\/5/);
    term.keys('C-c');
    expect(await term.exitCode()).toBe(130);
    const [saved] = scores(home).pausedExams;
    // The saved exam keeps answers as the positions shown: C is the third.
    expect(saved?.answers[1]).toEqual([2]);
  },

  'keeps the clock in the menu running while nobody presses a key': async ({ start: startTerminal, waitFor }) => {
    const home = tempDir(onTestFinished);
    const term = startTerminal(home, exam, NOW);
    // The clock's last reading on screen, in seconds (the menu redraws it in place).
    const shown = (screen: string) => {
      const readings = [...screen.matchAll(/Your answer, or where to go {2}Time left (\d+):(\d\d)/g)];
      const last = readings.at(-1);
      return last ? Number(last[1]) * 60 + Number(last[2]) : undefined;
    };
    const first = shown(await waitFor(term.screen, (s) => shown(s) !== undefined)) ?? 0;
    await waitFor(term.screen, (s) => (shown(s) ?? first) <= first - 2, 6_000);
    expect(term.screen()).toMatch(/To answer 5 of 5/);
  },

  'fits the menu to a short terminal, so the running clock redraws in place': async ({ start: startTerminal, waitFor }) => {
    const home = tempDir(onTestFinished);
    // 8 rows; the question's menu (its line, three choices, a separator and six actions) is
    // taller, and a menu taller than the screen would leave a copy of itself in the scrollback
    // at every tick of the clock.
    const term = startTerminal(home, exam, NOW, { columns: 100, rows: 8 });
    const menuLines = (screen: string) => screen.match(/Your answer, or where to go {2}Time left/g)?.length ?? 0;
    const shown = (screen: string) => /Your answer, or where to go {2}Time left (\d+:\d\d)/.exec(screen)?.[1];
    const first = shown(await waitFor(term.screen, (s) => menuLines(s) > 0));
    await waitFor(term.screen, (s) => shown(s) !== first, 5_000); // the clock has ticked
    expect(menuLines(term.screen())).toBe(1);
  },

  ...Object.fromEntries(
    ['C-c', 'C-d'].map((key) => [
      `${key} keeps the exam for --resume and exits 130`,
      async ({ start: startTerminal, waitFor }: TerminalKind) => {
        const home = tempDir(onTestFinished);
        const term = startTerminal(home, exam, NOW);
        await waitFor(term.screen, /Your answer, or where to go/);
        term.keys(key);
        await waitFor(term.screen, /Resume it with: cloudops-quiz exam --resume/);
        expect(await term.exitCode()).toBe(130);
        expect(scores(home).pausedExams[0]?.questions).toHaveLength(5);
      },
    ]),
  ),

  'submits by itself when the time runs out while the menu waits': async ({ start: startTerminal, waitFor }) => {
    const home = tempDir(onTestFinished);
    const first = startTerminal(home, exam, NOW);
    await waitFor(first.screen, /Your answer, or where to go/);
    first.keys('C-c');
    await first.exitCode();
    const file = join(home, 'scores.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.pausedExams[0].remainingMs = 1500;
    writeFileSync(file, JSON.stringify(data));
    // The real clock this time (no CLOUDOPS_QUIZ_NOW), and nobody pressing a key.
    const term = startTerminal(home, ['exam', '--resume', ...exam.slice(1, 6)]);
    const screen = await waitFor(term.screen, /Time is up[\s\S]*Raw score: 0\/5[\s\S]*Question 1 of 5/);
    expect(screen).toMatch(/Your answer, or where to go/);
    term.keys('q'); // the pages of the result wait for the person
    expect(await term.exitCode()).toBe(0);
  },
};

/** Through the built binary in a real terminal: the menus as a person sees them, keys as a terminal sends them. */
const END_TO_END = [
  'answers, flags, goes back, opens the question list, submits with confirmation and pages the result',
  'keeps the clock in the menu running while nobody presses a key',
  'fits the menu to a short terminal, so the running clock redraws in place',
];
/**
 * Run once, in the real terminal only: a short terminal's scrollback is something only a real
 * terminal has, and the running clock takes seconds of real time to show.
 */
const REAL_TERMINAL_ONLY = [
  'keeps the clock in the menu running while nobody presses a key',
  'fits the menu to a short terminal, so the running clock redraws in place',
];

describe.skipIf(skipTmux)('interactive mock exam in a real terminal (tmux)', () => {
  for (const name of END_TO_END) it(name, () => (CASES[name] as (terminal: TerminalKind) => Promise<void>)(TMUX));
});

describe('interactive mock exam in a virtual terminal', () => {
  for (const [name, run] of Object.entries(CASES)) if (!REAL_TERMINAL_ONLY.includes(name)) it(name, () => run(VIRTUAL));
});
