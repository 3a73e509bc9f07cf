import { declareCommand, type OptionsOf } from '../command.ts';

export const sync = declareCommand({
  name: 'sync',
  declare: (command, t) => command.description(t.sync).argument('<dir>', t.syncDir).option('--dry-run', t.syncDryRun),
});

export type SyncOptions = OptionsOf<typeof sync>;
