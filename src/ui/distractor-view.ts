/** The "Repeated wrong picks" section of `stats`: the wrong choices someone keeps falling for. */
import type { Question } from '../bank/types.ts';
import type { RepeatedPick } from '../engine/distractors.ts';
import { choiceTextOf } from './bank-text.ts';
import type { RenderEnv } from './render-env.ts';
import { flow } from './table.ts';
import { truncate } from './width.ts';

/** Listed in the text view; --json has them all. */
const SHOWN = 10;

export function repeatedPickLines(picks: readonly RepeatedPick[], questionOf: (id: string) => Question | undefined, env: RenderEnv): string[] {
  if (picks.length === 0) return [];
  const { style, say } = env;
  // The id and the count on one line (two when narrow), the choice's text under them, cut to the width.
  const lines = picks
    .slice(0, SHOWN)
    .flatMap((p) => [
      ...flow([style.dim(`[${p.q}]`), say.repeatedPicksTimes(p.times)], env.width, '  '),
      `    ${truncate(choiceTextOf(p, questionOf, env), env.width - 4)}`,
    ]);
  return [style.bold(say.repeatedPicksTitle), ...lines];
}
