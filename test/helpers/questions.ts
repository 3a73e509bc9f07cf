/** Small questions built in code, for the pure engine tests. */
import type { Question, QuestionType } from '../../src/bank/types.ts';

export function question(
  id: string,
  overrides: Partial<Omit<Question, 'choices'>> & { correct?: number[]; choices?: number; type?: QuestionType } = {},
): Question {
  const type = overrides.type ?? 'single';
  const count = overrides.choices ?? 4;
  const correct = new Set(overrides.correct ?? (type === 'single' ? [0] : type === 'multiple' ? [0, 1] : []));
  return {
    id,
    type,
    domain: overrides.domain ?? 1,
    topics: overrides.topics ?? ['topic'],
    skills: overrides.skills ?? [],
    courseOnly: overrides.courseOnly ?? false,
    prompt: `Prompt of ${id}`,
    choices: Array.from({ length: count }, (_, i) => ({ text: `${id} choice ${i}`, why: `why ${i}`, correct: type !== 'order' && correct.has(i) })),
    explanation: 'Because.',
    references: ['https://docs.aws.amazon.com/x.html'],
    module: overrides.module ?? 1,
    at: { line: 1, col: 1 },
  };
}
