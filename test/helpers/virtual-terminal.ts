/**
 * A terminal in memory for the interactive front ends, run in process: keys go into a stream the
 * program takes for a TTY, and what it writes is drawn on a small screen model (text, line
 * breaks, and the cursor moves and erasures inquirer redraws its menus with). Same interface as
 * the tmux terminal (tmux.ts), which remains the end-to-end check in a real pseudo-terminal.
 */
import { PassThrough } from 'node:stream';
import { onTestFinished } from 'vitest';
import type { CliIO } from '../../src/cli/io.ts';
import { run } from '../../src/cli/run.ts';
import { stringWidth } from '../../src/ui/width.ts';
import { ROOT } from './cli.ts';
import { pollScreen } from './wait-for.ts';
import type { Terminal } from './tmux.ts';

/** tmux key names → the bytes a terminal sends. */
const KEYS: Record<string, string> = {
  Enter: '\r',
  Up: '\u001b[A',
  Down: '\u001b[B',
  Right: '\u001b[C',
  Left: '\u001b[D',
  Space: ' ',
  'C-c': '\u0003',
  'C-d': '\u0004',
  BSpace: '\u007f',
};

/** Polls the screen until it matches; in process, a short interval costs nothing. */
export function waitFor(read: () => string, pattern: RegExp | ((screen: string) => boolean), timeoutMs = 10_000): Promise<string> {
  return pollScreen(read, pattern, timeoutMs, 5);
}

/** Lines of text with a cursor: what a terminal shows of the program's output, scrollback included. */
class Screen {
  private readonly lines: string[][] = [[]];
  private row = 0;
  private col = 0;

  write(text: string): void {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape sequences are what is parsed
    const tokens = text.match(/\u001b\[[?0-9;]*[ -/]*[@-~]|\u001b[^[]|[\s\S]/gu) ?? [];
    for (const token of tokens) this.apply(token);
  }

  text(): string {
    return this.lines
      .map((cells) =>
        cells
          .filter((c) => c !== '')
          .join('')
          .trimEnd(),
      )
      .join('\n');
  }

  private line(): string[] {
    while (this.lines.length <= this.row) this.lines.push([]);
    return this.lines[this.row] as string[];
  }

  private apply(token: string): void {
    if (token === '\n') {
      this.row++;
      this.col = 0;
      this.line();
      return;
    }
    if (token === '\r') {
      this.col = 0;
      return;
    }
    if (token.startsWith('\u001b[')) {
      const final = token.at(-1);
      const n = Number(/\d+/.exec(token)?.[0] ?? '1');
      if (final === 'A') this.row = Math.max(0, this.row - n);
      else if (final === 'B') this.row += n;
      else if (final === 'C') this.col += n;
      else if (final === 'D') this.col = Math.max(0, this.col - n);
      else if (final === 'G') this.col = n - 1;
      else if (final === 'K') {
        const line = this.line();
        if (token.includes('2')) line.length = 0;
        else if (!token.includes('1')) line.length = Math.min(line.length, this.col);
      } else if (final === 'J') {
        this.line().length = Math.min(this.line().length, this.col);
        this.lines.length = this.row + 1;
      }
      return;
    }
    if (token.startsWith('\u001b')) return;
    // A printable character: wide ones take two cells (the second left empty).
    const line = this.line();
    while (line.length < this.col) line.push(' ');
    const width = stringWidth(token);
    line.splice(this.col, width, token, ...Array<string>(Math.max(0, width - 1)).fill(''));
    this.col += width;
  }
}

/** Runs the program in process at a virtual terminal (100×50 unless `size` says), with the environment tmux.ts gives. */
export function startVirtualTerminal(home: string, args: readonly string[], env: Record<string, string> = {}, size = { columns: 100, rows: 50 }): Terminal {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    isRaw: false,
    setRawMode(mode: boolean) {
      input.isRaw = mode;
      return input;
    },
  });
  const output = Object.assign(new PassThrough(), { isTTY: true, columns: size.columns, rows: size.rows });
  // Inquirer pipes each prompt into the output and ends the pipe when the prompt is done; a
  // terminal, like process.stdout, stays open.
  Object.defineProperty(output, 'end', { value: () => output });
  const screen = new Screen();
  output.on('data', (chunk: Buffer) => screen.write(chunk.toString('utf8')));
  const hangup = new AbortController();
  const io: CliIO = {
    stdin: input,
    stdout: output,
    // Both go to the one terminal, as in a shell.
    stderr: output,
    env: { PATH: process.env['PATH'] ?? '', HOME: home, TERM: 'xterm-256color', LANG: 'C.UTF-8', TZ: 'UTC', CLOUDOPS_QUIZ_HOME: home, ...env },
    cwd: ROOT,
    clock: () => new Date(),
    monotonic: () => performance.now(),
    interrupt: hangup.signal,
  };
  const ended = run(args, io);
  // A test that failed half way leaves no session waiting for keys.
  onTestFinished(() => hangup.abort('SIGHUP'));
  return {
    screen: () => screen.text(),
    keys: (...keys: string[]) => {
      for (const key of keys) input.write(KEYS[key] ?? key);
    },
    exitCode: () => ended,
    close: async () => {
      hangup.abort('SIGHUP');
      await ended;
    },
  };
}
