/**
 * What `due` reads: question ids and the state, never the whole banks, the history or the
 * scheduler (nor the modules behind them: this file imports none of them), and the study day.
 */
import type { StudyClock } from '../engine/clock.ts';
import { activeQuestions } from '../engine/selection.ts';
import { ScoreFile } from '../store/score-file.ts';
import { effectiveSettings, type ScoreData } from '../store/score-types.ts';
import { loadQuestionIds } from './banks.ts';
import type { Context } from './context.ts';

export interface QuickWorkspace {
  /** Suspended questions left out, as in Workspace. */
  readonly questions: readonly { readonly id: string }[];
  /** The state: settings, cards, when each question was first and last answered. */
  readonly data: ScoreData;
  readonly clock: StudyClock;
}

/** For `due`: question ids and the state, never the history nor the scheduler. */
export async function openQuickWorkspace(ctx: Context): Promise<QuickWorkspace> {
  const questions = await loadQuestionIds(ctx);
  const data = ScoreFile.readState(ctx.dataDir, ctx.now);
  return {
    questions: activeQuestions(questions, data.suspended),
    data,
    clock: studyClock(ctx.now, effectiveSettings(data.settings).dayStart),
  };
}

/** The study day as the person set it (`config day-start`), in local time. */
export function studyClock(now: Date, dayStartHour: number): StudyClock {
  return { now: now.getTime(), utcOffsetMinutes: -now.getTimezoneOffset(), dayStartHour };
}
