import { declareCommand, type OptionsOf } from '../command.ts';

export const optimize = declareCommand({
  name: 'optimize',
  declare: (command, t) =>
    command.description(t.optimize).option('--reset', t.optimizeReset).option('--reschedule', t.optimizeReschedule).option('--json', t.json),
});

export type OptimizeOptions = OptionsOf<typeof optimize>;
