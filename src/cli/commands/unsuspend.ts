import { declareCommand } from '../command.ts';

export const unsuspend = declareCommand({
  name: 'unsuspend',
  declare: (command, t) => command.description(t.unsuspend).argument('<ids...>', t.suspendIds),
});
