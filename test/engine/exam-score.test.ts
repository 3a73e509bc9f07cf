import { describe, expect, it } from 'vitest';
import { scaledScore, scoreExam } from '../../src/engine/exam-score.ts';
import type { Presented } from '../../src/engine/grading.ts';
import { question } from '../helpers/questions.ts';

/** Shown in a known order: order[position] = choice index. */
const shown = (q: ReturnType<typeof question>, order: number[]): Presented => ({ question: q, order });

describe('estimated scaled score', () => {
  it.each([
    [0, 100],
    [0.36, 410], // halfway to the pass mark: 100 + 620 / 2
    [0.72, 720], // the assumed pass mark
    [0.86, 860], // halfway from the pass mark to all: 720 + 280 / 2
    [1, 1000],
    [46 / 65, 709], // 100 + 620 × 0.70769 / 0.72 = 709.4
    [47 / 65, 723], // 720 + 280 × 0.00308 / 0.28 = 723.1
    [0.7199999, 719], // rounded down: just under the mark never shows 720
    [-0.5, 100],
    [1.5, 1000],
  ])('fraction %s → %i', (fraction, scaled) => {
    expect(scaledScore(fraction)).toBe(scaled);
  });

  it('rises with every extra right answer on a 65-question exam', () => {
    const scores = Array.from({ length: 66 }, (_, k) => scaledScore(k / 65));
    for (let k = 1; k < scores.length; k++) expect(scores[k]!).toBeGreaterThan(scores[k - 1]!);
  });
});

describe('scoring an exam', () => {
  const single = shown(question('s', { domain: 1, correct: [2] }), [3, 2, 1, 0]); // right: position 1
  const multiple = shown(question('m', { domain: 2, type: 'multiple', choices: 5, correct: [0, 3] }), [4, 3, 2, 1, 0]); // right: positions 1 and 4
  const order = shown(question('o', { domain: 4, type: 'order', choices: 4 }), [2, 0, 3, 1]); // right: 1, 3, 0, 2
  const skipped = shown(question('u', { domain: 4 }), [0, 1, 2, 3]);

  it('grades all-or-nothing and counts unanswered as wrong', () => {
    const score = scoreExam([
      { presented: single, answer: [1] },
      { presented: multiple, answer: [1] }, // one of the two right choices: wrong
      { presented: order, answer: [1, 3, 0, 2] },
      { presented: skipped, answer: null },
    ]);
    expect(score.results.map((r) => r.correct)).toEqual([true, false, true, false]);
    expect(score).toMatchObject({ correct: 2, total: 4, scaled: 530, passed: false }); // 100 + 620 × 0.5 / 0.72 = 530.6
    expect(score.byDomain).toEqual({
      1: { correct: 1, total: 1 },
      2: { correct: 0, total: 1 },
      3: { correct: 0, total: 0 },
      4: { correct: 1, total: 2 },
      5: { correct: 0, total: 0 },
    });
  });

  it('lists the missed questions in exam order with what was given and what was right', () => {
    const score = scoreExam([
      { presented: skipped, answer: null },
      { presented: single, answer: [1] },
      { presented: multiple, answer: [1, 2] },
    ]);
    expect(score.missed.map((r) => r.presented.question.id)).toEqual(['u', 'm']);
    expect(score.missed[0]).toMatchObject({ positions: null, given: [], correctPositions: [0] });
    expect(score.missed[1]).toMatchObject({ positions: [1, 2], given: [3, 2], correctPositions: [1, 4] });
  });

  it('counts a multiple-response answer right when it is exactly the right set', () => {
    expect(scoreExam([{ presented: multiple, answer: [4, 1] }]).correct).toBe(1);
    expect(scoreExam([{ presented: multiple, answer: [4, 1, 0] }]).correct).toBe(0);
  });

  it('passes at the assumed pass mark and not one answer below', () => {
    const exam = (right: number) =>
      scoreExam(Array.from({ length: 25 }, (_, i) => ({ presented: shown(question(`q${i}`), [0, 1, 2, 3]), answer: i < right ? [0] : [1] })));
    expect(exam(18)).toMatchObject({ correct: 18, scaled: 720, passed: true }); // 18 / 25 = 0.72
    expect(exam(17)).toMatchObject({ correct: 17, scaled: 685, passed: false }); // 100 + 620 × 0.68 / 0.72 = 685.6
  });

  it('scores an empty exam as the minimum', () => {
    expect(scoreExam([])).toMatchObject({ correct: 0, total: 0, scaled: 100, passed: false });
  });
});
