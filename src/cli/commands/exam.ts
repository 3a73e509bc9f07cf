import { declareCommand, type OptionsOf } from '../command.ts';

export const exam = declareCommand({
  name: 'exam',
  declare: (command, t) =>
    command
      .description(t.exam)
      // No commander defaults: a value given is told apart from none (--history and --resume go
      // with no other option), and the exam's own defaults are the real exam's (engine/blueprint.ts).
      .option('--count <n>', t.examCount)
      .option('--minutes <m>', t.examMinutes)
      .option('--resume [which]', t.examResume)
      .option('--new', t.examNew)
      .option('--history', t.examHistory)
      .option('--show <n>', t.examShow)
      .option('--retake-missed [n]', t.examRetake)
      .option('--json', t.examJson),
});

export type ExamOptions = OptionsOf<typeof exam>;
