import { describe, expect, it } from 'vitest';
import { correctPositions, grade, present, type Presented } from '../../src/engine/grading.ts';
import { seededRandom } from '../../src/engine/random.ts';
import { question } from '../helpers/questions.ts';

/** Shown in a known order: order[position] = choice index. */
const shown = (q: ReturnType<typeof question>, order: number[]): Presented => ({ question: q, order });

describe('grading', () => {
  const single = shown(question('s', { correct: [2] }), [3, 2, 1, 0]);
  const multiple = shown(question('m', { type: 'multiple', choices: 5, correct: [0, 3] }), [4, 3, 2, 1, 0]);
  const order = shown(question('o', { type: 'order', choices: 4 }), [2, 0, 3, 1]);

  it.each([
    ['single: the right position', single, [1], true],
    ['single: a wrong position', single, [0], false],
    ['multiple: exactly the right set, any order', multiple, [4, 1], true],
    ['multiple: one right of two is wrong (all-or-nothing)', multiple, [1], false],
    ['multiple: the right set plus an extra is wrong', multiple, [1, 4, 2], false],
    ['multiple: a repeated position is wrong', multiple, [1, 1], false],
    ['order: the right sequence', order, [1, 3, 0, 2], true],
    ['order: one swap is wrong', order, [3, 1, 0, 2], false],
    ['order: a short sequence is wrong', order, [1, 3, 0], false],
  ])('%s', (_name, presented, positions, correct) => {
    expect(grade(presented, positions).correct).toBe(correct);
  });

  it('records answers as bank choice indices, whatever the display order', () => {
    expect(grade(single, [1]).given).toEqual([2]);
    expect(grade(order, [1, 3, 0, 2]).given).toEqual([0, 1, 2, 3]);
  });

  it('gives the correct positions for feedback', () => {
    expect(correctPositions(single)).toEqual([1]);
    expect(correctPositions(multiple)).toEqual([1, 4]);
    expect(correctPositions(order)).toEqual([1, 3, 0, 2]);
  });
});

describe('presenting', () => {
  it('shuffles deterministically by seed and keeps every choice once', () => {
    const q = question('q', { choices: 6 });
    const a = present(q, seededRandom(7)).order;
    const b = present(q, seededRandom(7)).order;
    expect(a).toEqual(b);
    expect([...a].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    const others = [1, 2, 3, 4, 5].map((seed) => present(q, seededRandom(seed)).order.join());
    expect(new Set(others).size).toBeGreaterThan(1);
  });

  it('never shows an order question already in order', () => {
    const q = question('o', { type: 'order', choices: 3 });
    for (let seed = 0; seed < 200; seed++) expect(present(q, seededRandom(seed)).order).not.toEqual([0, 1, 2]);
  });
});
