/**
 * Running the program in this process through `run(argv, io)`, as the binary runs it but without
 * a new `node`: the same clean environment (cleanEnv), the system clock unless
 * CLOUDOPS_QUIZ_NOW fixes it, and memory streams for stdin, stdout and stderr. Ctrl+C is the
 * `interrupt` signal, as the binary's SIGINT handler makes it.
 */
import { PassThrough, Readable } from 'node:stream';
import type { CliIO } from '../../src/cli/io.ts';
import { run } from '../../src/cli/run.ts';
import { cleanEnv, ROOT, type RunResult } from './cli.ts';

export interface CliOptions {
  /** Everything typed, read to its end. */
  readonly input?: string;
  readonly env?: Record<string, string>;
  readonly cwd?: string;
  /** The system clock, fixed at this moment (CLOUDOPS_QUIZ_NOW is read before it). */
  readonly now?: Date;
  /** false: through commander even where the program answers without it (src/cli/quick-commands.ts). */
  readonly quick?: boolean;
}

/** One run with all of its input given at once; resolves when the command has finished. */
export async function runCli(argv: readonly string[], options: CliOptions = {}): Promise<RunResult> {
  const session = startCli(argv, options.env, { cwd: options.cwd, stdin: Readable.from([options.input ?? '']), now: options.now, quick: options.quick });
  return session.ended;
}

export interface LiveSession {
  /** Types into the program's stdin. */
  write(text: string): void;
  /** Closes stdin (end of input, Ctrl+D in line mode). */
  end(): void;
  /** Ctrl+C. */
  interrupt(): void;
  /** Called with each piece the program writes to stdout. */
  onStdout(listener: (text: string) => void): void;
  readonly ended: Promise<RunResult>;
}

/** A run that is talked to while it runs (see conversation.ts). */
export function startCli(
  argv: readonly string[],
  env: Record<string, string> = {},
  options: { cwd?: string | undefined; stdin?: NodeJS.ReadableStream; now?: Date | undefined; quick?: boolean | undefined } = {},
): LiveSession {
  const environment = cleanEnv(env);
  // The process's own zone is the one dates are shown in; a test wanting another needs the binary.
  if (environment['TZ'] !== process.env['TZ'])
    throw new Error(`runCli runs in this process (TZ=${process.env['TZ']}); TZ=${environment['TZ']} needs the binary`);
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const interrupt = new AbortController();
  let out = '';
  let err = '';
  const listeners: Array<(text: string) => void> = [];
  stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    out += text;
    for (const listener of listeners) listener(text);
  });
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const io: CliIO = {
    stdin: options.stdin ?? stdin,
    stdout,
    stderr,
    env: environment,
    cwd: options.cwd ?? ROOT,
    clock: () => (options.now ? new Date(options.now) : new Date()),
    monotonic: () => performance.now(),
    interrupt: interrupt.signal,
  };
  const ended = run(argv, io, options.quick === false ? { quick: false } : {}).then(async (code) => {
    // Let the last writes reach the listeners before the result is read.
    await new Promise((resolve) => setImmediate(resolve));
    return { code, stdout: out, stderr: err };
  });
  return {
    write: (text) => void stdin.write(text),
    end: () => void stdin.end(),
    interrupt: () => interrupt.abort('SIGINT'),
    onStdout: (listener) => void listeners.push(listener),
    ended,
  };
}
