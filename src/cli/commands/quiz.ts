import { declareCommand, type OptionsOf } from '../command.ts';

export const quiz = declareCommand({
  name: 'quiz',
  declare: (command, t) => command.description(t.quiz).argument('<module>', t.quizModule).option('--count <n>', t.count, '10'),
});

export type QuizOptions = OptionsOf<typeof quiz>;
