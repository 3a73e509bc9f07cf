/** Reads input one line at a time; `null` at end of input. Ctrl+C (the signal) rejects. */
import { createInterface } from 'node:readline';
import { QuizError } from '../errors.ts';

export interface LineReader {
  next(): Promise<string | null>;
  close(): void;
}

export function createLineReader(input: NodeJS.ReadableStream, interrupt?: AbortSignal): LineReader {
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const queued: string[] = [];
  let ended = false;
  let waiting: { resolve: (line: string | null) => void; reject: (error: unknown) => void } | undefined;
  rl.on('line', (line) => {
    if (waiting) {
      const w = waiting;
      waiting = undefined;
      w.resolve(line);
    } else queued.push(line);
  });
  rl.on('close', () => {
    ended = true;
    if (waiting) {
      const w = waiting;
      waiting = undefined;
      w.resolve(null);
    }
  });
  const onAbort = () => {
    if (waiting) {
      const w = waiting;
      waiting = undefined;
      w.reject(new QuizError('INTERRUPTED', 'interrupted'));
    }
  };
  interrupt?.addEventListener('abort', onAbort);
  return {
    next() {
      if (interrupt?.aborted) return Promise.reject(new QuizError('INTERRUPTED', 'interrupted'));
      const line = queued.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (ended) return Promise.resolve(null);
      return new Promise((resolve, reject) => (waiting = { resolve, reject }));
    },
    close() {
      interrupt?.removeEventListener('abort', onAbort);
      rl.close();
    },
  };
}
