import { Option } from '@commander-js/extra-typings';
import { declareCommand, type OptionsOf } from '../command.ts';

export const exportHistory = declareCommand({
  name: 'export',
  declare: (command, t) =>
    command
      .description(t.export)
      .argument('[file]', t.exportFile)
      .addOption(new Option('--format <format>', t.exportFormat).choices(['json', 'csv'])),
});

export type ExportOptions = OptionsOf<typeof exportHistory>;
