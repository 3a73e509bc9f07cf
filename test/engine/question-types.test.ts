/**
 * Every question type a bank may use has its engine module and its front-end module, and the
 * engine modules agree with what the bank rules demand of each type.
 */
import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../../src/bank/question-types.ts';
import { questionType } from '../../src/engine/question-types/registry.ts';
import { seededRandom } from '../../src/engine/random.ts';
import { questionTypeUi } from '../../src/ui/question-types/registry.ts';
import { question } from '../helpers/questions.ts';

describe.each(QUESTION_TYPES)('question type %s', (type) => {
  const q = question('q1', { type, choices: 4, ...(type === 'single' ? { correct: [2] } : type === 'multiple' ? { correct: [1, 3] } : {}) });
  const engine = questionType(type);

  it('has an engine module and a front-end module', () => {
    expect(engine).toBeDefined();
    expect(questionTypeUi(type).label('en')).toBe(type);
  });

  it('arranges every choice once and grades its own right answer as right, any other as wrong', () => {
    const order = engine.arrange(q, seededRandom(3));
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    const right = engine.correctPositions(q, order);
    expect(right).toHaveLength(engine.answerLength(q));
    expect(
      engine.isCorrect(
        q,
        right.map((p) => order[p] ?? -1),
      ),
    ).toBe(true);
    expect(
      engine.isCorrect(
        q,
        right.slice(1).map((p) => order[p] ?? -1),
      ),
    ).toBe(false);
  });
});
