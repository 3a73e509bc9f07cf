import { declareCommand, type OptionsOf } from '../command.ts';

export const readiness = declareCommand({
  name: 'readiness',
  declare: (command, t) => command.description(t.readiness).option('--exam-date <date>', t.readinessDate).option('--json', t.json),
});

export type ReadinessOptions = OptionsOf<typeof readiness>;
