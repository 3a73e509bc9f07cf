/**
 * The interactive front end in a real terminal: tmux runs the binary in a pseudo-terminal, we
 * type keys and read the screen, as a person would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ScoreFile } from '../../src/store/score-file.ts';
import { BIN, ROOT, SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

function tmux(...args: string[]): string {
  return execFileSync('tmux', args, { encoding: 'utf8' });
}

async function waitFor(read: () => string, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let screen = '';
  while (Date.now() < until) {
    screen = read();
    if (pattern.test(screen)) return screen;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${pattern}; screen:\n${screen}`);
}

function startSession(home: string, args: string[]): { screen: () => string; keys: (...k: string[]) => void; exitFile: string } {
  const name = `cq-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const exitFile = join(home, 'exit-code');
  const env = `env -i PATH="${process.env['PATH']}" HOME="${home}" TERM=xterm-256color LANG=C.UTF-8 TZ=UTC CLOUDOPS_QUIZ_HOME="${home}" CLOUDOPS_QUIZ_NOW=2026-06-01T09:00:00Z`;
  const command = `cd "${ROOT}" && ${env} "${process.execPath}" "${BIN}" ${args.join(' ')}; echo $? > "${exitFile}"; sleep 60`;
  tmux('new-session', '-d', '-s', name, '-x', '100', '-y', '50', command);
  onTestFinished(() => {
    spawnSync('tmux', ['kill-session', '-t', name]);
  });
  return {
    screen: () => tmux('capture-pane', '-p', '-S', '-200', '-t', name),
    keys: (...k: string[]) => void tmux('send-keys', '-t', name, ...k),
    exitFile,
  };
}

const exitCode = async (file: string) => Number((await waitFor(() => (existsSync(file) ? readFileSync(file, 'utf8') : ''), /\d/)).trim());

describe.runIf(hasTmux)('interactive drill in a terminal', () => {
  it('asks with a select, shows feedback, continues, and saves every answer', async () => {
    const home = tempDir(onTestFinished);
    const term = startSession(home, ['drill', '--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '7', '--limit', '2']);
    await waitFor(term.screen, /Question 1\/2[\s\S]*Your answer/);
    term.keys('Enter');
    const feedback = await waitFor(term.screen, /Continue\?/);
    expect(feedback).toMatch(/(Correct|Incorrect) — answer: [A-C]/);
    expect(feedback).toContain('The right one is right.');
    term.keys('Enter');
    // The second question is "choose two": a checkbox that insists on two.
    await waitFor(term.screen, /Question 2\/2[\s\S]*Choose 2 \(space to select/);
    term.keys('Space', 'Enter');
    await waitFor(term.screen, /Choose exactly 2\./);
    term.keys('Down', 'Space', 'Enter');
    await waitFor(term.screen, /Question 2\/2[\s\S]*Continue\?/);
    term.keys('Enter');
    await waitFor(term.screen, /Answered 2 of 2\./);
    expect(await exitCode(term.exitFile)).toBe(0);
    const saved = ScoreFile.open(home, new Date()).data;
    expect(saved.answers.map((a) => a.q)).toEqual(['t01-single', 't01-multiple']);
    expect(saved.answers.every((a) => a.ms > 0)).toBe(true);
  });

  it('Ctrl+C at a prompt saves, prints the summary and exits 130', async () => {
    const home = tempDir(onTestFinished);
    const term = startSession(home, ['drill', '--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '7']);
    await waitFor(term.screen, /Your answer/);
    term.keys('Enter');
    await waitFor(term.screen, /Continue\?/);
    term.keys('Enter');
    await waitFor(term.screen, /Question 2\/5/);
    term.keys('C-c');
    const screen = await waitFor(term.screen, /Interrupted/);
    expect(screen).toMatch(/Answered 1 of 5\./);
    expect(await exitCode(term.exitFile)).toBe(130);
    expect(ScoreFile.open(home, new Date()).data.answers).toHaveLength(1);
  });

  it('renders Japanese with wide characters', async () => {
    const home = tempDir(onTestFinished);
    const term = startSession(home, ['--lang', 'ja', 'drill', '--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '7', '--limit', '1']);
    const screen = await waitFor(term.screen, /解答/);
    expect(screen).toContain('正しいのはどれですか。');
    expect(screen).toContain('問題 1/1');
    term.keys('C-c');
    expect(await exitCode(term.exitFile)).toBe(130);
  });
});
