/**
 * A mock exam at a terminal. Each question is one menu: for a single-answer question its choices
 * (picking one answers and moves on), for the others an "Answer…" entry that opens the checkbox
 * or the order steps; then next, previous, flag, the question list, submit and pause, each also
 * on a key (n, p or the arrows, f, l, s, q). The question list is a grid of every question,
 * answered or not and flagged, to jump to any. Submitting asks first, naming how many questions
 * are unanswered and flagged; No is the default.
 *
 * Every prompt is also cancelled when the time the shell allows runs out, so a person sitting at
 * the menu sees the exam submitted at the end of the time; Ctrl+C becomes INTERRUPTED.
 */
import { Separator } from '@inquirer/prompts';
import { QuizError } from '../errors.ts';
import { choiceLabel, choiceShort, type PromptContext } from './choice-prompts.ts';
import { clockedSelect } from './clocked-select.ts';
import { watchCtrlD } from './ctrl-d.ts';
import type { ExamAction, ExamFrontEnd } from './exam-frontend.ts';
import { formatDuration, statusParts } from './exam-view.ts';
import { questionGrid } from './question-grid.ts';
import { flow } from './table.ts';
import type { Output } from './output.ts';
import { questionTypeUi } from './question-types/registry.ts';
import { choiceLines, promptLines } from './render.ts';
import type { RenderEnv } from './render-env.ts';
import type { InputStream, OutputStream } from './streams.ts';
import { stringWidth, wrap } from './width.ts';

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

  let keysShown = false;

  const rule = (text: string) => style.dim(`── ${text} ${'─'.repeat(Math.max(0, env.width - 4 - stringWidth(text)))}`);

  /** "Submit with 2 unanswered and 1 flagged?": No is the default, so a stray Enter does not submit. */
  const confirmSubmit = async (unanswered: number, flagged: number, waitMs: number, remainingMs: number): Promise<boolean | WaitOver> => {
    out.print('');
    const no = { name: say.examConfirmNo, value: false };
    const yes = { name: say.examConfirmYes, value: true };
    return within(waitMs, (context, guard) =>
      guard(() =>
        clockedSelect<boolean>(
          { message: withClock(say.examConfirmSubmit(unanswered, flagged), remainingMs), choices: [no, yes], default: false, keys: { n: false, y: true } },
          context,
        ),
      ),
    );
  };

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
      // Broken between its parts, never inside one ("flagge / d" was a terminal's wrapping).
      for (const line of flow(statusParts(screen, say, false), env.width, ' | ')) out.print(style.cyan(line));
      if (!keysShown) {
        keysShown = true;
        out.print(style.dim(wrap(say.examMenuKeys, env.width)));
      }

      type Pick = ExamAction | { readonly kind: 'open' } | { readonly kind: 'confirm' };
      const answerChoices: { name: string; value: Pick }[] =
        answerEntry === null
          ? presented.order.map((_, p) => ({ name: choiceLabel(presented, p, env), short: choiceShort(p), value: { kind: 'answer', positions: [p] } }))
          : [{ name: answerEntry, value: { kind: 'open' } }];
      const last = screen.index === screen.total - 1;
      const next: Pick = { kind: 'next' };
      const prev: Pick = { kind: 'prev' };
      const flag: Pick = { kind: 'flag' };
      const list: Pick = { kind: 'review' };
      const submit: Pick = { kind: 'confirm' };
      const pause: Pick = { kind: 'pause' };
      const actions: { name: string; value: Pick; disabled?: boolean }[] = [
        { name: last ? say.examNextLast : say.examNext, value: next },
        { name: say.examPrev, value: prev, disabled: screen.index === 0 },
        { name: flagged ? say.examUnflag : say.examFlag, value: flag },
        { name: say.examList, value: list },
        { name: say.examSubmitEntry, value: submit },
        { name: say.examPause, value: pause },
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
              keys: { n: next, p: prev, f: flag, l: list, s: submit, q: pause },
              arrows: { left: prev, right: next },
            },
            context,
          ),
        );
        if (picked.kind === 'open') {
          const positions = await type.pick(presented, env, context, guard, answer ?? []);
          return { kind: 'answer', positions } as const;
        }
        return picked;
      });
      if (result instanceof WaitOver) return { kind: 'none' };
      if (result.kind !== 'confirm') return result;
      const sure = await confirmSubmit(screen.toAnswer, screen.flagged, waitMs, screen.remainingMs);
      return sure === true ? { kind: 'submit' } : { kind: 'none' };
    },

    async review(screen, _repeat, waitMs) {
      out.print('');
      out.print(rule(say.examReviewTitle));
      const unanswered = new Set(screen.unanswered);
      const flaggedSet = new Set(screen.flagged);
      const cells = Array.from({ length: screen.total }, (_, i) => ({ mark: unanswered.has(i) ? '-' : '✓', flagged: flaggedSet.has(i) }));
      const message = `${say.examGridTitle(screen.total - unanswered.size, screen.total, flaggedSet.size)}  ${say.examTimeLeft(formatDuration(screen.remainingMs))}`;
      const choice = await within(waitMs, (context, guard) =>
        guard(() =>
          questionGrid(
            { message, cells, start: screen.current, legend: wrap(say.examGridLegend, env.width), width: env.width, keys: { s: 'submit', q: 'pause' } },
            context,
          ),
        ),
      );
      if (choice instanceof WaitOver) return { kind: 'none' };
      if (choice.kind === 'open') return { kind: 'goto', index: choice.index };
      if (choice.kind === 'back') return { kind: 'back' };
      if (choice.key === 'pause') return { kind: 'pause' };
      const sure = await confirmSubmit(unanswered.size, flaggedSet.size, waitMs, screen.remainingMs);
      return sure === true ? { kind: 'submit' } : { kind: 'none' };
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
