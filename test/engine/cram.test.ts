import { describe, expect, it } from 'vitest';
import { cramPool, selectCram } from '../../src/engine/cram.ts';
import { seededRandom } from '../../src/engine/random.ts';
import { question } from '../helpers/questions.ts';

const questions = [
  question('a', { module: 1, topics: ['x'], skills: ['1.1.1'] }),
  question('b', { module: 1, topics: ['y'], skills: ['1.1.2', '5.2.2'] }),
  question('c', { module: 2, topics: ['x', 'z'], skills: ['5.2.2'] }),
  question('d', { module: 3, topics: ['z'] }),
];
const ids = (qs: readonly { id: string }[]) => qs.map((q) => q.id);

describe('cram selection', () => {
  it.each([
    ['everything', [], [], ['a', 'b', 'c', 'd']],
    ['one module', [1], [], ['a', 'b']],
    ['two modules', [1, 3], [], ['a', 'b', 'd']],
    ['a topic', [], ['x'], ['a', 'c']],
    ['any of two topics', [], ['y', 'z'], ['b', 'c', 'd']],
    ['a module and a topic', [2], ['x'], ['c']],
    ['nothing matching', [3], ['y'], []],
  ])('%s', (_name, modules, topics, expected) => {
    expect(ids(cramPool(questions, { modules: new Set(modules), topics: new Set(topics), skills: new Set() }))).toEqual(expected);
  });

  it.each([
    ['a skill, main or not', [], ['5.2.2'], ['b', 'c']],
    ['any of two skills', [], ['1.1.1', '1.1.2'], ['a', 'b']],
    ['a skill and a topic', ['y'], ['5.2.2'], ['b']],
    ['a skill nobody tests', [], ['2.3.4'], []],
  ])('%s', (_name, topics, skills, expected) => {
    expect(ids(cramPool(questions, { modules: new Set(), topics: new Set(topics), skills: new Set(skills) }))).toEqual(expected);
  });

  it('draws at most count, each once, the same for the same seed', () => {
    const all = { modules: new Set<number>(), topics: new Set<string>(), skills: new Set<string>() };
    const draw = (seed: number, count: number) => ids(selectCram(questions, all, count, seededRandom(seed)));
    expect(draw(1, 3)).toHaveLength(3);
    expect(new Set(draw(1, 3)).size).toBe(3);
    expect(draw(1, 3)).toEqual(draw(1, 3));
    expect(draw(1, 10).sort()).toEqual(['a', 'b', 'c', 'd']);
    const orders = new Set([1, 2, 3, 4, 5, 6].map((seed) => draw(seed, 4).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });
});
