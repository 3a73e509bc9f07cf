import { dueCounts } from '../../engine/selection.ts';
import { messages } from '../../ui/messages.ts';
import type { Context } from '../context.ts';
import { openWorkspace } from '../workspace.ts';

/** Counts due now and today: small and fast, for shell prompts and status lines. */
export async function dueCommand(ctx: Context, options: { json?: boolean }): Promise<void> {
  const ws = await openWorkspace(ctx, { forWriting: false });
  const counts = dueCounts(ws.questions, ws.store.data, ws.clock, ws.store.data.settings.newPerDay);
  if (options.json) ctx.out.print(JSON.stringify(counts));
  else ctx.out.print(messages(ctx.lang).dueLine(counts.now, counts.today, counts.newToday));
}
