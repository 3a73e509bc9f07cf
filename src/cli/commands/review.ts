import { declareCommand, type OptionsOf } from '../command.ts';

export const review = declareCommand({
  name: 'review',
  declare: (command, t) => command.description(t.review).option('--topics <k>', t.reviewTopics, '3').option('--count <n>', t.count, '10'),
});

export type ReviewOptions = OptionsOf<typeof review>;
