/**
 * Talking to a line-mode exam through the real binary: like conversation.ts, but an exam has two
 * prompts, `Answer:` under a question and `Submit? (y/n)` under the review.
 */
import { parseQuestion, talkTo, type ShownQuestion } from './conversation.ts';

export type ExamPrompt =
  | { readonly kind: 'question'; readonly question: ShownQuestion /** The status line above `Answer:`. */; readonly status: string }
  | { readonly kind: 'submit' /** What was printed since the last reply (the review). */; readonly block: string };

export interface ExamConversation {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly prompts: readonly ExamPrompt[];
}

const PROMPT = /^(Answer:|Submit\? \(y\/n\))$/m;

/** `reply` gets each prompt and returns the line(s) to type, ending with 'EOF' to close the input, or 'SIGINT' for Ctrl+C. */
export async function converseExam(
  argv: string[],
  env: Record<string, string>,
  reply: (prompt: ExamPrompt, step: number) => string,
): Promise<ExamConversation> {
  const prompts: ExamPrompt[] = [];
  const transcript = await talkTo(argv, env, PROMPT, (match, block) => {
    let prompt: ExamPrompt;
    if (match[1] === 'Answer:') {
      const question = parseQuestion(block.slice(Math.max(0, block.lastIndexOf('Question '))));
      if (!question) throw new Error(`no question above the prompt:\n${block}`);
      const status = block.trimEnd().split('\n').at(-1) ?? '';
      prompt = { kind: 'question', question, status };
    } else prompt = { kind: 'submit', block };
    prompts.push(prompt);
    return reply(prompt, prompts.length);
  });
  return { code: transcript.code, stdout: transcript.stdout, stderr: transcript.stderr, prompts };
}
