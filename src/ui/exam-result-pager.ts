/**
 * A mock exam's result at a terminal, after its score: every question in turn, right ones too,
 * each with the answer given, the right one and why. Keys: n or → next, p or ← previous, l the
 * list of questions (right or missed) to jump to, q done. Ctrl+C or Ctrl+D also ends it: the
 * result is saved before any of this is shown.
 */
import type { QuestionResult } from '../engine/exam-score.ts';
import { clockedSelect } from './clocked-select.ts';
import { watchCtrlD } from './ctrl-d.ts';
import { reviewedQuestionLines } from './exam-view.ts';
import type { Messages } from './messages.ts';
import type { Output } from './output.ts';
import { questionGrid } from './question-grid.ts';
import type { RenderEnv } from './render-env.ts';
import type { InputStream, OutputStream } from './streams.ts';
import { wrap } from './width.ts';

type Step = 'next' | 'prev' | 'list' | 'done';

export async function pageResult(
  out: Output,
  streams: { readonly input: InputStream; readonly output: OutputStream; readonly hangup?: AbortSignal },
  env: RenderEnv,
  protocol: Messages,
  results: readonly QuestionResult[],
): Promise<void> {
  const { say, style } = env;
  const ctrlD = watchCtrlD(streams.input, streams.hangup);
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false, signal: ctrlD.signal };
  let index = 0;
  try {
    out.print(style.dim(wrap(say.resultPagerKeys, env.width)));
    for (;;) {
      const result = results[index];
      if (!result) return;
      out.print('');
      for (const line of reviewedQuestionLines(result, index, results.length, env, protocol)) out.print(line);
      out.print('');
      const last = index === results.length - 1;
      const choices = [
        { name: say.examNext, value: 'next' as Step, disabled: last },
        { name: say.examPrev, value: 'prev' as Step, disabled: index === 0 },
        { name: say.examList, value: 'list' as Step },
        { name: `${say.resultDone} (q)`, value: 'done' as Step },
      ];
      const step = await clockedSelect<Step>(
        {
          message: () => say.resultPagerTitle(index + 1, results.length),
          choices,
          default: last ? 'done' : 'next',
          keys: { n: 'next', p: 'prev', l: 'list', q: 'done' },
          arrows: { left: 'prev', right: 'next' },
        },
        context,
      );
      if (step === 'done') return;
      if (step === 'next') index = Math.min(results.length - 1, index + 1);
      else if (step === 'prev') index = Math.max(0, index - 1);
      else {
        const cells = results.map((r) => ({ mark: r.correct ? '✓' : '✗' }));
        const right = results.filter((r) => r.correct).length;
        const choice = await questionGrid(
          { message: say.resultGridTitle(right, results.length), cells, start: index, legend: wrap(say.resultGridLegend, env.width), width: env.width },
          context,
        );
        if (choice.kind === 'open') index = choice.index;
      }
    }
  } catch (error) {
    // Ctrl+C, Ctrl+D, a closed terminal: the pages end; the result was saved before they began.
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) return;
    throw error;
  } finally {
    ctrlD.stop();
  }
}
