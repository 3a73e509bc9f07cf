/**
 * Cram: practice anything, due or not, the week before an exam. Only the choice of questions is
 * here; the shell runs the session without a scheduler, so the schedule is left untouched.
 */
import type { Question } from '../bank/types.ts';
import { shuffled, type Random } from './random.ts';

export interface CramFilter {
  /** Module numbers to draw from; empty for all. */
  readonly modules: ReadonlySet<number>;
  /** Topic keys, any of which a question must have; empty for all. */
  readonly topics: ReadonlySet<string>;
}

export function cramPool<Q extends Pick<Question, 'module' | 'topics'>>(questions: readonly Q[], filter: CramFilter): Q[] {
  return questions.filter(
    (q) => (filter.modules.size === 0 || filter.modules.has(q.module)) && (filter.topics.size === 0 || q.topics.some((t) => filter.topics.has(t))),
  );
}

/** A random sample of the matching questions: due dates and history play no part. */
export function selectCram<Q extends Pick<Question, 'module' | 'topics'>>(questions: readonly Q[], filter: CramFilter, count: number, random: Random): Q[] {
  return shuffled(cramPool(questions, filter), random).slice(0, count);
}
