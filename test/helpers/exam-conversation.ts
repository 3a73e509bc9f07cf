/**
 * Talking to a line-mode exam through the real binary: like conversation.ts, but an exam has two
 * prompts, `Answer:` under a question and `Submit? (y/n)` under the review.
 */
import { spawn } from 'node:child_process';
import { BIN, ROOT, cleanEnv } from './cli.ts';
import { parseQuestion, type ShownQuestion } from './conversation.ts';

export type ExamPrompt =
  | { readonly kind: 'question'; readonly question: ShownQuestion; /** The status line above `Answer:`. */ readonly status: string }
  | { readonly kind: 'submit'; /** What was printed since the last reply (the review). */ readonly block: string };

export interface ExamConversation {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly prompts: readonly ExamPrompt[];
}

const PROMPT = /^(Answer:|Submit\? \(y\/n\))$/m;

/** `reply` gets each prompt and returns the line(s) to type, ending with 'EOF' to close the input, or 'SIGINT' for Ctrl+C. */
export function converseExam(argv: string[], env: Record<string, string>, reply: (prompt: ExamPrompt, step: number) => string): Promise<ExamConversation> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: ROOT, env: cleanEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let consumed = 0;
    const prompts: ExamPrompt[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      for (;;) {
        const rest = stdout.slice(consumed);
        const match = PROMPT.exec(rest);
        if (!match) return;
        const block = rest.slice(0, match.index);
        consumed += match.index + match[0].length;
        let prompt: ExamPrompt;
        if (match[1] === 'Answer:') {
          const question = parseQuestion(block.slice(Math.max(0, block.lastIndexOf('Question '))));
          if (!question) throw new Error(`no question above the prompt:\n${block}`);
          const status = block.trimEnd().split('\n').at(-1) ?? '';
          prompt = { kind: 'question', question, status };
        } else prompt = { kind: 'submit', block };
        prompts.push(prompt);
        const lines = reply(prompt, prompts.length).split('\n');
        // A last line EOF closes the input after the lines before it (e.g. "f\nEOF": flag, then end).
        const end = lines.at(-1) === 'EOF';
        if (end) lines.pop();
        if (lines.length === 1 && lines[0] === 'SIGINT') child.kill('SIGINT');
        else if (lines.length > 0) child.stdin.write(lines.join('\n') + '\n');
        if (end) child.stdin.end();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, prompts }));
  });
}
