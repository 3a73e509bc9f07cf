import { declareCommand, type OptionsOf } from '../command.ts';

export const topics = declareCommand({
  name: 'topics',
  declare: (command, t) => command.description(t.topics).option('--module <m>', t.moduleFilter).option('--json', t.json),
});

export type TopicsOptions = OptionsOf<typeof topics>;
