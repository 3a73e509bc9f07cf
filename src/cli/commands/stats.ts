import { declareCommand, type OptionsOf } from '../command.ts';

export const stats = declareCommand({
  name: 'stats',
  declare: (command, t) => command.description(t.stats).option('--json', t.json),
});

export type StatsOptions = OptionsOf<typeof stats>;
