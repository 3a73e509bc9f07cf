import { declareCommand, type OptionsOf } from '../command.ts';

export const modules = declareCommand({
  name: 'modules',
  declare: (command, t) => command.description(t.modules).option('--json', t.json),
});

export type ModulesOptions = OptionsOf<typeof modules>;
