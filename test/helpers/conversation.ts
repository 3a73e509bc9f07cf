/**
 * Talking to the real binary in line mode the way a script would: wait for each answer prompt,
 * read the question block above it, and type a reply.
 */
import { spawn } from 'node:child_process';
import { BIN, ROOT, cleanEnv } from './cli.ts';

export interface ShownQuestion {
  readonly index: number;
  readonly total: number;
  readonly id: string;
  /** Choice texts by letter, as shown. */
  readonly choices: ReadonlyMap<string, string>;
  readonly block: string;
}

export interface Conversation {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly questions: readonly ShownQuestion[];
}

const PROMPT = /^Answer:$/m;

export function parseQuestion(block: string): ShownQuestion | undefined {
  const header = /Question (\d+)\/(\d+) \[([^\]]+)\]/.exec(block);
  if (!header) return undefined;
  const choices = new Map<string, string>();
  for (const match of block.matchAll(/^([A-H])\) (.*)$/gm)) choices.set(match[1]!, match[2]!);
  return { index: Number(header[1]), total: Number(header[2]), id: header[3]!, choices, block };
}

/** `reply` gets each question as shown and returns the line to type, or 'SIGINT' to press Ctrl+C. */
export function converse(argv: string[], env: Record<string, string>, reply: (q: ShownQuestion) => string): Promise<Conversation> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: ROOT, env: cleanEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let consumed = 0;
    const questions: ShownQuestion[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      for (;;) {
        const rest = stdout.slice(consumed);
        const prompt = PROMPT.exec(rest);
        if (!prompt) return;
        const block = rest.slice(0, prompt.index);
        const start = block.lastIndexOf('Question ');
        consumed += prompt.index + prompt[0].length;
        const question = parseQuestion(block.slice(Math.max(0, start)));
        if (!question) continue;
        questions.push(question);
        const line = reply(question);
        if (line === 'SIGINT') child.kill('SIGINT');
        else if (line === 'EOF') child.stdin.end();
        else child.stdin.write(line + '\n');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, questions }));
  });
}

/** The letters whose text is in `texts` (e.g. the right answers of a fixture question). */
export function lettersOf(question: ShownQuestion, texts: readonly string[]): string {
  return texts.map((text) => [...question.choices].find(([, shown]) => shown === text)?.[0] ?? '?').join('');
}
