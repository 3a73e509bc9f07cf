/**
 * Runs a study session in the terminal: the engine asks, a front end shows, and every answer is
 * saved durably before its verdict is shown. Ctrl+C saves what was answered, prints the
 * summary and exits 130; end of input ends normally.
 */
import { randomBytes } from 'node:crypto';
import type { Question } from '../bank/types.ts';
import { isQuizError, QuizError } from '../errors.ts';
import { StudySession, type Outcome, type StudyMode } from '../engine/session.ts';
import { seededRandom } from '../engine/random.ts';
import { repeatedWrongChoices } from '../engine/distractors.ts';
import type { Scheduler } from '../srs/scheduler.ts';
import type { ScoreFile } from '../store/score-file.ts';
import { answerId, type AnswerEntry } from '../store/score-types.ts';
import type { FrontEnd } from '../ui/frontend.ts';
import { createLineReader } from '../ui/line-reader.ts';
import { SaveQueue } from './save-queue.ts';
import { lineFrontEnd } from '../ui/line-frontend.ts';
import { messages } from '../ui/messages.ts';
import { readingColumns, type RenderEnv } from '../ui/render.ts';
import type { Context } from './context.ts';

export function renderEnv(ctx: Context): RenderEnv {
  return { lang: ctx.lang, width: Math.min(ctx.out.columns, 100), style: ctx.out.style, say: messages(ctx.lang) };
}

export function sessionRandom(ctx: Context) {
  return seededRandom(ctx.seed ?? randomBytes(4).readUInt32LE(0));
}

export function interactive(ctx: Context): boolean {
  return !ctx.plain && ctx.io.stdin.isTTY === true && ctx.io.stdout.isTTY === true;
}

async function createFrontEnd(ctx: Context): Promise<FrontEnd> {
  const env = renderEnv(ctx);
  if (interactive(ctx)) {
    const { interactiveFrontEnd } = await import('../ui/interactive-frontend.ts');
    return interactiveFrontEnd(ctx.out, { input: ctx.io.stdin, output: ctx.io.stdout, ...(ctx.io.interrupt ? { hangup: ctx.io.interrupt } : {}) }, env, ctx.io.monotonic);
  }
  return lineFrontEnd(ctx.out, createLineReader(ctx.io.stdin, ctx.io.interrupt), env);
}

export function answerEntry(outcome: Outcome, mode: StudyMode): AnswerEntry {
  return {
    k: 'answer',
    answer: {
      id: answerId(outcome.at, outcome.presented.question.id),
      q: outcome.presented.question.id,
      at: outcome.at,
      given: outcome.given,
      correct: outcome.correct,
      ...(outcome.rating ? { rating: outcome.rating } : {}),
      mode,
      ms: Math.round(outcome.elapsedMs),
    },
    card: outcome.card,
  };
}

/** Said instead of a verdict when an answer could not be saved (the protocol word stays English). */
function notSavedLines(error: QuizError, unsaved: number, ctx: Context): string[] {
  const say = messages(ctx.lang);
  return [ctx.out.style.red.bold(`Not saved — ${error.messageIn(ctx.lang)}`), say.notSavedRetry(unsaved), ''];
}

export interface StudyRun {
  readonly mode: StudyMode;
  readonly questions: readonly Question[];
  readonly scheduler: Scheduler | null;
  readonly store: ScoreFile;
  /** Printed before the first question (e.g. the weak-topic ranking). */
  readonly intro?: readonly string[];
}

/** Returns the exit code: 0, or 130 after Ctrl+C. */
export async function runStudy(ctx: Context, run: StudyRun): Promise<number> {
  const say = messages(ctx.lang);
  const { style } = ctx.out;
  if (run.questions.length === 0) {
    ctx.out.print(say.nothingToStudy);
    return 0;
  }
  const session = new StudySession({
    mode: run.mode,
    questions: run.questions,
    random: sessionRandom(ctx),
    scheduler: run.scheduler,
    cards: run.store.data.cards,
  });
  const frontEnd = await createFrontEnd(ctx);
  if (run.intro) frontEnd.print(run.intro);
  const saves = new SaveQueue(run.store);
  let exitCode = 0;
  try {
    while (!session.done) {
      const presented = session.current();
      if (!presented) break;
      const progress = { index: session.index, total: session.items.length, correct: session.summary().correct };
      const reply = await frontEnd.ask(presented, progress);
      if (reply.kind !== 'answer') break;
      const facts = { readingColumns: readingColumns(presented, ctx.lang), ...(reply.elapsedMs !== undefined ? { elapsedMs: reply.elapsedMs } : {}), ...(reply.mark ? { mark: reply.mark } : {}) };
      const outcome = session.answer(reply.positions, facts, ctx.clock());
      // Read before saving: earlier wrong picks, not this one.
      const repeatedPicks = repeatedWrongChoices(presented.question.id, presented.question, outcome.given, run.store.data.answers);
      // Saved first, then shown: a verdict on screen is an answer on disk.
      const entry = answerEntry(outcome, run.mode);
      const failure = saves.save([entry]);
      if (failure) {
        frontEnd.print(notSavedLines(failure, saves.unsavedAnswers, ctx));
        continue;
      }
      const after = await frontEnd.feedback(outcome, { ...progress, correct: session.summary().correct }, { repeatedPicks });
      if (after.mark) {
        const revised = session.revise(after.mark, facts, new Date(outcome.at));
        if (revised !== outcome && revised.rating) {
          const rerate = saves.save([{ k: 'rerate', id: saves.savedId(entry), q: entry.answer.q, rating: revised.rating, card: revised.card }]);
          if (rerate) frontEnd.print(notSavedLines(rerate, saves.unsavedAnswers, ctx));
        }
      }
      if (after.quit) break;
    }
  } catch (error) {
    if (!(isQuizError(error) && error.code === 'INTERRUPTED')) throw error;
    exitCode = 130;
  } finally {
    frontEnd.close();
  }
  const lost = saves.flush();
  const { answered, correct } = session.summary();
  ctx.out.print('');
  if (answered > 0) {
    const percent = Math.round((100 * correct) / answered);
    const colour = percent >= 72 ? style.green : percent >= 50 ? style.yellow : style.red;
    ctx.out.print(style.bold(say.summary(answered, run.questions.length)) + '  ' + colour.bold(`${correct}/${answered} (${percent}%)`));
  } else ctx.out.print(say.summaryNone);
  if (lost) throw saves.lostError(lost);
  run.store.checkpoint(ctx.clock());
  if (exitCode === 130) ctx.err.print(say.interrupted);
  return exitCode;
}

export function assertPositive(name: string, value: string | undefined, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || (!allowZero && n === 0)) throw new QuizError('USAGE', {
      en: `${name} must be a ${allowZero ? 'whole number' : 'positive whole number'}, not "${value}"`,
      ja: `${name} には${allowZero ? '0 以上の整数' : '1 以上の整数'}を指定してください ("${value}" は使えません)`,
    });
  return n;
}
