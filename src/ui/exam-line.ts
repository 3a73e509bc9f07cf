/**
 * A mock exam in line mode, for scripts, screen readers and tests (README, "Exam day"):
 *   Question i/n [id]        — then the prompt and `A) text` per choice, as in every session
 *   Time left 2:09:58 | …    — the status line: time, questions left, pace, flags
 *   Answer:                  — then one line is read (see exam-input.ts); no feedback is given
 * and at the review:
 *   Unanswered: 2, 4 / Flagged: 3
 *   Submit? (y/n)
 * Status and review lines use the English protocol words in every language.
 */
import type { ExamFrontEnd } from './exam-frontend.ts';
import { parseExamLine, parseSubmitLine } from './exam-input.ts';
import { reviewLines, statusLine } from './exam-view.ts';
import type { LineReader } from './line-reader.ts';
import { messages } from './messages.ts';
import type { Output } from './output.ts';
import { choiceLines, promptLines } from './render.ts';
import type { RenderEnv } from './render-env.ts';
import { wrap } from './width.ts';

const TIMED_OUT = Symbol('timed out');
/** setTimeout's longest delay (about 24.8 days); a longer wait is just woken early. */
const MAX_WAIT_MS = 2_147_483_647;

/** The next line, or TIMED_OUT when none came within `ms` (the shell then looks at the clock). */
async function readWithin(reader: LineReader, ms: number): Promise<string | null | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), Math.max(1, Math.min(ms, MAX_WAIT_MS)))));
  try {
    // A read that loses the race is taken over by the next call (the reader keeps one waiter, and
    // lines arrive as I/O events, never between the timeout and the next call), so no line is lost.
    return await Promise.race([reader.next(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function lineExamFrontEnd(out: Output, reader: LineReader, env: RenderEnv): ExamFrontEnd {
  const protocol = messages('en');
  let helped = false;
  return {
    async question(screen, repeat, waitMs) {
      const { presented } = screen.item;
      if (!helped) {
        out.print(wrap(env.say.examLineHelp, env.width));
        helped = true;
      }
      if (!repeat) {
        out.print(`Question ${screen.index + 1}/${screen.total} [${presented.question.id}]`);
        for (const line of promptLines(presented, env)) out.print(line);
        for (const line of choiceLines(presented, env)) out.print(line);
        out.print(statusLine(screen, protocol));
        out.print('Answer:');
      }
      const line = await readWithin(reader, waitMs);
      if (line === TIMED_OUT) return { kind: 'none' };
      if (line === null) return { kind: 'pause' };
      const parsed = parseExamLine(line, presented, screen.total, env.say);
      if (parsed.kind === 'invalid') {
        out.print(wrap(parsed.hint, env.width));
        return { kind: 'none' };
      }
      return parsed;
    },
    async review(screen, repeat, waitMs) {
      if (!repeat) {
        for (const line of reviewLines(screen, protocol)) out.print(line);
        out.print(wrap(env.say.examReviewHint, env.width));
        out.print('Submit? (y/n)');
      }
      const line = await readWithin(reader, waitMs);
      if (line === TIMED_OUT) return { kind: 'none' };
      if (line === null) return { kind: 'pause' };
      const parsed = parseSubmitLine(line, screen.total, env.say);
      if (parsed.kind === 'invalid') {
        out.print(wrap(parsed.hint, env.width));
        return { kind: 'none' };
      }
      return parsed;
    },
    notice(text) {
      out.print(wrap(text, env.width));
    },
    print(lines) {
      for (const line of lines) out.print(line);
    },
    close() {
      reader.close();
    },
  };
}
