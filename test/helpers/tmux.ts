/**
 * A real terminal for the interactive front ends: tmux runs the binary in a pseudo-terminal, the
 * test types keys and reads the screen, as a person would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { BIN, ROOT } from './cli.ts';
import { pollScreen } from './wait-for.ts';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/**
 * The terminal tests fail where tmux is missing, CI included (.ci/run installs it), rather than
 * pass by skipping; CLOUDOPS_QUIZ_NO_TMUX=1 skips them on purpose on a machine without it.
 */
export const skipTmux = process.env['CLOUDOPS_QUIZ_NO_TMUX'] === '1';

function tmux(...args: string[]): string {
  return execFileSync('tmux', args, { encoding: 'utf8' });
}

/** Polls the screen until it matches `pattern` (a RegExp, or a test of the whole screen). */
export function waitFor(read: () => string, pattern: RegExp | ((screen: string) => boolean), timeoutMs = 10_000): Promise<string> {
  return pollScreen(read, pattern, timeoutMs, 100);
}

export interface Terminal {
  /** The whole scrollback as text. */
  screen(): string;
  keys(...keys: string[]): void;
  /** The program's exit status, once it has ended. */
  exitCode(): Promise<number>;
  /** Closes the terminal (the program gets SIGHUP, as when a window is closed) and waits until the program is gone. */
  close(): Promise<void>;
}

/** Runs the binary in a terminal (100×50 unless `size` says) with a clean environment; `env` adds variables (e.g. CLOUDOPS_QUIZ_NOW). */
export function startTerminal(home: string, args: readonly string[], env: Record<string, string> = {}, size = { columns: 100, rows: 50 }): Terminal {
  if (!hasTmux) throw new Error('tmux is not installed: the terminal tests need it (apt-get install tmux; or CLOUDOPS_QUIZ_NO_TMUX=1 to skip them)');
  const name = `cq-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const exitFile = join(home, `exit-code-${name}`);
  const vars = Object.entries({
    PATH: process.env['PATH'] ?? '',
    HOME: home,
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    CLOUDOPS_QUIZ_HOME: home,
    ...env,
  })
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');
  const command = `cd "${ROOT}" && env -i ${vars} "${process.execPath}" "${BIN}" ${args.join(' ')}; echo $? > "${exitFile}"; sleep 60`;
  tmux('new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), command);
  onTestFinished(() => {
    spawnSync('tmux', ['kill-session', '-t', name]);
  });
  return {
    screen: () => tmux('capture-pane', '-p', '-S', '-300', '-t', name),
    keys: (...k: string[]) => void tmux('send-keys', '-t', name, ...k),
    exitCode: async () => Number((await waitFor(() => (existsSync(exitFile) ? readFileSync(exitFile, 'utf8') : ''), /\d/)).trim()),
    close: async () => {
      // The program is the only child of the shell tmux started in the pane.
      const shell = tmux('display-message', '-p', '-t', name, '#{pane_pid}').trim();
      const program = readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim().split(' ')[0];
      tmux('kill-session', '-t', name);
      if (program) await waitFor(() => (existsSync(`/proc/${program}`) ? 'running' : 'gone'), /gone/);
    },
  };
}
