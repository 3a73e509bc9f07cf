import type { InputStream, OutputStream } from '../ui/streams.ts';

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
  /** Aborted on Ctrl+C (SIGINT) and when told to stop (SIGHUP: the terminal closed; SIGTERM). */
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

const STOP_SIGNALS = { SIGINT: 2, SIGHUP: 1, SIGTERM: 15 } as const;
let stoppedBy: keyof typeof STOP_SIGNALS | undefined;

/**
 * Ctrl+C, a closed terminal (SIGHUP) and SIGTERM as one signal the sessions wait on: each ends
 * the session as Ctrl+C does (answers saved, summary, exam kept for --resume). In raw mode
 * inquirer sees Ctrl+C as a key; the others reach its prompts through this signal. A second
 * signal of the same kind stops the program at once (every answer given is already saved).
 */
function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  for (const name of Object.keys(STOP_SIGNALS) as (keyof typeof STOP_SIGNALS)[]) {
    process.on(name, () => {
      if (stoppedBy === name) process.exit(128 + STOP_SIGNALS[name]);
      stoppedBy ??= name;
      controller.abort(name);
    });
  }
  return controller.signal;
}

/** The exit status for a run that a signal other than Ctrl+C ended (128 + its number), as a shell expects. */
export function signalExitCode(): number | undefined {
  return stoppedBy && stoppedBy !== 'SIGINT' ? 128 + STOP_SIGNALS[stoppedBy] : undefined;
}
