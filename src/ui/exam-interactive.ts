/**
 * A mock exam at a terminal. Each question is one menu: for a single-answer question its choices
 * (picking one answers and moves on), for the others an "Answer…" entry that opens the checkbox
 * or the order steps; then next, previous, flag, review and submit, pause. The review lists the
 * unanswered and flagged questions to jump to, and submits.
 *
 * Every prompt is also cancelled when the time the shell allows runs out, so a person sitting at
 * the menu sees the exam submitted at the end of the time; Ctrl+C becomes INTERRUPTED.
 */
import { Separator } from '@inquirer/prompts';
import { QuizError } from '../errors.ts';
import { choiceLabel, choiceShort, type PromptContext } from './choice-prompts.ts';
import { clockedSelect } from './clocked-select.ts';
import { watchCtrlD } from './ctrl-d.ts';
import type { ExamAction, ExamFrontEnd, ReviewAction } from './exam-frontend.ts';
import { formatDuration, reviewLines, statusLine } from './exam-view.ts';
import type { Output } from './output.ts';
import { questionTypeUi } from './question-types/registry.ts';
import { choiceLines, promptLines } from './render.ts';
import type { RenderEnv } from './render-env.ts';
import type { InputStream, OutputStream } from './streams.ts';
import { stringWidth } from './width.ts';

const MAX_WAIT_MS = 2_147_483_647;

/** Thrown inside a prompt when the wait ran out; never leaves this file. */
class WaitOver extends Error {}

export function interactiveExamFrontEnd(
  out: Output,
  streams: { readonly input: InputStream; readonly output: OutputStream; readonly hangup?: AbortSignal },
  env: RenderEnv,
): ExamFrontEnd {
  const { style, say } = env;
  const ctrlD = watchCtrlD(streams.input, streams.hangup);

  /** Run prompts with one timer over them all: when it fires, the open prompt is cancelled. */
  async function within<T>(waitMs: number, run: (context: PromptContext, guard: <U>(p: () => Promise<U>) => Promise<U>) => Promise<T>): Promise<T | WaitOver> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), Math.max(1, Math.min(waitMs, MAX_WAIT_MS)));
    // The timer's abort means "time is up"; Ctrl+D's (or Ctrl+C's) means the person stopped.
    const signal = AbortSignal.any([controller.signal, ctrlD.signal]);
    const context: PromptContext = { input: streams.input, output: streams.output, clearPromptOnDone: false, signal };
    const guard = async <U>(p: () => Promise<U>): Promise<U> => {
      try {
        return await p();
      } catch (error) {
        if (!(error instanceof Error)) throw error;
        if (error.name === 'AbortPromptError' && controller.signal.aborted && !ctrlD.signal.aborted) throw new WaitOver();
        if (error.name === 'ExitPromptError' || error.name === 'AbortPromptError') throw new QuizError('INTERRUPTED', 'interrupted');
        throw error;
      }
    };
    try {
      return await run(context, guard);
    } catch (error) {
      if (error instanceof WaitOver) return error;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Menu lines that fit the terminal (the question line needs one more). A menu taller than the
   * screen cannot be redrawn in place, and the running clock would then fill the scrollback.
   */
  const pageSize = () => Math.max(3, Math.min(16, (streams.output.rows ?? 24) - 2));

  /** The menu's question with the time left, counting down while the menu waits. */
  const withClock = (message: string, remainingMs: number) => (elapsedMs: number) => `${message}  ${say.examTimeLeft(formatDuration(remainingMs - elapsedMs))}`;

  const rule = (text: string) => style.dim(`── ${text} ${'─'.repeat(Math.max(0, env.width - 4 - stringWidth(text)))}`);

  return {
    async question(screen, _repeat, waitMs) {
      const { presented, answer, flagged } = screen.item;
      const { question } = presented;
      const type = questionTypeUi(question.type);
      // null: the choices are entries of the menu (a single answer: picking one answers).
      const answerEntry = type.examEntry(question, env.lang);
      out.print('');
      out.print(rule(`${say.questionWord} ${screen.index + 1}/${screen.total}${flagged ? `  ⚑ ${say.examFlaggedWord}` : ''}`));
      out.print(style.dim(`[${question.id}]`));
      for (const line of promptLines(presented, env, 'menu')) out.print(line);
      // Choices not in the menu are read here, before "Answer…".
      if (answerEntry !== null) for (const line of choiceLines(presented, env)) out.print(line);
      out.print('');
      out.print(style.cyan(statusLine(screen, say, false)));

      type Pick = ExamAction | { readonly kind: 'open' };
      const answerChoices: { name: string; value: Pick }[] =
        answerEntry === null
          ? presented.order.map((_, p) => ({ name: choiceLabel(presented, p, env), short: choiceShort(p), value: { kind: 'answer', positions: [p] } }))
          : [{ name: answerEntry, value: { kind: 'open' } }];
      const last = screen.index === screen.total - 1;
      const actions: { name: string; value: Pick; disabled?: boolean }[] = [
        { name: last ? say.examNextLast : say.examNext, value: { kind: 'next' } },
        { name: say.examPrev, value: { kind: 'prev' }, disabled: screen.index === 0 },
        { name: flagged ? say.examUnflag : say.examFlag, value: { kind: 'flag' } },
        { name: say.examReviewSubmit, value: { kind: 'review' } },
        { name: say.examPause, value: { kind: 'pause' } },
      ];
      // The cursor starts on the saved answer, so a revisit shows what was chosen.
      const saved = answerEntry === null && answer ? answerChoices[answer[0] ?? -1]?.value : undefined;
      const result = await within(waitMs, async (context, guard) => {
        const picked = await guard(() =>
          clockedSelect<Pick>(
            {
              message: withClock(say.examMenu, screen.remainingMs),
              choices: [...answerChoices, new Separator(), ...actions],
              default: saved,
              pageSize: pageSize(),
            },
            context,
          ),
        );
        if (picked.kind !== 'open') return picked;
        const positions = await type.pick(presented, env, context, guard, answer ?? []);
        return { kind: 'answer', positions } as const;
      });
      return result instanceof WaitOver ? { kind: 'none' } : result;
    },

    async review(screen, _repeat, waitMs) {
      out.print('');
      out.print(rule(say.examReviewTitle));
      for (const line of reviewLines(screen, say)) out.print(line);
      const clean = screen.unanswered.length === 0 && screen.flagged.length === 0;
      const submit: ReviewAction = { kind: 'submit' };
      const back: ReviewAction = { kind: 'back' };
      const choices = [
        { name: say.examSubmitNow, value: submit },
        { name: say.examBackTo(screen.current + 1), value: back },
        ...screen.unanswered.map((i) => ({ name: say.examGoUnanswered(i + 1), value: { kind: 'goto', index: i } as ReviewAction })),
        ...screen.flagged.map((i) => ({ name: say.examGoFlagged(i + 1), value: { kind: 'goto', index: i } as ReviewAction })),
        { name: say.examPause, value: { kind: 'pause' } as ReviewAction },
      ];
      const result = await within(waitMs, (context, guard) =>
        guard(() =>
          clockedSelect<ReviewAction>(
            { message: withClock(say.examSubmitQuestion, screen.remainingMs), choices, default: clean ? submit : back, pageSize: pageSize() },
            context,
          ),
        ),
      );
      return result instanceof WaitOver ? { kind: 'none' } : result;
    },

    notice(text) {
      out.print(style.yellow(text));
    },
    print(lines) {
      for (const line of lines) out.print(line);
    },
    close() {
      ctrlD.stop();
    },
  };
}
