/**
 * Showing a mock exam's result, a new one or one from the history: the score and the domain
 * table first, then the questions. At a terminal every question is paged through, right ones too
 * (the score, once shown, no longer scrolls away behind 40 explanations), and the score is said
 * again at the end; in line mode, a new exam lists its missed questions (`Missed i/n [id]`) and
 * `exam --show` every question (`Right i/n [id]` too).
 */
import type { QuestionResult } from '../engine/exam-score.ts';
import { reviewedQuestionLines, type ScoreView, scoreLines } from '../ui/exam-view.ts';
import { messages } from '../ui/messages.ts';
import type { Context } from './context.ts';
import { interactive, renderEnv } from './study.ts';

export interface ShownResult {
  readonly score: ScoreView;
  readonly results: readonly QuestionResult[];
  /** "Exam submitted.", "Time is up…", or the date of a past exam. */
  readonly heading: string;
}

export async function printResult(ctx: Context, shown: ShownResult, lineMode: 'missed' | 'all'): Promise<void> {
  const env = renderEnv(ctx);
  const { say, style } = env;
  const atTerminal = interactive(ctx);
  // The lines scripts read stay English in line mode.
  const protocol = atTerminal ? say : messages('en');
  const top = scoreLines(shown.score, shown.heading, env, protocol);
  for (const line of top) ctx.out.print(line);
  const total = shown.results.length;
  if (atTerminal) {
    const { pageResult } = await import('../ui/exam-result-pager.ts');
    await pageResult(
      ctx.out,
      { input: ctx.io.stdin, output: ctx.io.stdout, ...(ctx.io.interrupt ? { hangup: ctx.io.interrupt } : {}) },
      env,
      protocol,
      shown.results,
    );
    // The score once more, where the eye is at the end.
    ctx.out.print('');
    for (const line of top.slice(1, 4)) ctx.out.print(line);
    return;
  }
  const listed = shown.results.flatMap((r, i) => (lineMode === 'all' || !r.correct ? [{ r, i }] : []));
  const missed = shown.results.filter((r) => !r.correct).length;
  ctx.out.print('');
  ctx.out.print(style.bold(missed > 0 ? say.examMissedTitle(missed) : say.examNoneMissed));
  for (const { r, i } of listed) {
    ctx.out.print('');
    for (const line of reviewedQuestionLines(r, i, total, env, protocol)) ctx.out.print(line);
  }
}
