import { computeStats } from '../../engine/stats.ts';
import { moduleTitleOf, statsLines } from '../../ui/stats-view.ts';
import { renderEnv } from '../study.ts';
import type { Context } from '../context.ts';
import { openQuickWorkspace } from '../workspace.ts';

export async function statsCommand(ctx: Context, options: { json?: boolean }): Promise<void> {
  const ws = await openQuickWorkspace(ctx);
  const stats = computeStats({ questions: ws.questions, cards: ws.scores.data.cards, answers: ws.scores.answers, scheduler: ws.scheduler, clock: ws.clock });
  if (options.json) {
    ctx.out.print(JSON.stringify(stats, null, 2));
    return;
  }
  for (const line of statsLines(stats, renderEnv(ctx), moduleTitleOf(ctx.lang))) ctx.out.print(line);
}
