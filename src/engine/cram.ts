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
  /** Exam-guide skill keys, any of which a question must test; empty for all. */
  readonly skills: ReadonlySet<string>;
}

type Filterable = Pick<Question, 'module' | 'topics' | 'skills'>;

const matchesAny = (wanted: ReadonlySet<string>, keys: readonly string[]) => wanted.size === 0 || keys.some((k) => wanted.has(k));

export function cramPool<Q extends Filterable>(questions: readonly Q[], filter: CramFilter): Q[] {
  return questions.filter(
    (q) => (filter.modules.size === 0 || filter.modules.has(q.module)) && matchesAny(filter.topics, q.topics) && matchesAny(filter.skills, q.skills),
  );
}

/** A random sample of the matching questions: due dates and history play no part. */
export function selectCram<Q extends Filterable>(questions: readonly Q[], filter: CramFilter, count: number, random: Random): Q[] {
  return shuffled(cramPool(questions, filter), random).slice(0, count);
}
