/** What the study commands share: banks, the score file, the scheduler and the study day. */
import { MODULES } from '../bank/course.ts';
import type { Bank, Question } from '../bank/types.ts';
import type { StudyClock } from '../engine/clock.ts';
import { activeQuestions } from '../engine/selection.ts';
import { effectiveSettings } from '../store/score-types.ts';
import { QuizError } from '../errors.ts';
import type { Scheduler } from '../srs/scheduler.ts';
import { ScoreFile, CHECKPOINT_AFTER } from '../store/score-file.ts';
import { loadBanks } from './banks.ts';
import type { Context } from './context.ts';
import { studyScheduler } from './schedule-setup.ts';
import { didYouMean, nearest } from './suggest.ts';
import { studyClock } from './quick-workspace.ts';

export { studyClock } from './quick-workspace.ts';

export interface Workspace {
  /** Their text in the session's language only (inLanguage). */
  readonly banks: readonly Bank[];
  /**
   * The questions that may be asked, in course order (module, then file order): suspended ones
   * are left out here, once, so no command asks them or counts them as due.
   */
  readonly questions: readonly Question[];
  /** Every question, suspended ones included (a saved exam that holds one still resumes). */
  readonly allQuestions: readonly Question[];
  readonly store: ScoreFile;
  readonly settings: ReturnType<typeof effectiveSettings>;
  /** The person's retention and FSRS parameters, and the exam-date rule while an exam lies ahead. */
  readonly scheduler: Scheduler;
  readonly clock: StudyClock;
}

export async function openWorkspace(ctx: Context, options: { forWriting: boolean }): Promise<Workspace> {
  const banks = [...(await loadBanks(ctx, ctx.lang))].sort((a, b) => a.module - b.module);
  const store = ScoreFile.open(ctx.dataDir, ctx.now);
  // A long stretch not yet in the caches (or a folder of an earlier version) is folded in first.
  if (options.forWriting && (store.pendingEntries > CHECKPOINT_AFTER || store.needsMigration)) store.checkpoint(ctx.now);
  const allQuestions = banks.flatMap((b) => b.questions);
  const settings = effectiveSettings(store.data.settings);
  const questions = activeQuestions(allQuestions, store.data.suspended);
  const clock = studyClock(ctx.now, settings.dayStart);
  return {
    banks,
    questions,
    allQuestions,
    store,
    settings,
    scheduler: studyScheduler(
      store.data.settings,
      clock,
      store.data.cards,
      questions.map((q) => q.id),
    ),
    clock,
  };
}

/** `2`, `02` or a slug such as `access-management` → module number. */
export function parseModule(value: string): number {
  const trimmed = value.trim().toLowerCase();
  const byNumber = /^\d{1,2}$/.test(trimmed) ? MODULES.find((m) => m.number === Number(trimmed)) : undefined;
  const found = byNumber ?? MODULES.find((m) => m.slug === trimmed || `${String(m.number).padStart(2, '0')}-${m.slug}` === trimmed);
  if (!found) {
    const near = didYouMean(
      nearest(
        trimmed,
        MODULES.map((m) => m.slug),
        3,
      ),
    );
    throw new QuizError('USAGE', {
      en: `unknown module "${value}"${near.en}; use a number 1-14 or a name such as ${MODULES[1]?.slug} (see "cloudops-quiz modules")`,
      ja: `モジュール "${value}" はありません${near.ja}。1-14 の番号か、${MODULES[1]?.slug} のような名前を指定してください ("cloudops-quiz modules" で一覧を表示)`,
    });
  }
  return found.number;
}
