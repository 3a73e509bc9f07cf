/**
 * Line-mode study sessions attacked at random moments, for the kill test in the suite and for
 * `test/helpers/attack.ts` (the long runs whose figures go into the note). Each session
 * is a real `quiz` process on a generated bank of single-answer questions, answering `a` at every
 * prompt; the harness records every verdict (Correct/Incorrect) the session printed, with its
 * question, and afterwards what the score file holds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeLock } from '../../src/store/lock.ts';
import { ScoreFile } from '../../src/store/score-file.ts';
import { BIN, ROOT, SAMPLE_BANKS, cleanEnv } from './cli.ts';

/** A bank of `count` single-answer questions, cloned from the first fixture question of module 2. */
export function generatedBank(dir: string, count: number): string {
  const text = readFileSync(join(SAMPLE_BANKS, '02-sample.yaml'), 'utf8');
  const start = text.indexOf('  - id: t02-single\n');
  const end = text.indexOf('  - id:', start + 1);
  const head = text.slice(0, text.indexOf('questions:\n') + 'questions:\n'.length);
  const block = text.slice(start, end === -1 ? undefined : end);
  const questions = Array.from({ length: count }, (_, i) => block.replace('id: t02-single', `id: gen-${String(i).padStart(3, '0')}`));
  const bankDir = join(dir, 'bank');
  mkdirSync(bankDir, { recursive: true });
  writeFileSync(join(bankDir, '02-generated.yaml'), head + questions.join(''));
  return bankDir;
}

export interface Session {
  readonly child: ChildProcess;
  /** Question ids whose verdict was printed, in order. */
  readonly verdicts: string[];
  /** Resolves with the exit code (or the signal's name) and all output. */
  readonly ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  /** Resolves once `n` verdicts have been printed (at once if already). */
  afterVerdicts(n: number): Promise<void>;
}

/** Starts a line-mode quiz of `count` questions in `home`, answering every prompt. */
export function startSession(home: string, bank: string, count: number, env: Record<string, string> = {}): Session {
  const child = spawn(process.execPath, [BIN, 'quiz', '2', '--count', String(count), '--no-builtin', '--bank', bank], {
    cwd: ROOT,
    env: cleanEnv({ CLOUDOPS_QUIZ_HOME: home, ...env }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const verdicts: string[] = [];
  const waiting: Array<{ n: number; resolve: () => void }> = [];
  let stdout = '';
  let stderr = '';
  let scanned = 0;
  let current = '';
  child.stdin.on('error', () => {
    /* killed while we typed */
  });
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    const end = stdout.lastIndexOf('\n') + 1;
    for (const line of stdout.slice(scanned, end).split('\n')) {
      const header = /^Question \d+\/\d+ \[(.+)\]$/.exec(line);
      if (header) current = header[1] ?? '';
      else if (/^(Correct|Incorrect) — /.test(line)) verdicts.push(current);
      else if (line === 'Answer:' && child.stdin.writable) child.stdin.write('a\n');
    }
    scanned = end;
    for (const w of [...waiting])
      if (verdicts.length >= w.n) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => {
      for (const w of waiting) w.resolve();
      resolve({ code, signal, stdout, stderr });
    }),
  );
  return {
    child,
    verdicts,
    ended,
    afterVerdicts: (n) => (verdicts.length >= n ? Promise.resolve() : new Promise((resolve) => waiting.push({ n, resolve }))),
  };
}

/** Answers the score file holds, per question. */
export function keptPerQuestion(home: string): Map<string, number> {
  const kept = new Map<string, number>();
  for (const a of ScoreFile.open(home, new Date()).history()) kept.set(a.q, (kept.get(a.q) ?? 0) + 1);
  return kept;
}

/** Verdicts shown per question, over several sessions. */
export function tally(into: Map<string, number>, verdicts: readonly string[]): void {
  for (const q of verdicts) into.set(q, (into.get(q) ?? 0) + 1);
}

/** Questions whose shown verdicts outnumber the answers kept: answers lost. */
export function lost(shown: ReadonlyMap<string, number>, kept: ReadonlyMap<string, number>): number {
  let missing = 0;
  for (const [q, n] of shown) missing += Math.max(0, n - (kept.get(q) ?? 0));
  return missing;
}

/** What the next session would find at the lock: anything but a live owner means it does not wait. */
export function lockAfter(home: string): string {
  return judgeLock(join(home, 'scores.lock')).kind;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
