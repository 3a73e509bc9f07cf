import { describe, expect, it } from 'vitest';
import { repeatedWrongChoices, repeatedWrongPicks } from '../../src/engine/distractors.ts';
import { historyOf } from '../helpers/history.ts';
import { question } from '../helpers/questions.ts';

const single = question('s', { correct: [0] }); // choices 1–3 wrong
const multiple = question('m', { type: 'multiple', choices: 5, correct: [0, 1] }); // 2–4 wrong
const order = question('o', { type: 'order', choices: 3 });
const byId = new Map([single, multiple, order].map((q) => [q.id, q]));

const answer = (q: string, given: number[], correct: boolean, at = 0) => ({ q, given, correct, at });

describe('repeated wrong choices (the feedback note)', () => {
  it.each([
    ['the same wrong choice as an earlier wrong answer', single, [2], [answer('s', [2], false)], [2]],
    ['a different wrong choice', single, [3], [answer('s', [2], false)], []],
    ['a first wrong pick', single, [2], [], []],
    ['a right answer now', single, [0], [answer('s', [0], false)], []],
    ['only another question picked it', single, [2], [answer('m', [2], false)], []],
    ['the wrong choice inside a mixed multiple-response pick', multiple, [0, 3], [answer('m', [1, 3], false)], [3]],
    ['a right choice repeated in two wrong multiple-response picks', multiple, [0, 4], [answer('m', [0, 2], false)], []],
    ['an order question', order, [1, 0, 2], [answer('o', [1, 0, 2], false)], []],
  ])('%s', (_name, q, given, earlier, expected) => {
    expect(repeatedWrongChoices(q, given, historyOf(earlier).questions.get(q.id))).toEqual(expected);
  });
});

describe('repeated wrong picks (the stats list)', () => {
  const history = [
    answer('s', [2], false, 1),
    answer('s', [0], true, 2),
    answer('m', [0, 3], false, 3),
    answer('s', [2], false, 4),
    answer('m', [0, 3], false, 5),
    answer('m', [0, 4], false, 6), // 0 is right: three wrong answers hold it, but it is no mistake
    answer('o', [1, 0, 2], false, 7),
    answer('o', [1, 0, 2], false, 8),
    answer('s', [3], false, 9),
    answer('gone', [1], false, 10),
    answer('gone', [1], false, 11),
    answer('s', [2], false, 12),
  ];

  it('counts each wrong choice picked in two or more wrong answers, most often first, then most recent', () => {
    expect(repeatedWrongPicks(historyOf(history), (id) => byId.get(id))).toEqual([
      { q: 's', choice: 2, times: 3, lastAt: 12 },
      { q: 'm', choice: 3, times: 2, lastAt: 5 },
    ]);
  });

  it('without the bank gives an upper bound from the history alone', () => {
    expect(repeatedWrongPicks(historyOf(history)).map((p) => `${p.q}:${p.choice}×${p.times}`)).toEqual([
      's:2×3',
      'm:0×3',
      'gone:1×2',
      'o:0×2',
      'o:1×2',
      'o:2×2',
      'm:3×2',
    ]);
  });
});
