/**
 * A bank compiled for one language (what a session reads): each text is the string `localize`
 * gives for that language, so what is shown is the same as from the whole bank.
 */
import { describe, expect, it } from 'vitest';
import { checkBankText } from '../../src/bank/check.ts';
import { inLanguage, LANGS, localize, type LocalizedText } from '../../src/bank/types.ts';

const BANK = `module: 9
title: {en: Monitoring, ja: モニタリング}
questions:
  - id: m09-both
    type: single
    domain: 1
    topics: [cw-metrics]
    prompt: {en: Which metric?, ja: どのメトリクスですか。}
    choices:
      - {text: {en: CPU, ja: CPU 使用率}, why: {en: Right., ja: 正しい。}, correct: true}
      - {text: Disk, why: {en: Not kept by default.}}
    explanation: {en: CPU is kept., ja: CPU は記録されます。}
    references: [https://docs.aws.amazon.com/x.html]
`;

describe('inLanguage', () => {
  const { bank } = checkBankText(BANK, '09-monitoring.yaml');
  if (!bank) throw new Error('the sample bank must be valid');

  it.each(LANGS)('every text of the bank in %s is the string shown in that language, falling back as localize does', (lang) => {
    const one = inLanguage(bank, lang);
    const texts = (b: typeof bank): LocalizedText[] => [
      b.title,
      ...b.questions.flatMap((q) => [q.prompt, q.explanation, ...q.choices.flatMap((c) => [c.text, c.why])]),
    ];
    expect(texts(one)).toEqual(texts(bank).map((t) => localize(t, lang)));
    expect(texts(one).every((t) => typeof t === 'string')).toBe(true);
    // Nothing else changes.
    const { title: _t, questions: oneQuestions, ...rest } = one;
    const { title: _w, questions: wholeQuestions, ...wholeRest } = bank;
    expect(rest).toEqual(wholeRest);
    expect(oneQuestions.map(({ prompt: _p, explanation: _e, choices, ...q }) => ({ ...q, correct: choices.map((c) => c.correct) }))).toEqual(
      wholeQuestions.map(({ prompt: _p, explanation: _e, choices, ...q }) => ({ ...q, correct: choices.map((c) => c.correct) })),
    );
  });

  it('in Japanese keeps the Japanese and, where there is none, the English', () => {
    const q = inLanguage(bank, 'ja').questions[0];
    expect(q?.prompt).toBe('どのメトリクスですか。');
    expect(q?.choices[1]?.why).toBe('Not kept by default.');
  });
});
