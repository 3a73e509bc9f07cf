import { nextDueAt, selectDrill, newAllowance } from '../../engine/selection.ts';
import { localDateTime } from '../../ui/exam-view.ts';
import { messages } from '../../ui/messages.ts';
import { assertPositive, runStudy } from '../study.ts';
import type { Context } from '../context.ts';
import { openWorkspace, parseModule } from '../workspace.ts';

export interface DrillOptions {
  limit?: string;
  new?: string;
  module?: string[];
}

/** The daily drill: what is due (most overdue first), then new questions up to the daily limit. */
export async function drillCommand(ctx: Context, options: DrillOptions): Promise<number> {
  const limit = assertPositive('--limit', options.limit, 30);
  const modules = new Set((options.module ?? []).map(parseModule));
  const ws = await openWorkspace(ctx, { forWriting: true });
  const questions = modules.size > 0 ? ws.questions.filter((q) => modules.has(q.module)) : ws.questions;
  const records = ws.store.data;
  const newLimit = options.new !== undefined ? assertPositive('--new', options.new, 0, true) : newAllowance(records, ws.clock, records.settings.newPerDay);
  const chosen = selectDrill(questions, records, ws.clock, { limit, newLimit });
  const code = await runStudy(ctx, { mode: 'drill', questions: chosen, scheduler: ws.scheduler, store: ws.store });
  if (chosen.length === 0) {
    // Nothing today: say when to come back.
    const next = nextDueAt(questions, records.cards, ws.clock.now);
    if (next !== undefined) ctx.out.print(messages(ctx.lang).nextDue(localDateTime(next), (next - ws.clock.now) / 3_600_000));
  }
  return code;
}
