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
 * - A save that fails does not end the exam: the changes wait in memory for the next save. The
 *   result is shown only once it is saved; if it cannot be, the exam stays unfinished (exit 1), to
 *   be submitted again with `exam --resume`. A copy of the same exam submitted in another
 *   terminal first ends this one (exit 1): an exam is submitted once.
 */
import { steadyClock } from '../engine/clock.ts';
import type { MockExam } from '../engine/exam.ts';
import { isQuizError, QuizError } from '../errors.ts';
import type { Scheduler } from '../srs/scheduler.ts';
import { progressOf } from '../store/exam-progress.ts';
import type { ScoreFile } from '../store/score-file.ts';
import type { ScoreData } from '../store/score-types.ts';
import type { ExamFrontEnd, ExamScreen, ReviewScreen } from '../ui/exam-frontend.ts';
import { lineExamFrontEnd } from '../ui/exam-line.ts';
import { formatDuration } from '../ui/exam-view.ts';
import { createLineReader } from '../ui/line-reader.ts';
import { wrap } from '../ui/width.ts';
import { messages, type Messages } from '../ui/messages.ts';
import type { Context } from './context.ts';
import { examEntries } from './exam-record.ts';
import { printResult } from './exam-result.ts';
import { SaveQueue } from './save-queue.ts';
import { interactive, renderEnv, welcomeLines } from './study.ts';

export interface ExamRun {
  readonly exam: MockExam;
  readonly store: ScoreFile;
  readonly scheduler: Scheduler;
  /** Printed before the first question (what kind of exam, or where a resumed one stands). */
  readonly intro: readonly string[];
}

type Ending = 'submit' | 'timeout' | 'pause';

/** Returns the exit code: 0, 1 when the exam could not be recorded, or 130 after Ctrl+C. */
export async function runExam(ctx: Context, run: ExamRun): Promise<number> {
  const say = messages(ctx.lang);
  const { exam, store } = run;
  // The exam's time never runs backwards: a clock set back mid-exam does not add time.
  const now = steadyClock(() => ctx.clock().getTime());
  const saves = new SaveQueue(store);
  // A copy of this exam submitted in another terminal ends this one: it cannot be submitted twice.
  const notSubmitted = { guard: (data: ScoreData) => assertNotSubmitted(data, exam.id) };
  const frontEnd = await createExamFrontEnd(ctx);
  const saveProgress = () => {
    const failure = saves.save([{ k: 'exam-progress', progress: progressOf(exam.toSnapshot(now())) }], notSubmitted);
    if (failure) frontEnd.print([ctx.out.style.red.bold(`Not saved — ${failure.messageIn(ctx.lang)}`), say.examNotSavedGoesOn(saves.unsavedEntries)]);
  };

  let ending: Ending | 'interrupt' | 'submitted-elsewhere' = 'pause';
  try {
    // Read before the first save, which makes the file no longer empty.
    const welcome = welcomeLines(ctx, store);
    saveProgress();
    frontEnd.print([...welcome, ...run.intro]);
    ending = await drive(exam, frontEnd, now, saveProgress, say);
  } catch (error) {
    if (isQuizError(error) && error.code === 'INTERRUPTED') ending = 'interrupt';
    else if (isQuizError(error) && error.code === 'ALREADY_SUBMITTED') ending = 'submitted-elsewhere';
    else throw error;
  } finally {
    frontEnd.close();
  }

  ctx.out.print('');
  let exitCode = ending === 'interrupt' ? 130 : 0;
  try {
    if (ending === 'submitted-elsewhere') throw new QuizError('ALREADY_SUBMITTED', exam.id);
    if (ending === 'submit' || ending === 'timeout') {
      const result = exam.submit(now());
      // Saved before anything is shown: a result on screen is a result on disk.
      const failure = saves.saveOrDrop(examEntries(result, store.data.cards, run.scheduler), notSubmitted);
      if (failure) {
        // The exam stays unfinished as last saved, to be submitted again.
        ctx.out.print(ctx.out.style.red.bold(`Not saved — ${failure.messageIn(ctx.lang)}`));
        ctx.out.print(wrap(say.examNotSubmitted, renderEnv(ctx).width));
        exitCode = 1;
      } else {
        await printResult(ctx, { score: result.score, results: result.score.results, heading: result.timedOut ? say.examTimeUp : say.examSubmitted }, 'missed');
      }
    } else {
      saveProgress();
      const answered = exam.count - exam.unanswered().length;
      const width = renderEnv(ctx).width;
      ctx.out.print(ctx.out.style.bold(wrap(say.examPaused(answered, exam.count, formatDuration(exam.remainingMs(now()))), width)));
      ctx.out.print(wrap(say.examResumeHint, width));
    }
  } catch (error) {
    if (!(isQuizError(error) && error.code === 'ALREADY_SUBMITTED')) throw error;
    ctx.err.print(say.examAlreadySubmitted);
    exitCode = 1;
  }
  const lost = saves.flush();
  if (lost) throw saves.lostError(lost);
  store.checkpoint(ctx.clock());
  if (exitCode === 130) ctx.err.print(say.interrupted);
  return exitCode;
}

function assertNotSubmitted(data: ScoreData, id: string): void {
  if (data.submittedExams.includes(id)) throw new QuizError('ALREADY_SUBMITTED', { en: `exam ${id} was already submitted`, ja: `試験 ${id} は提出済みです` });
}

async function createExamFrontEnd(ctx: Context): Promise<ExamFrontEnd> {
  const env = renderEnv(ctx);
  if (interactive(ctx)) {
    const { interactiveExamFrontEnd } = await import('../ui/exam-interactive.ts');
    return interactiveExamFrontEnd(ctx.out, { input: ctx.io.stdin, output: ctx.io.stdout, ...(ctx.io.interrupt ? { hangup: ctx.io.interrupt } : {}) }, env);
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
      case 'submit':
        return 'submit';
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
