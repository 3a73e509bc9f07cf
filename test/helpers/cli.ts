/**
 * Where the tests find things, the clean environment every run gets, and the real binary as a
 * child process (end to end: start-up, exit codes, signals, concurrency, resource limits). Most
 * tests run the program in process instead: in-process.ts.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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

export function runBinary(
  argv: string[],
  options: { input?: string; env?: Record<string, string>; cwd?: string; timeout?: number } = {},
): RunResult & { raw: SpawnSyncReturns<string> } {
  const raw = spawnSync(process.execPath, [BIN, ...argv], {
    input: options.input ?? '',
    env: cleanEnv(options.env),
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: options.timeout ?? 20_000,
  });
  return { code: raw.status ?? -1, stdout: raw.stdout, stderr: raw.stderr, raw };
}

/** Nothing but printable text and line breaks (no escape or other control characters). */
export function onlyPrintable(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  return !/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/.test(text);
}
