import { dueCounts } from '../../engine/selection.ts';
import type { DueOptions } from '../commands/due.ts';
import type { Context } from '../context.ts';
import { openQuickWorkspace } from '../quick-workspace.ts';

/** Counts due now and today: small and fast, for shell prompts and status lines. */
export async function dueCommand(ctx: Context, options: DueOptions): Promise<number> {
  const ws = await openQuickWorkspace(ctx);
  const counts = dueCounts(ws.questions, ws.data, ws.clock, ws.data.settings.newPerDay);
  if (options.json) ctx.out.print(JSON.stringify(counts));
  else {
    // The sentences of every command, loaded only to print one: --json, what scripts and prompts call, needs none.
    const { messages } = await import('../../ui/messages.ts');
    ctx.out.print(messages(ctx.lang).dueLine(counts.now, counts.today, counts.newToday));
  }
  return 0;
}
