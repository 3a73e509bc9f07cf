import { declareCommand, type OptionsOf } from '../command.ts';

export const search = declareCommand({
  name: 'search',
  declare: (command, t) =>
    command.description(t.search).argument('<words...>', t.searchWords).option('--limit <n>', t.searchLimit, '20').option('--json', t.json),
});

export type SearchOptions = OptionsOf<typeof search>;
