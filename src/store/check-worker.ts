/** A worker thread that checks bank files for check-pool.ts: bytes in, checked banks out. */
import { parentPort } from 'node:worker_threads';
import { checkBankBytes } from '../bank/check-bytes.ts';

export interface CheckJob {
  readonly bytes: Uint8Array;
  readonly display: string;
}

parentPort?.on('message', (jobs: CheckJob[]) => {
  parentPort?.postMessage(jobs.map((job) => checkBankBytes(job.bytes, job.display)));
});
