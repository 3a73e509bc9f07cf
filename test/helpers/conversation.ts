/**
 * Talking to the program in line mode the way a script would: wait for each answer prompt, read
 * the question block above it, and type a reply. In process by default (in-process.ts); with
 * `{ binary: true }` through the real binary, end to end.
 */
import { spawn } from 'node:child_process';
import { BIN, ROOT, cleanEnv } from './cli.ts';
import { type LiveSession, startCli } from './in-process.ts';

export interface ShownQuestion {
  readonly index: number;
  readonly total: number;
  readonly id: string;
  /** Choice texts by letter, as shown. */
  readonly choices: ReadonlyMap<string, string>;
  readonly block: string;
}

export interface Conversation extends Transcript {
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

export interface Transcript {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the program and answers each prompt it prints (a line matching `prompt`): `onPrompt` gets
 * the match and the text printed since the last prompt, and returns what to type: one or more
 * lines; a last line `EOF` then closes the input, and `SIGINT` alone presses Ctrl+C. `undefined`
 * types nothing.
 */
export function talkTo(
  argv: string[],
  env: Record<string, string>,
  prompt: RegExp,
  onPrompt: (match: RegExpExecArray, block: string) => string | undefined,
  options: { binary?: boolean } = {},
): Promise<Transcript> {
  const session = options.binary ? startBinary(argv, env) : inProcess(argv, env);
  let stdout = '';
  let consumed = 0;
  session.onStdout((text) => {
    stdout += text;
    for (;;) {
      const rest = stdout.slice(consumed);
      const match = prompt.exec(rest);
      if (!match) return;
      consumed += match.index + match[0].length;
      const reply = onPrompt(match, rest.slice(0, match.index));
      if (reply === undefined) continue;
      if (reply === 'SIGINT') {
        session.interrupt();
        continue;
      }
      const lines = reply.split('\n');
      const end = lines.at(-1) === 'EOF';
      if (end) lines.pop();
      if (lines.length > 0) session.write(`${lines.join('\n')}\n`);
      if (end) session.end();
    }
  });
  return session.ended;
}

type Endpoint = Omit<LiveSession, 'ended'> & { readonly ended: Promise<Transcript> };

function inProcess(argv: string[], env: Record<string, string>): Endpoint {
  const session = startCli(argv, env);
  return { ...session, ended: session.ended.then((ended) => ({ signal: null, ...ended })) };
}

/** The real binary as a child process, driven as startCli drives the program in process. */
function startBinary(argv: string[], env: Record<string, string>): Endpoint {
  const child = spawn(process.execPath, [BIN, ...argv], { cwd: ROOT, env: cleanEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const listeners: Array<(text: string) => void> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    stdout += text;
    for (const listener of listeners) listener(text);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const ended = new Promise<Transcript>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return {
    write: (text) => void child.stdin.write(text),
    end: () => void child.stdin.end(),
    interrupt: () => void child.kill('SIGINT'),
    onStdout: (listener) => void listeners.push(listener),
    ended,
  };
}

/** `reply` gets each question as shown and returns the line to type, `EOF`, or `SIGINT` for Ctrl+C. */
export async function converse(
  argv: string[],
  env: Record<string, string>,
  reply: (q: ShownQuestion) => string,
  options: { binary?: boolean } = {},
): Promise<Conversation> {
  const questions: ShownQuestion[] = [];
  const transcript = await talkTo(
    argv,
    env,
    PROMPT,
    (_match, block) => {
      const question = parseQuestion(block.slice(Math.max(0, block.lastIndexOf('Question '))));
      if (!question) return undefined;
      questions.push(question);
      return reply(question);
    },
    options,
  );
  return { ...transcript, questions };
}

/** The letters whose text is in `texts` (e.g. the right answers of a fixture question). */
export function lettersOf(question: ShownQuestion, texts: readonly string[]): string {
  return texts.map((text) => [...question.choices].find(([, shown]) => shown === text)?.[0] ?? '?').join('');
}
