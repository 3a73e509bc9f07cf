/**
 * The terminal side of printing. Colour is decided once (flag, NO_COLOR, TTY); text arriving here
 * is already composed from sanitized parts (see ui/sanitize.ts), so it is written as it is.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { OutputStream } from './streams.ts';

export interface Output {
  readonly style: ChalkInstance;
  /** Terminal width for wrapping; 80 when not a terminal. */
  readonly columns: number;
  readonly isTTY: boolean;
  print(text?: string): void;
  write(text: string): void;
}

export function colorWanted(stream: OutputStream, flag: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (!flag) return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}

/**
 * The width to print for: the terminal's, or when the output is not a terminal, `COLUMNS` (as a
 * shell or a script sets it), else 80. The real width even when narrow: menus pre-wrap their
 * items and must not be wrapped again (20 is the least anything is laid out for).
 */
export function terminalColumns(stream: OutputStream, env: Readonly<Record<string, string | undefined>>): number {
  if (stream.isTTY && stream.columns) return Math.max(20, stream.columns);
  const fromEnv = env['COLUMNS'];
  if (fromEnv !== undefined && /^\d{1,4}$/.test(fromEnv.trim()) && Number(fromEnv) > 0) return Math.max(20, Number(fromEnv));
  return 80;
}

export function createOutput(stream: OutputStream, color: boolean, env: Readonly<Record<string, string | undefined>> = {}): Output {
  return {
    style: new Chalk({ level: color ? 1 : 0 }),
    columns: terminalColumns(stream, env),
    isTTY: stream.isTTY === true,
    print: (text = '') => void stream.write(`${text}\n`),
    write: (text) => void stream.write(text),
  };
}
