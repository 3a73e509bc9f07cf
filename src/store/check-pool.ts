/**
 * Checking many bank files at once on every core. Parsing YAML is the cost of validating a large
 * bank (~0.5 ms a question with the yaml package), and files are independent, so they are split by
 * size among worker threads; the checks across files run afterwards in the main thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckedBank } from '../bank/check.ts';
import type { CheckJob } from './check-worker.ts';

/** Below this much YAML, starting threads costs more than it saves. */
export const PARALLEL_MIN_BYTES = 1_500_000;

export function worthParallel(jobs: readonly CheckJob[]): boolean {
  return availableParallelism() > 1 && jobs.length > 1 && jobs.reduce((sum, j) => sum + j.bytes.length, 0) >= PARALLEL_MIN_BYTES;
}

export async function checkInWorkers(jobs: readonly CheckJob[], workerScript: string): Promise<CheckedBank[]> {
  const threads = Math.min(availableParallelism(), jobs.length);
  // Largest first, each to the least loaded thread: sizes even out.
  const groups = Array.from({ length: threads }, () => ({ bytes: 0, indices: [] as number[] }));
  const order = jobs.map((_, i) => i).sort((a, b) => (jobs[b]?.bytes.length ?? 0) - (jobs[a]?.bytes.length ?? 0));
  for (const index of order) {
    const group = groups.reduce((least, g) => (g.bytes < least.bytes ? g : least));
    group.indices.push(index);
    group.bytes += jobs[index]?.bytes.length ?? 0;
  }
  const results = new Array<CheckedBank>(jobs.length);
  await Promise.all(
    groups.map(
      (group) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(workerScript);
          worker.once('message', (checked: CheckedBank[]) => {
            checked.forEach((result, i) => (results[group.indices[i] ?? -1] = result));
            void worker.terminate();
            resolve();
          });
          worker.once('error', reject);
          worker.postMessage(group.indices.map((i) => jobs[i]));
        }),
    ),
  );
  return results;
}
