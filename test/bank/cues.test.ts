import { describe, expect, it } from 'vitest';
import { cueViolations, GUESSERS, hitChance, measureCues, type CueQuestion } from '../../src/bank/cues.ts';

describe('hitChance: a guesser taking the k highest scores, ties at random', () => {
  it.each([
    ['the key alone on top', [5, 3, 2, 1], [0], 1],
    ['the key below the top', [5, 3, 2, 1], [1], 0],
    ['the key tied with one other on top', [5, 5, 2, 1], [0], 1 / 2],
    ['the key tied with three others', [4, 4, 4, 4], [2], 1 / 4],
    ['two keys on top', [9, 8, 1, 1, 1], [0, 1], 1],
    ['two keys, one on top, one tied with two for the second seat', [9, 5, 5, 5, 1], [0, 2], 1 / 3],
    ['two keys, one outside the top two', [9, 8, 1, 1, 1], [0, 3], 0],
    ['two keys tied with a third for both seats', [5, 5, 5, 1, 1], [0, 1], 1 / 3],
    ['a distractor above both keys', [9, 5, 5, 1, 1], [1, 2], 0],
  ])('%s', (_name, scores, keys, expected) => {
    expect(hitChance(scores, new Set(keys), keys.length)).toBeCloseTo(expected, 10);
  });
});

const single = (id: string, texts: string[], key: number, prompt = 'Which option?'): CueQuestion => ({
  id,
  type: 'single',
  prompt: { en: prompt, ja: prompt },
  choices: texts.map((t, i) => ({ text: { en: t, ja: t }, why: 'w', correct: i === key })),
});

describe('measureCues', () => {
  const longestIsKey = single('long', ['short', 'a much longer answer here', 'tiny', 'small'], 1);
  const shortestIsKey = single('short', ['short', 'a much longer answer here', 'tiny', 'small'], 2);

  it('finds the key when it is the longest, and not when it is the shortest', () => {
    const rates = measureCues([longestIsKey, shortestIsKey]);
    const longestEn = rates.find((r) => r.guesser === 'longest-en')!;
    expect(longestEn.single).toMatchObject({ found: 1, questions: 2, rate: 0.5, certain: ['long'] });
  });

  it('counts words shared with the prompt, not stop words', () => {
    const q = single(
      'words',
      ['the bucket policy', 'bucket versioning on the source bucket', 'a lifecycle rule', 'an access point'],
      1,
      'A bucket needs versioning on its source. What should be done?',
    );
    const shared = measureCues([q]).find((r) => r.guesser === 'shared-words-en')!;
    expect(shared.single.certain).toEqual(['words']);
  });

  it('counts clauses: commas and joining words', () => {
    const q = single('clauses', ['Use A.', 'Use B, then C, and D.', 'Use E.', 'Use F.'], 1);
    const clauses = measureCues([q]).find((r) => r.guesser === 'clauses-en')!;
    expect(clauses.single.rate).toBe(1);
  });

  it('reports rates over the limits, and none for a balanced bank', () => {
    expect(cueViolations(measureCues([longestIsKey]))).toContain('longest-en finds 100.0 % of single-answer keys (limit 35.0 %)');
    const balanced = [0, 1, 2, 3].map((key) => single(`b${key}`, ['aaaa, and', 'bbbb, and', 'cccc, and', 'dddd, and'], key));
    expect(cueViolations(measureCues(balanced))).toEqual([]);
  });

  it('ignores ordering items', () => {
    const order: CueQuestion = { ...longestIsKey, id: 'order', type: 'order' };
    expect(measureCues([order]).every((r) => r.single.questions === 0 && r.multiple.questions === 0)).toBe(true);
  });

  it('has the guessers the issue names, and the inverse of each', () => {
    expect(GUESSERS.map((g) => g.name)).toEqual([
      'longest-en',
      'longest-ja',
      'shortest-en',
      'shortest-ja',
      'middle-length-en',
      'middle-length-ja',
      'shared-words-en',
      'fewest-shared-words-en',
      'clauses-en',
      'fewest-clauses-en',
    ]);
  });

  it('catches keys that are never the longest or the shortest: the middle-length guesser', () => {
    // Key always second-longest of four: neither extreme, so the middle pair holds it every time.
    const texts = ['a', 'bbbbbbbbbb', 'cccccccccccccccccccc', 'dddddddddddddddddddddddddddddd'];
    const alwaysMiddle = [0, 1, 2, 3].map((i) => single(`m${i}`, texts, 2));
    const middle = measureCues(alwaysMiddle).find((r) => r.guesser === 'middle-length-en')!;
    // The two middle choices tie for nearest the middle: half of each key is found.
    expect(middle.single.rate).toBe(0.5);
    const extremes = [0, 1, 2, 3].map((i) => single(`e${i}`, texts, i % 2 === 0 ? 0 : 3));
    expect(measureCues(extremes).find((r) => r.guesser === 'middle-length-en')!.single.rate).toBe(0);
  });

  it('reads each cue both ways: a bank whose keys are always the shortest is caught', () => {
    const shortestIsAlwaysKey = [0, 1, 2, 3].map((key) =>
      single(
        `s${key}`,
        ['a long distractor text', 'another long distractor', 'a third long distractor', 'one more long distractor'].map((t, i) => (i === key ? 'brief' : t)),
        key,
      ),
    );
    const rates = measureCues(shortestIsAlwaysKey);
    expect(rates.find((r) => r.guesser === 'shortest-en')!.single.rate).toBe(1);
    expect(rates.find((r) => r.guesser === 'longest-en')!.single.rate).toBe(0);
    expect(cueViolations(rates)).toContain('shortest-en finds 100.0 % of single-answer keys (limit 35.0 %)');
  });
});
