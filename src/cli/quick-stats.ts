/** `stats --json` as the binary answers it: a bundle of its own (quick-main.ts). */
import { statsCommand } from './actions/stats.ts';
import { type QuickRun, quickRun } from './quick-main.ts';

export const runQuick: QuickRun = quickRun((ctx) => statsCommand(ctx, { json: true }));
