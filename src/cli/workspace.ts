/** What the study commands share: banks, the score file, the scheduler and the study day. */
import { MODULES } from '../bank/course.ts';
import type { Bank, Question, QuestionSummary } from '../bank/types.ts';
import type { StudyClock } from '../engine/clock.ts';
import { QuizError } from '../errors.ts';
import { createScheduler, type Scheduler } from '../srs/scheduler.ts';
import { ScoreFile, CHECKPOINT_AFTER, readScoreView, type ScoreView } from '../store/score-file.ts';
import { loadBanks, loadQuestionSummaries } from './banks.ts';
import type { Context } from './context.ts';

export interface Workspace {
  readonly banks: readonly Bank[];
  /** Every question, in course order (module, then file order). */
  readonly questions: readonly Question[];
  readonly store: ScoreFile;
  readonly scheduler: Scheduler;
  readonly clock: StudyClock;
}

export interface QuickWorkspace {
  readonly questions: readonly QuestionSummary[];
  readonly scores: ScoreView;
  readonly scheduler: Scheduler;
  readonly clock: StudyClock;
}

/** For the read-only quick commands (due, stats): question summaries and a view of the scores. */
export async function openQuickWorkspace(ctx: Context): Promise<QuickWorkspace> {
  const questions = await loadQuestionSummaries(ctx);
  const scores = readScoreView(ctx.dataDir, ctx.now);
  return { questions, scores, scheduler: createScheduler(scores.data.settings.requestRetention), clock: studyClock(ctx.now) };
}

export function studyClock(now: Date): StudyClock {
  return { now: now.getTime(), utcOffsetMinutes: -now.getTimezoneOffset() };
}

export async function openWorkspace(ctx: Context, options: { forWriting: boolean }): Promise<Workspace> {
  const banks = [...(await loadBanks(ctx))].sort((a, b) => a.module - b.module);
  const store = ScoreFile.open(ctx.dataDir, ctx.now);
  if (options.forWriting && store.journalLength > CHECKPOINT_AFTER) store.checkpoint(ctx.now);
  return {
    banks,
    questions: banks.flatMap((b) => b.questions),
    store,
    scheduler: createScheduler(store.data.settings.requestRetention),
    clock: studyClock(ctx.now),
  };
}

/** `2`, `02` or a slug such as `access-management` → module number. */
export function parseModule(value: string): number {
  const trimmed = value.trim().toLowerCase();
  const byNumber = /^\d{1,2}$/.test(trimmed) ? MODULES.find((m) => m.number === Number(trimmed)) : undefined;
  const found = byNumber ?? MODULES.find((m) => m.slug === trimmed || `${String(m.number).padStart(2, '0')}-${m.slug}` === trimmed);
  if (!found) {
    throw new QuizError('USAGE', {
      en: `unknown module "${value}"; use a number 1-14 or a name such as ${MODULES[1]?.slug} (see "cloudops-quiz modules")`,
      ja: `モジュール "${value}" はありません。1-14 の番号か、${MODULES[1]?.slug} のような名前を指定してください ("cloudops-quiz modules" で一覧を表示)`,
    });
  }
  return found.number;
}
