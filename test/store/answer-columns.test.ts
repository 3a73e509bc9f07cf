import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from '../../src/store/legacy/answer-columns.ts';
import type { AnswerRecord } from '../../src/store/score-types.ts';

const answers: AnswerRecord[] = [
  { id: 'a', q: 'm01-x', at: 1000, given: [2], correct: true, rating: 'good', mode: 'drill', ms: 1500 },
  { id: 'b', q: 'm02-y', at: 2000, given: [0, 3], correct: false, rating: 'again', mode: 'quiz', ms: 0 },
  { id: 'c', q: 'm01-x', at: 3000, given: [], correct: false, mode: 'cram', ms: 20 },
  { id: 'd', q: 'm03-z', at: 4000, given: [3, 1, 0, 2], correct: true, rating: 'easy', mode: 'exam', ms: 9 },
];

describe('answer columns', () => {
  it('round-trips every field, including answers without a rating', () => {
    expect(decodeAnswers(JSON.parse(JSON.stringify(encodeAnswers(answers))))).toEqual(answers);
  });

  it('stores each question id once', () => {
    expect(encodeAnswers(answers).questions).toEqual(['m01-x', 'm02-y', 'm03-z']);
  });

  it.each([
    ['a missing column', (c: Record<string, unknown>) => delete c['ms'], /answers\.ms: expected a list/],
    ['a wrong value', (c: Record<string, unknown>) => ((c['correct'] as number[])[1] = 2), /answers\.correct\[1\]: expected a whole number from 0 to 1/],
    ['a rating out of range', (c: Record<string, unknown>) => ((c['rating'] as number[])[0] = 9), /answers\.rating\[0\]/],
    ['non-digit choices', (c: Record<string, unknown>) => ((c['given'] as string[])[0] = '1,2'), /answers\.given\[0\]: expected digits/],
  ])('refuses %s', (_name, damage, message) => {
    const columns = JSON.parse(JSON.stringify(encodeAnswers(answers))) as Record<string, unknown>;
    damage(columns);
    expect(() => decodeAnswers(columns)).toThrow(message);
  });
});

describe('answer ids in columns', () => {
  it('stores only the ids that are not derived from time and question', async () => {
    const { answerId } = await import('../../src/store/score-types.ts');
    const derived = { ...answers[0]!, id: answerId(answers[0]!.at, answers[0]!.q) };
    const columns = encodeAnswers([derived, answers[1]!]);
    expect(columns.ids).toEqual({ 1: 'b' });
    expect(decodeAnswers(JSON.parse(JSON.stringify(columns))).map((a) => a.id)).toEqual([derived.id, 'b']);
  });

  it('refuses an id for a position beyond the answers', () => {
    const columns = JSON.parse(JSON.stringify(encodeAnswers(answers))) as { ids: Record<string, string> };
    columns.ids['9'] = 'x';
    expect(() => decodeAnswers(columns)).toThrow(/answers\.ids\.9: no such answer/);
  });
});
