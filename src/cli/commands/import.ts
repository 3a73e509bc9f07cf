import { declareCommand, type OptionsOf } from '../command.ts';

export const importHistory = declareCommand({
  name: 'import',
  declare: (command, t) => command.description(t.import).argument('<file>', t.importFile).option('--dry-run', t.importDryRun),
});

export type ImportOptions = OptionsOf<typeof importHistory>;
