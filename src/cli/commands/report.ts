import { declareCommand, type OptionsOf } from '../command.ts';

export const report = declareCommand({
  name: 'report',
  // --html is checked by the action, not by commander, so that its absence is said in both languages.
  declare: (command, t) => command.description(t.report).option('--html <file>', t.reportHtml),
});

export type ReportOptions = OptionsOf<typeof report>;
