import { startOfDay } from '../../engine/clock.ts';
import { nextDueAt, planDrill, newAllowance } from '../../engine/selection.ts';
import { messages } from '../../ui/messages.ts';
import { wrap } from '../../ui/width.ts';
import { renderEnv, runStudy, studyBasics, wholeNumber } from '../study.ts';
import type { DrillOptions } from '../commands/drill.ts';
import type { Context } from '../context.ts';
import { drillRisk } from '../schedule-setup.ts';
import { openWorkspace, parseModule } from '../workspace.ts';

/**
 * The daily drill: what is due today (most overdue first; with an exam ahead, lowest predicted
 * recall on the exam day first), then new questions up to the daily
 * limit. When the limits hold questions back, it says how many and how to continue: a limit that
 * cuts silently reads as "nothing more to do".
 */
export async function drillCommand(ctx: Context, options: DrillOptions): Promise<number> {
  const ws = await openWorkspace(ctx, { forWriting: true });
  const limit = options.limit !== undefined ? wholeNumber('--limit', options.limit) : ws.settings.drillLimit;
  const modules = new Set((options.module ?? []).map(parseModule));
  const questions = modules.size > 0 ? ws.questions.filter((q) => modules.has(q.module)) : ws.questions;
  const records = ws.store.data;
  const allowance = newAllowance(records, ws.clock, ws.settings.newPerDay);
  const newLimit = options.new !== undefined ? wholeNumber('--new', options.new, { allowZero: true }) : allowance;
  const risk = drillRisk(records.settings, ws.clock);
  const plan = planDrill(questions, records, ws.clock, { limit, newLimit, ...(risk ? { risk } : {}) });
  const say = messages(ctx.lang);
  const width = renderEnv(ctx).width;
  const limits: string[] = [];
  if (plan.dueLeft > 0) limits.push(say.drillDueLeft(plan.dueLeft, limit));
  if (plan.newLeft > 0) limits.push(say.drillNewLeft(plan.newLeft, limit));
  // Today's new questions all started: say that more wait, and which setting brings more a day.
  if (options.new === undefined && allowance === 0 && plan.unseen > 0 && ws.settings.newPerDay > 0)
    limits.push(say.drillNewDone(ws.settings.newPerDay, plan.unseen));
  const intro = limits.length > 0 ? [...limits.map((l) => ctx.out.style.yellow(wrap(l, width))), ''] : undefined;
  if (plan.questions.length === 0) {
    ctx.out.print(say.nothingToStudy);
    for (const line of limits) ctx.out.print(wrap(line, width));
    // Nothing today: say when to come back — when the study day of the next due question begins
    // (the drill asks a question any time during the day it is due).
    const next = nextDueAt(questions, records.cards, ws.clock.now);
    if (next !== undefined) {
      const from = Math.max(ws.clock.now, startOfDay({ ...ws.clock, now: next }));
      // The exam screens' code (with its tables and charts), loaded only for this one line: a drill with questions never needs it.
      const { localDateTime } = await import('../../ui/exam-view.ts');
      ctx.out.print(say.nextDue(localDateTime(from), (from - ws.clock.now) / 3_600_000));
    }
    return 0;
  }
  return runStudy(ctx, { ...studyBasics(ws), mode: 'drill', questions: plan.questions, scheduler: ws.scheduler, ...(intro ? { intro } : {}) });
}
