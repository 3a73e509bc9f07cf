/**
 * Running the program in tests: in process through `run(argv, io)` with memory streams (most
 * cases), or the real binary as a child process (end to end, signals, concurrency).
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { run } from '../../src/cli/run.ts';
import type { CliIO } from '../../src/cli/io.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/cloudops-quiz.js');
export const FIXTURES = join(ROOT, 'test/fixtures');
export const SAMPLE_BANKS = join(FIXTURES, 'banks');
/** With SAMPLE_BANKS, one exam-eligible question per domain (the samples' domain 3 is an ordering item). */
export const EXAM_EXTRA_BANK = join(FIXTURES, 'exam-extra');

/** A fresh temp folder, removed after the test (pass vitest's onTestFinished). */
export function tempDir(onFinished: (fn: () => void) => void, prefix = 'cq-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Environment with the person's own settings switched off. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env['PATH'] ?? '', HOME: '/nonexistent-home', LANG: 'C', TZ: 'UTC', NO_COLOR: '1', ...extra };
}

export async function runInProcess(argv: string[], options: { input?: string; env?: Record<string, string>; cwd?: string; now?: Date } = {}): Promise<RunResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const io: CliIO = {
    stdin: Readable.from([options.input ?? '']),
    stdout,
    stderr,
    env: cleanEnv(options.env),
    cwd: options.cwd ?? ROOT,
    clock: () => options.now ?? new Date('2026-06-01T09:00:00Z'),
    monotonic: () => performance.now(),
  };
  const code = await run(argv, io);
  return { code, stdout: out, stderr: err };
}

export function runBinary(argv: string[], options: { input?: string; env?: Record<string, string>; cwd?: string; timeout?: number } = {}): RunResult & { raw: SpawnSyncReturns<string> } {
  const raw = spawnSync(process.execPath, [BIN, ...argv], {
    input: options.input ?? '',
    env: cleanEnv(options.env),
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: options.timeout ?? 20_000,
  });
  return { code: raw.status ?? -1, stdout: raw.stdout, stderr: raw.stderr, raw };
}

export function spawnBinary(argv: string[], env: Record<string, string> = {}) {
  return spawn(process.execPath, [BIN, ...argv], { env: cleanEnv(env), cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Nothing but printable text and line breaks (no escape or other control characters). */
export function onlyPrintable(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/.test(text);
}
