/**
 * The two terminals the interactive tests run in: tmux, a real pseudo-terminal driving the built
 * binary (end to end), and the virtual terminal, which runs the program in process (fast, and
 * seen by coverage). A test written against `TerminalKind` runs in either.
 */
import { type Terminal, startTerminal, waitFor as waitForTmux } from './tmux.ts';
import { startVirtualTerminal, waitFor as waitForVirtual } from './virtual-terminal.ts';

export interface TerminalKind {
  start(home: string, args: readonly string[], env?: Record<string, string>, size?: { columns: number; rows: number }): Terminal;
  waitFor(read: () => string, pattern: RegExp | ((screen: string) => boolean), timeoutMs?: number): Promise<string>;
}

export const TMUX: TerminalKind = { start: startTerminal, waitFor: waitForTmux };
export const VIRTUAL: TerminalKind = { start: startVirtualTerminal, waitFor: waitForVirtual };

export { skipTmux } from './tmux.ts';
