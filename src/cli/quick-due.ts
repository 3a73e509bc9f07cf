/** `due` and `due --json` as the binary answers them: a bundle of their own (quick-main.ts). */
import { dueCommand } from './actions/due.ts';
import { type QuickRun, quickRun } from './quick-main.ts';

export const runQuick: QuickRun = quickRun((ctx, name) => dueCommand(ctx, name === 'due --json' ? { json: true } : {}));
