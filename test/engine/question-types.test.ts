/**
 * Every question type a bank may use has its engine module and its front-end module, and each
 * engine module grades a valid question of its type as the bank rules describe it: its own right
 * answer is right, an answer one position short is wrong.
 */
import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, type QuestionType, typeProblems } from '../../src/bank/question-types.ts';
import { questionType } from '../../src/engine/question-types/registry.ts';
import { seededRandom } from '../../src/engine/random.ts';
import { questionTypeUi } from '../../src/ui/question-types/registry.ts';
import { question } from '../helpers/questions.ts';

/** Four choices with one right, two right, or none marked (an order): the first the type's rules accept. */
function validQuestion(type: QuestionType) {
  const shapes = [
    { correct: [2], prompt: 'Which one is right?' },
    { correct: [1, 3], prompt: 'Which two are right? (Choose two.)' },
    { correct: [], prompt: 'Put these in order.' },
  ];
  for (const shape of shapes) {
    const choices = [0, 1, 2, 3].map((i) => (shape.correct.length > 0 ? { correct: shape.correct.includes(i) } : {}));
    if (typeProblems({ type, choices }, [['', shape.prompt]]).length === 0) return question('q1', { type, choices: 4, correct: shape.correct });
  }
  throw new Error(`no valid sample question of type ${type}`);
}

describe.each(QUESTION_TYPES)('question type %s', (type) => {
  const q = validQuestion(type);
  const engine = questionType(type);

  it('has an engine module and a front-end module that names it in both languages', () => {
    expect(engine).toBeDefined();
    expect(questionTypeUi(type).label('en')).toMatch(/\S/);
    expect(questionTypeUi(type).label('ja')).toMatch(/\S/);
  });

  it('arranges every choice once and grades its own right answer as right, one short as wrong', () => {
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
