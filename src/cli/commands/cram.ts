import { collect, declareCommand, type OptionsOf } from '../command.ts';

export const cram = declareCommand({
  name: 'cram',
  declare: (command, t) =>
    command
      .description(t.cram)
      .option('--module <m>', t.moduleFilter, collect)
      .option('--topic <t>', t.cramTopic, collect)
      .option('--skill <key>', t.cramSkill, collect)
      .option('--exam <n>', t.cramExam)
      // No commander default: with --exam every missed question is asked unless --count says.
      .option('--count <n>', t.countDefault10),
});

export type CramOptions = OptionsOf<typeof cram>;
