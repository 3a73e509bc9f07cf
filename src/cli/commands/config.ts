import { declareCommand } from '../command.ts';

export const config = declareCommand({
  name: 'config',
  declare: (command, t) => command.description(t.config).argument('[key]', t.configKey).argument('[value]', t.configValue),
});
