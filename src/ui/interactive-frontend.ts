/**
 * The interactive front end: inquirer prompts (select for one answer, checkbox for "choose N",
 * and picking items one by one for an order). Ctrl+C in a prompt becomes an INTERRUPTED error,
 * which the session turns into save, summary, exit 130.
 */
import { QuizError } from '../errors.ts';
import type { Outcome } from '../engine/session.ts';
import type { InputStream, OutputStream } from './streams.ts';
import type { AfterFeedback, FrontEnd, Progress, Reply } from './frontend.ts';
import { clockedSelect } from './clocked-select.ts';
import { watchCtrlD } from './ctrl-d.ts';
import type { Output } from './output.ts';
import { questionTypeUi } from './question-types/registry.ts';
import { feedbackLines, promptLines, type FeedbackNotes } from './render.ts';
import type { RenderEnv } from './render-env.ts';
import { stringWidth } from './width.ts';

interface Streams {
  readonly input: InputStream;
  readonly output: OutputStream;
  /** Aborted when the process is told to stop (SIGHUP, SIGTERM): the open prompt ends as Ctrl+C. */
  readonly hangup?: AbortSignal;
}

async function prompt<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new QuizError('INTERRUPTED', 'interrupted');
    }
    throw error;
  }
}

export function interactiveFrontEnd(out: Output, streams: Streams, env: RenderEnv, monotonic: () => number): FrontEnd {
  const { style, say } = env;
  const ctrlD = watchCtrlD(streams.input, streams.hangup);
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false, signal: ctrlD.signal };
  const progressLine = (progress: Progress) => {
    const bar = `${progress.index + 1}/${progress.total}`;
    const score = progress.index > 0 ? `  ${say.scoreSoFar}: ${progress.correct}/${progress.index}` : '';
    return style.dim(`── ${say.questionWord} ${bar}${score} ${'─'.repeat(Math.max(0, env.width - 20 - stringWidth(bar + score)))}`);
  };

  return {
    async ask(presented, progress): Promise<Reply> {
      out.print('');
      out.print(progressLine(progress));
      out.print(style.dim(`[${presented.question.id}]`));
      for (const line of promptLines(presented, env, 'menu')) out.print(line);
      out.print('');
      const started = monotonic();
      const positions = await questionTypeUi(presented.question.type).pick(presented, env, context, prompt);
      return { kind: 'answer', positions, elapsedMs: Math.round(monotonic() - started) };
    },
    async feedback(outcome: Outcome, _progress: Progress, notes?: FeedbackNotes): Promise<AfterFeedback> {
      out.print('');
      for (const line of feedbackLines(outcome, env, notes)) out.print(line);
      out.print('');
      // Marks re-rate the answer; an unrated answer (cram) has nothing to re-rate.
      const marks =
        outcome.correct && outcome.rating !== undefined
          ? [
              { name: say.markEasy, value: 'easy' as const },
              { name: say.markUnsure, value: 'unsure' as const },
            ]
          : [];
      const choices = [
        { name: say.next, value: 'next' as const },
        ...marks,
        { name: say.menuUndo, value: 'undo' as const },
        { name: say.menuSuspend, value: 'suspend' as const },
        { name: say.quit, value: 'quit' as const },
      ];
      const keys = { u: 'undo', s: 'suspend', q: 'quit' } as const;
      const choice = await prompt(() => clockedSelect({ message: () => say.continuePrompt, choices, keys, pageSize: choices.length }, context));
      if (choice === 'quit') return { quit: true };
      if (choice === 'undo') return { undo: true };
      if (choice === 'suspend') return { suspend: true };
      if (choice === 'easy' || choice === 'unsure') return { mark: choice };
      return {};
    },
    print(lines) {
      for (const line of lines) out.print(line);
    },
    close() {
      ctrlD.stop();
    },
  };
}
