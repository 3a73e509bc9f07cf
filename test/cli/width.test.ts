/**
 * Every screen fits the terminal: at COLUMNS=80 and 50, in English and Japanese, no line of stats,
 * readiness, modules, exam --history, an exam's result, show, topics, search, a quiz's feedback
 * or any help is wider than the terminal, in display columns (a Japanese character is two). The
 * one exception is a line holding a single URL, which is printed whole so a terminal can open it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/command-table.ts';
import { isUrlLine, stringWidth } from '../../src/ui/width.ts';
import { tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';

const NOW = '2026-06-01T09:00:00Z';
let home = '';
const cleanups: (() => void)[] = [];

function env(columns: number): Record<string, string> {
  return { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: NOW, COLUMNS: String(columns) };
}

/** The lines wider than `columns` (URL lines aside). */
function overflowing(text: string, columns: number): string[] {
  return text.split('\n').filter((line) => stringWidth(line) > columns && !isUrlLine(line));
}

/** A history to show: a quiz answered (some right, some wrong), a mock exam submitted, an exam date. */
beforeAll(async () => {
  home = tempDir((fn) => cleanups.push(fn));
  await runCli(['quiz', '9', '--count', '4', '--seed', '1'], { env: env(80), input: 'a\nb\nc\nd\n' });
  await runCli(['quiz', '12', '--count', '3', '--seed', '2'], { env: env(80), input: 'b\nb\nb\n' });
  // Answers what fits (one letter, or two), then `s` opens the review and `y` submits.
  await runCli(['exam', '--count', '4', '--seed', '3'], { env: env(80), input: 'a\nab\ns\ny\n' });
  await runCli(['config', 'exam-date', '2026-07-15'], { env: env(80) });
  return () => {
    for (const fn of cleanups) fn();
  };
});

const helpCommands = [[], ...COMMANDS.map((c) => [c.name]), ['completion']].map((words) => [...words, '--help']);

describe.each([80, 50])('at %i columns', (columns) => {
  describe.each(['en', 'ja'])('in %s', (lang) => {
    const run = (argv: string[], input?: string) => runCli(['--lang', lang, ...argv], { env: env(columns), ...(input ? { input } : {}) });

    it.each([
      ['stats'],
      ['readiness'],
      ['modules'],
      ['exam --history'],
      ['exam --show 1'],
      ['show m09-alarm-m-of-n'],
      ['topics'],
      ['search alarm'],
      ['search アラーム'],
    ])('%s', async (command) => {
      const result = await run(command.split(' '));
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n').length).toBeGreaterThan(3);
      expect(overflowing(result.stdout, columns)).toEqual([]);
    });

    it("a quiz's questions and feedback", async () => {
      // One letter answers a single-answer question, two a multiple-response one; a line that does not fit gets a hint.
      const result = await run(['quiz', '10', '--count', '3', '--seed', '5'], 'a\nab\nb\nbc\nc\nac\n');
      expect(result.stdout).toMatch(/^(Correct|Incorrect)/m);
      // `Question i/n [id]` is the protocol line scripts read whole: it is not wrapped.
      const protocol = /^Question \d+\/\d+ \[[^\]]+\]$/;
      expect(overflowing(result.stdout, columns).filter((line) => !protocol.test(line))).toEqual([]);
    });

    it("an exam's result", async () => {
      const result = await run(['exam', '--count', '3', '--seed', '6', '--minutes', '1'], 'b\nbc\ns\ny\n');
      // The result, from its first line on (the line-mode status line of a question is one protocol line).
      const start = result.stdout.search(/^(Exam submitted\.|試験を提出しました。)$/m);
      expect(start).toBeGreaterThan(0);
      expect(overflowing(result.stdout.slice(start), columns)).toEqual([]);
    });

    it.each(helpCommands.map((argv) => [argv.join(' '), argv]))('help: %s', async (_name, argv) => {
      const result = await run(argv);
      expect(result.code).toBe(0);
      expect(overflowing(result.stdout, columns)).toEqual([]);
    });
  });
});
