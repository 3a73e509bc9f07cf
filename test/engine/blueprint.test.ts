import { describe, expect, it } from 'vitest';
import { examBlueprint, selectExam, type Blueprint } from '../../src/engine/blueprint.ts';
import { seededRandom } from '../../src/engine/random.ts';
import type { Domain, Question } from '../../src/bank/types.ts';
import type { CardState } from '../../src/srs/card.ts';
import { recordsOf } from '../helpers/history.ts';
import { question } from '../helpers/questions.ts';

const DAY = 86_400_000;
const now = Date.parse('2026-06-01T10:00:00Z');
const WEIGHTS: Record<Domain, number> = { 1: 0.22, 2: 0.22, 3: 0.22, 4: 0.16, 5: 0.18 };
const DOMAIN_LIST: Domain[] = [1, 2, 3, 4, 5];
const noHistory = recordsOf({}, []);
const only = (domain: Domain, count: number): Blueprint => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, [domain]: count });

/** `perDomain[d - 1]` questions in domain d, ids like `d3-07`. */
function bank(perDomain: number[]): Question[] {
  return perDomain.flatMap((n, i) => Array.from({ length: n }, (_, j) => question(`d${i + 1}-${String(j).padStart(2, '0')}`, { domain: (i + 1) as Domain })));
}

const sum = (counts: Record<Domain, number>) => DOMAIN_LIST.reduce((s, d) => s + counts[d], 0);

describe('exam blueprint', () => {
  it.each([
    // exact shares 14.3/14.3/14.3/10.4/11.7: the leftover 2 go to .7 (d5) and .4 (d4)
    [65, [14, 14, 14, 11, 12]],
    // 2.2/2.2/2.2/1.6/1.8: leftover 2 go to .8 (d5) and .6 (d4)
    [10, [2, 2, 2, 2, 2]],
    // 4.4/4.4/4.4/3.2/3.6: leftover 2 go to .6 (d5), then the tie at .4 to the lowest domain (d1)
    [20, [5, 4, 4, 3, 4]],
    // 6.6/6.6/6.6/4.8/5.4: leftover 3 go to .8 (d4), then .6 to d1 and d2
    [30, [7, 7, 6, 5, 5]],
    [50, [11, 11, 11, 8, 9]],
    [100, [22, 22, 22, 16, 18]],
    // .22/.22/.22/.16/.18: the one seat goes to the first of the tied largest
    [1, [1, 0, 0, 0, 0]],
    [0, [0, 0, 0, 0, 0]],
  ])('%i questions → %j', (count, expected) => {
    const blueprint = examBlueprint(count);
    expect(DOMAIN_LIST.map((d) => blueprint[d])).toEqual(expected);
  });

  it('always sums to the count and keeps every domain within one question of its exact share', () => {
    for (let count = 0; count <= 300; count++) {
      const blueprint = examBlueprint(count);
      expect(sum(blueprint)).toBe(count);
      for (const d of DOMAIN_LIST) expect(Math.abs(blueprint[d] - count * WEIGHTS[d])).toBeLessThan(1);
    }
  });

  it.each([-1, 2.5, Number.NaN])('refuses %s questions', (count) => {
    expect(() => examBlueprint(count)).toThrow(RangeError);
  });
});

describe('drawing an exam', () => {
  const full = bank([20, 20, 20, 20, 20]);

  it('follows the blueprint with no question twice, domains mixed', () => {
    const draw = selectExam(full, examBlueprint(65), noHistory, now, seededRandom(1));
    const ids = draw.questions.map((q) => q.id);
    expect(ids).toHaveLength(65);
    expect(new Set(ids).size).toBe(65);
    const counted = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
    for (const q of draw.questions) counted[q.domain]++;
    expect(counted).toEqual({ 1: 14, 2: 14, 3: 14, 4: 11, 5: 12 });
    expect(draw.byDomain).toEqual(counted);
    expect(draw.shortfalls).toEqual([]);
    // Drawn domain by domain; the final shuffle must mix them.
    const domains = draw.questions.map((q) => q.domain);
    expect(domains).not.toEqual([...domains].sort());
  });

  it('gives the same exam for the same seed and a different one for another seed', () => {
    const ids = (seed: number) => selectExam(full, examBlueprint(65), noHistory, now, seededRandom(seed)).questions.map((q) => q.id);
    expect(ids(7)).toEqual(ids(7));
    expect(ids(7)).not.toEqual(ids(8));
  });

  it('never repeats a question listed twice in the bank', () => {
    const twice = [...bank([3]), ...bank([3])];
    const draw = selectExam(twice, only(1, 5), noHistory, now, seededRandom(1));
    expect(draw.questions.map((q) => q.id).sort()).toEqual(['d1-00', 'd1-01', 'd1-02']);
  });

  it('fills a domain short of questions from the others and says so', () => {
    const draw = selectExam(bank([20, 20, 20, 2, 20]), examBlueprint(65), noHistory, now, seededRandom(3));
    expect(draw.shortfalls).toEqual([{ domain: 4, wanted: 11, available: 2 }]);
    expect(draw.questions).toHaveLength(65);
    expect(new Set(draw.questions.map((q) => q.id)).size).toBe(65);
    expect(draw.byDomain[4]).toBe(2);
    for (const d of [1, 2, 3, 5] as const) expect(draw.byDomain[d]).toBeGreaterThanOrEqual(examBlueprint(65)[d]);
  });

  it('never draws an ordering item or a course-only question, even to fill a short exam', () => {
    const eligible = bank([4]);
    const courseOnly = [
      question('c-order', { type: 'order', domain: 1 }),
      question('c-only', { domain: 1, courseOnly: true }),
      question('c-only-multi', { type: 'multiple', domain: 2, courseOnly: true }),
    ];
    const draw = selectExam([...courseOnly, ...eligible], examBlueprint(65), noHistory, now, seededRandom(5));
    expect(draw.questions.map((q) => q.id).sort()).toEqual(eligible.map((q) => q.id));
  });

  it('gives the whole bank when it is smaller than the exam', () => {
    const draw = selectExam(bank([3, 2, 1, 0, 1]), examBlueprint(65), noHistory, now, seededRandom(3));
    expect(draw.questions).toHaveLength(7);
    expect(draw.shortfalls.map((s) => [s.domain, s.available])).toEqual([
      [1, 3],
      [2, 2],
      [3, 1],
      [4, 0],
      [5, 1],
    ]);
  });

  describe('favouring questions not seen recently', () => {
    // d1-00..02 never answered; d1-03 10 days ago, d1-04 3 days ago, d1-05 an hour ago.
    const six = bank([6]);
    const answers = [
      { q: 'd1-03', at: now - 10 * DAY },
      { q: 'd1-05', at: now - 30 * DAY },
      { q: 'd1-04', at: now - 3 * DAY },
      { q: 'd1-05', at: now - 3_600_000 }, // its latest answer is what counts
    ];
    const drawn = (count: number, seed: number) =>
      selectExam(six, only(1, count), recordsOf({}, answers), now, seededRandom(seed))
        .questions.map((q) => q.id)
        .sort();

    it.each([1, 2, 3, 4, 5])('seed %i: unseen first, then the longest unseen', (seed) => {
      expect(drawn(3, seed)).toEqual(['d1-00', 'd1-01', 'd1-02']);
      expect(drawn(4, seed)).toEqual(['d1-00', 'd1-01', 'd1-02', 'd1-03']);
      expect(drawn(5, seed)).toEqual(['d1-00', 'd1-01', 'd1-02', 'd1-03', 'd1-04']);
    });

    it('counts a card without a recorded answer by its last review', () => {
      const card: CardState = {
        due: now,
        stability: 3,
        difficulty: 5,
        scheduledDays: 3,
        learningSteps: 0,
        reps: 2,
        lapses: 0,
        state: 'review',
        lastReview: now - DAY,
      };
      const pair = bank([2]);
      for (let seed = 1; seed <= 8; seed++) {
        const draw = selectExam(pair, only(1, 1), recordsOf({ 'd1-00': card }, []), now, seededRandom(seed));
        expect(draw.questions.map((q) => q.id)).toEqual(['d1-01']);
      }
    });

    it('picks at random among questions last seen the same day', () => {
      const sameDay = [
        { q: 'd1-00', at: now - 2 * 3_600_000 },
        { q: 'd1-01', at: now - 1 * 3_600_000 },
      ];
      const picked = new Set<string>();
      for (let seed = 1; seed <= 20; seed++) {
        const draw = selectExam(bank([2]), only(1, 1), recordsOf({}, sameDay), now, seededRandom(seed));
        picked.add(draw.questions[0]!.id);
      }
      expect([...picked].sort()).toEqual(['d1-00', 'd1-01']);
    });
  });
});
