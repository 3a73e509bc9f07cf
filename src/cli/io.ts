import type { InputStream, OutputStream } from '../ui/streams.ts';

export type { InputStream, OutputStream };

/**
 * What the program needs from the outside world, passed in so tests can run `run(argv, io)` with
 * their own streams, environment and clock, without spawning a process.
 */
export interface CliIO {
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The wall clock; the shell is the only place that reads it. */
  readonly clock: () => Date;
  /** A monotonic millisecond counter for durations (time per answer), unaffected by CLOUDOPS_QUIZ_NOW. */
  readonly monotonic: () => number;
  /** Aborted on Ctrl+C (SIGINT). */
  readonly interrupt?: AbortSignal;
}

export function processIO(): CliIO {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    clock: () => new Date(),
    monotonic: () => performance.now(),
    interrupt: interruptSignal(),
  };
}

/** Ctrl+C as a signal the sessions can wait on (line mode; inquirer handles it itself in raw mode). */
export function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  return controller.signal;
}
