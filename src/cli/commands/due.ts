import { declareCommand, type OptionsOf } from '../command.ts';

export const due = declareCommand({
  name: 'due',
  declare: (command, t) => command.description(t.due).option('--json', t.json),
});

export type DueOptions = OptionsOf<typeof due>;
