/**
 * Runs a study session in the terminal: the engine asks, a front end shows, and every answer is
 * saved durably before its verdict is shown. Ctrl+C saves what was answered, prints the
 * summary and exits 130; end of input ends normally.
 */
import { randomBytes } from 'node:crypto';
import type { Question } from '../bank/types.ts';
import { isQuizError, QuizError } from '../errors.ts';
import { StudySession, type Outcome, type StudyMode } from '../engine/session.ts';
import { endOfDay, type StudyClock } from '../engine/clock.ts';
import { LEECH_MISSES, pastWrongPicks } from '../engine/leech.ts';
import { seededRandom } from '../engine/random.ts';
import { repeatedWrongChoices } from '../engine/distractors.ts';
import type { Scheduler } from '../srs/scheduler.ts';
import type { ScoreFile } from '../store/score-file.ts';
import { answerId, type AnswerEntry, type JournalEntry } from '../store/score-types.ts';
import type { FrontEnd } from '../ui/frontend.ts';
import { createLineReader } from '../ui/line-reader.ts';
import { SaveQueue } from './save-queue.ts';
import { lineFrontEnd } from '../ui/line-frontend.ts';
import { messages } from '../ui/messages.ts';
import { readingColumns } from '../ui/render.ts';
import type { RenderEnv } from '../ui/render-env.ts';
import { leechLines, scheduleLines, summaryLines } from '../ui/schedule-view.ts';
import { sanitizeLine } from '../ui/sanitize.ts';
import { wrap } from '../ui/width.ts';
import type { Context } from './context.ts';
import type { Workspace } from './workspace.ts';

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
    return interactiveFrontEnd(
      ctx.out,
      { input: ctx.io.stdin, output: ctx.io.stdout, ...(ctx.io.interrupt ? { hangup: ctx.io.interrupt } : {}) },
      env,
      ctx.io.monotonic,
    );
  }
  return lineFrontEnd(ctx.out, createLineReader(ctx.io.stdin, ctx.io.interrupt), env);
}

function answerEntry(outcome: Outcome, mode: StudyMode): AnswerEntry {
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
  /** The study day: "next review" dates, tomorrow's due count, leeches. */
  readonly clock: StudyClock;
  /** Every question that may be asked (none suspended), for the count due tomorrow. */
  readonly pool: readonly { readonly id: string }[];
  /** The `timing` setting: false, and speed never changes a rating. */
  readonly timing: boolean;
  /** Printed before the first question (e.g. the weak-topic ranking). */
  readonly intro?: readonly string[];
}

/** What every study command takes from its workspace. */
export function studyBasics(ws: Workspace): Pick<StudyRun, 'store' | 'clock' | 'pool' | 'timing'> {
  return { store: ws.store, clock: ws.clock, pool: ws.questions, timing: ws.settings.timing };
}

/**
 * Returns the exit code: 0, or 130 after Ctrl+C.
 *
 * Every change is saved before it is shown: an answer before its verdict, a re-rate, an undo, a
 * suspend before the line that confirms it. An undo removes the answer the session saved last
 * (by its id) and puts back the card the session had before it.
 */
export async function runStudy(ctx: Context, run: StudyRun): Promise<number> {
  const say = messages(ctx.lang);
  if (run.questions.length === 0) {
    ctx.out.print(say.nothingToStudy);
    return 0;
  }
  const env = renderEnv(ctx);
  const session = new StudySession({
    mode: run.mode,
    questions: run.questions,
    random: sessionRandom(ctx),
    scheduler: run.scheduler,
    cards: run.store.data.cards,
    timing: run.timing,
  });
  // Leeches as the history stood when the session began; a question that becomes one today is
  // introduced as such next time.
  const lapses = run.store.lapses();
  const leechShown = new Set<string>();
  const frontEnd = await createFrontEnd(ctx);
  frontEnd.print(welcomeLines(ctx, run.store));
  if (run.intro) frontEnd.print(run.intro);
  const saves = new SaveQueue(run.store);
  /** The saved answer of each outcome in session.outcomes, in the same order (for undo). */
  const answerEntries: AnswerEntry[] = [];
  const save = (entries: JournalEntry[]): boolean => {
    const failure = saves.save(entries);
    if (failure) frontEnd.print(notSavedLines(failure, saves.unsavedAnswers, ctx));
    return failure === null;
  };
  const undo = () => {
    const saved = answerEntries.pop();
    const undone = session.undo();
    if (!undone || !saved) return;
    const id = saves.savedId(saved);
    const q = undone.presented.question.id;
    // An answer that changed no card (cram) leaves the card alone.
    save([{ k: 'undo', id, q, at: undone.at, ...(undone.card ? { card: undone.cardBefore ?? null } : {}) }]);
    frontEnd.print([`Undone [${q}] — ${say.undoneNote}`, '']);
  };
  const suspend = (q: string) => {
    session.suspend(q);
    save([{ k: 'suspend', q: [q], suspended: true, at: ctx.clock().getTime() }]);
    frontEnd.print([`Suspended [${q}] — ${say.suspendedNote(q)}`, '']);
  };

  let exitCode = 0;
  try {
    while (!session.done) {
      const turn = session.current();
      if (!turn) break;
      const { presented } = turn;
      const q = presented.question.id;
      const misses = lapses.get(q) ?? 0;
      if (turn.attempt === 0 && misses >= LEECH_MISSES && !leechShown.has(q)) {
        leechShown.add(q);
        frontEnd.print(leechLines(presented.question, misses, pastWrongPicks(run.store.wrongPicksOf(q)), env));
      }
      // The running score counts every answer so far, re-asks included (index does too).
      const rightSoFar = () => session.outcomes.filter((o) => o.correct).length;
      const progress = { index: session.index, total: session.total, correct: rightSoFar(), canUndo: session.outcomes.length > 0 };
      const reply = await frontEnd.ask(presented, progress);
      if (reply.kind === 'undo') {
        undo();
        continue;
      }
      if (reply.kind === 'suspend') {
        suspend(q);
        continue;
      }
      if (reply.kind !== 'answer') break;
      const facts = {
        readingColumns: readingColumns(presented, ctx.lang),
        ...(reply.elapsedMs !== undefined ? { elapsedMs: reply.elapsedMs } : {}),
        ...(reply.mark ? { mark: reply.mark } : {}),
      };
      const outcome = session.answer(reply.positions, facts, ctx.clock());
      // Read before saving: earlier wrong picks, not this one.
      const repeatedPicks = repeatedWrongChoices(presented.question, outcome.given, run.store.questionHistory(q));
      // Saved first, then shown: a verdict on screen is an answer on disk.
      const entry = answerEntry(outcome, run.mode);
      answerEntries.push(entry);
      if (!save([entry])) continue;
      const notes = { repeatedPicks, scheduleLines: scheduleLines(outcome, run.clock, env, session.cardOf(q)) };
      const after = await frontEnd.feedback(outcome, { ...progress, correct: rightSoFar() }, notes);
      if (after.mark) {
        const revised = session.revise(after.mark, facts, new Date(outcome.at));
        if (revised !== outcome && revised.rating && save([{ k: 'rerate', id: saves.savedId(entry), q, rating: revised.rating, card: revised.card }])) {
          frontEnd.print([...scheduleLines(revised, run.clock, env, session.cardOf(q)), '']);
        }
      }
      if (after.undo) undo();
      if (after.suspend) suspend(q);
      if (after.quit) break;
    }
  } catch (error) {
    if (!(isQuizError(error) && error.code === 'INTERRUPTED')) throw error;
    exitCode = 130;
  } finally {
    frontEnd.close();
  }
  const lost = saves.flush();
  for (const line of endOfSessionLines(session, run, env)) ctx.out.print(line);
  if (lost) throw saves.lostError(lost);
  run.store.checkpoint(ctx.clock());
  if (exitCode === 130) ctx.err.print(say.interrupted);
  return exitCode;
}

/** The score on first answers, then what was missed, what comes back when, and tomorrow's load. */
function endOfSessionLines(session: StudySession, run: StudyRun, env: RenderEnv): string[] {
  const { style, say } = env;
  const summary = session.summary();
  const lines = [''];
  if (summary.answered === 0) return [...lines, say.summaryNone];
  const percent = Math.round((100 * summary.correct) / summary.answered);
  const colour = percent >= 72 ? style.green : percent >= 50 ? style.yellow : style.red;
  lines.push(`${style.bold(say.summary(summary.answered, summary.total))}  ${colour.bold(`${summary.correct}/${summary.answered} (${percent}%)`)}`);
  const scheduled = run.scheduler !== null;
  const answered = [...new Set(session.outcomes.map((o) => o.presented.question.id))];
  const tomorrowEnds = endOfDay(run.clock, 1);
  const facts = {
    summary,
    missed: session.missed(),
    answeredCards: scheduled ? answered.flatMap((q) => session.cardOf(q) ?? []) : [],
    dueTomorrow: scheduled ? run.pool.filter((q) => (session.cardOf(q.id)?.due ?? Infinity) < tomorrowEnds).length : null,
    clock: run.clock,
  };
  return [...lines, ...summaryLines(facts, env)];
}

/** A count given on the command line: a whole number from 1 (from 0 with `allowZero`), else a usage error. */
export function wholeNumber(name: string, value: string, { allowZero = false } = {}): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || (!allowZero && n === 0)) {
    throw new QuizError('USAGE', {
      en: `${name} must be a ${allowZero ? 'whole number' : 'positive whole number'}, not "${value}"`,
      ja: `${name} には${allowZero ? '0 以上の整数' : '1 以上の整数'}を指定してください ("${value}" は使えません)`,
    });
  }
  return n;
}

/**
 * Before a person's very first answer (no answer or exam saved yet): three lines on the keys,
 * where the scores live, and where to find every command. Nothing once anything is saved.
 */
export function welcomeLines(ctx: Context, store: ScoreFile): string[] {
  const { data } = store;
  if (Object.keys(data.seen).length > 0 || data.submittedExams.length > 0 || data.pausedExams.length > 0) return [];
  const env = renderEnv(ctx);
  return [...env.say.welcome(sanitizeLine(ctx.dataDir)).map((line) => env.style.dim(wrap(line, env.width))), ''];
}
