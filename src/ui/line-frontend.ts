/**
 * Line mode, for scripts, screen readers and tests. The protocol (README, "Line mode"):
 *   Question i/n [id]       — one line, then the prompt, then `A) text` per choice
 *   Answer:                 — then one line of letters is read; an invalid line gets a one-line hint;
 *                             `u` undoes the previous answer, `s` suspends this question, `q` quits
 *   Correct… / Incorrect…   — then the correct letters, the whys and the explanation, then
 *   Rating: … / Next review: …  what the answer did to the schedule
 * End of input ends the session normally.
 */
import type { Presented } from '../engine/grading.ts';
import type { Outcome } from '../engine/session.ts';
import { parseAnswer } from './answer-input.ts';
import type { FrontEnd, Progress, Reply } from './frontend.ts';
import type { LineReader } from './line-reader.ts';
import type { Output } from './output.ts';
import { choiceLines, feedbackLines, promptLines, type FeedbackNotes } from './render.ts';
import type { RenderEnv } from './render-env.ts';
import { wrap } from './width.ts';

export function lineFrontEnd(out: Output, reader: LineReader, env: RenderEnv): FrontEnd {
  let helped = false;
  return {
    async ask(presented: Presented, progress: Progress): Promise<Reply> {
      if (!helped) {
        out.print(wrap(env.say.answerHelp, env.width));
        helped = true;
      }
      out.print(`Question ${progress.index + 1}/${progress.total} [${presented.question.id}]`);
      for (const line of promptLines(presented, env)) out.print(line);
      for (const line of choiceLines(presented, env)) out.print(line);
      out.print('Answer:');
      for (;;) {
        const line = await reader.next();
        if (line === null) return { kind: 'end' };
        const word = line.trim().toLowerCase();
        if (word === 'u') {
          if (progress.canUndo) return { kind: 'undo' };
          out.print(wrap(env.say.nothingToUndo, env.width));
          continue;
        }
        if (word === 's') return { kind: 'suspend' };
        const parsed = parseAnswer(line, presented, env.say);
        if (parsed.kind === 'invalid') {
          out.print(wrap(parsed.hint, env.width));
          continue;
        }
        return parsed;
      }
    },
    async feedback(outcome: Outcome, _progress: Progress, notes?: FeedbackNotes) {
      for (const line of feedbackLines(outcome, env, notes)) out.print(line);
      out.print('');
      return {};
    },
    print(lines) {
      for (const line of lines) out.print(line);
    },
    close() {
      reader.close();
    },
  };
}
