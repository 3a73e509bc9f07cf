/**
 * Runs a mock exam in the terminal: the engine's MockExam holds the state, a front end shows and
 * asks, and this loop owns the clock and the saving.
 *
 * - The unfinished exam is saved (an `exam-progress` entry) at the start and after every answer
 *   and flag, so an interrupted exam resumes with its answers and the time it had left.
 * - The clock is checked before each question is shown and again when a reply comes back; an
 *   answer that arrives after the deadline is not counted and the exam is submitted. Front ends
 *   also give up waiting at the deadline, so time running out submits even with nobody typing.
 * - `q`, the menu's pause or end of input keep the exam for `exam --resume` (exit 0); Ctrl+C does
 *   the same and exits 130.
 */
import type { MockExam } from '../engine/exam.ts';
import { isQuizError } from '../errors.ts';
import type { Scheduler } from '../srs/scheduler.ts';
import type { ScoreFile } from '../store/score-file.ts';
import type { ExamFrontEnd, ExamScreen, ReviewScreen } from '../ui/exam-frontend.ts';
import { lineExamFrontEnd } from '../ui/exam-line.ts';
import { formatDuration, resultLines } from '../ui/exam-view.ts';
import { createLineReader } from '../ui/line-reader.ts';
import { messages, type Messages } from '../ui/messages.ts';
import type { Context } from './context.ts';
import { examEntries } from './exam-record.ts';
import { interactive, renderEnv } from './study.ts';

export interface ExamRun {
  readonly exam: MockExam;
  readonly store: ScoreFile;
  readonly scheduler: Scheduler;
  /** Printed before the first question (what kind of exam, or where a resumed one stands). */
  readonly intro: readonly string[];
}

type Ending = 'submit' | 'timeout' | 'pause';

/** Returns the exit code: 0, or 130 after Ctrl+C. */
export async function runExam(ctx: Context, run: ExamRun): Promise<number> {
  const say = messages(ctx.lang);
  const { exam, store } = run;
  const now = () => ctx.clock().getTime();
  const saveProgress = () => store.record([{ k: 'exam-progress', progress: exam.toProgress(now()) }]);
  saveProgress();

  const frontEnd = await createExamFrontEnd(ctx);
  frontEnd.print(run.intro);
  let ending: Ending | 'interrupt';
  try {
    ending = await drive(exam, frontEnd, now, saveProgress, say);
  } catch (error) {
    if (!(isQuizError(error) && error.code === 'INTERRUPTED')) throw error;
    ending = 'interrupt';
  } finally {
    frontEnd.close();
  }

  ctx.out.print('');
  if (ending === 'submit' || ending === 'timeout') {
    const result = exam.submit(now());
    // Saved before anything is shown: the result is safe even if printing is cut short.
    store.record(examEntries(result, store.data.cards, run.scheduler));
    const protocol = interactive(ctx) ? say : messages('en');
    for (const line of resultLines(result, renderEnv(ctx), protocol)) ctx.out.print(line);
  } else {
    saveProgress();
    const answered = exam.count - exam.unanswered().length;
    ctx.out.print(ctx.out.style.bold(say.examPaused(answered, exam.count, formatDuration(exam.remainingMs(now())))));
    ctx.out.print(say.examResumeHint);
  }
  store.checkpoint(ctx.clock());
  if (ending !== 'interrupt') return 0;
  ctx.err.print(say.interrupted);
  return 130;
}

async function createExamFrontEnd(ctx: Context): Promise<ExamFrontEnd> {
  const env = renderEnv(ctx);
  if (interactive(ctx)) {
    const { interactiveExamFrontEnd } = await import('../ui/exam-interactive.ts');
    return interactiveExamFrontEnd(ctx.out, { input: ctx.io.stdin, output: ctx.io.stdout }, env);
  }
  return lineExamFrontEnd(ctx.out, createLineReader(ctx.io.stdin, ctx.io.interrupt), env);
}

/** The exam loop: until submitted, timed out or paused. */
async function drive(exam: MockExam, frontEnd: ExamFrontEnd, now: () => number, saveProgress: () => void, say: Messages): Promise<Ending> {
  // `repeat`: what is on screen still stands (after a notice or an invalid line); only ask again.
  let repeat = false;
  let reviewing = false;
  for (;;) {
    const shownAt = now();
    if (exam.expired(shownAt)) return 'timeout';
    if (reviewing) {
      const action = await frontEnd.review(reviewScreen(exam, shownAt), repeat, exam.remainingMs(shownAt));
      repeat = false;
      if (exam.expired(now())) return 'timeout';
      if (action.kind === 'submit' || action.kind === 'pause') return action.kind;
      if (action.kind === 'none') {
        repeat = true;
        continue;
      }
      if (action.kind === 'goto') exam.goTo(action.index);
      reviewing = false;
      continue;
    }

    const action = await frontEnd.question(questionScreen(exam, shownAt), repeat, exam.remainingMs(shownAt));
    repeat = false;
    // A reply that comes after the deadline is not taken: the exam was over when it was typed.
    if (exam.expired(now())) return 'timeout';
    const index = exam.current;
    switch (action.kind) {
      case 'answer':
        exam.answer(index, action.positions);
        saveProgress();
        reviewing = !exam.next();
        break;
      case 'next':
        reviewing = !exam.next();
        break;
      case 'prev':
        if (!exam.prev()) {
          frontEnd.notice(say.examFirst);
          repeat = true;
        }
        break;
      case 'goto':
        exam.goTo(action.index);
        break;
      case 'flag':
        if (exam.item(index).flagged) exam.unflag(index);
        else exam.flag(index);
        saveProgress();
        frontEnd.notice(exam.item(index).flagged ? say.examFlaggedNotice(index + 1) : say.examUnflaggedNotice(index + 1));
        repeat = true;
        break;
      case 'review':
        reviewing = true;
        break;
      case 'pause':
        return 'pause';
      case 'none':
        repeat = true;
        break;
    }
  }
}

function questionScreen(exam: MockExam, at: number): ExamScreen {
  return {
    index: exam.current,
    total: exam.count,
    item: exam.item(exam.current),
    remainingMs: exam.remainingMs(at),
    toAnswer: exam.unanswered().length,
    flagged: exam.flagged().length,
  };
}

function reviewScreen(exam: MockExam, at: number): ReviewScreen {
  return { total: exam.count, unanswered: exam.unanswered(), flagged: exam.flagged(), remainingMs: exam.remainingMs(at), current: exam.current };
}
