import { declareCommand, type OptionsOf } from '../command.ts';

export const validate = declareCommand({
  name: 'validate',
  declare: (command, t) =>
    command.description(t.validate).argument('[paths...]', t.validatePaths).option('--json', t.validateJson).option('--cues', t.validateCues),
});

export type ValidateOptions = OptionsOf<typeof validate>;
