import { declareCommand } from '../command.ts';

export const suspend = declareCommand({
  name: 'suspend',
  declare: (command, t) => command.description(t.suspend).argument('<ids...>', t.suspendIds),
});
