import { declareCommand, type OptionsOf } from '../command.ts';

export const show = declareCommand({
  name: 'show',
  declare: (command, t) => command.description(t.show).argument('<id>', t.showId).option('--json', t.json),
});

export type ShowOptions = OptionsOf<typeof show>;
