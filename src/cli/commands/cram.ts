import { collect, declareCommand, type OptionsOf } from '../command.ts';

export const cram = declareCommand({
  name: 'cram',
  declare: (command, t) =>
    command
      .description(t.cram)
      .option('--module <m>', t.moduleFilter, collect)
      .option('--topic <t>', t.cramTopic, collect)
      .option('--skill <key>', t.cramSkill, collect)
      .option('--count <n>', t.count, '10'),
});

export type CramOptions = OptionsOf<typeof cram>;
