import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAcrossBanks } from '../../src/bank/across.ts';
import { checkBankText, moduleFromFileName } from '../../src/bank/check.ts';
import { statedChoiceCount } from '../../src/bank/question-types.ts';
import { SAMPLE_BANKS } from '../helpers/cli.ts';

const sample = readFileSync(join(SAMPLE_BANKS, '02-sample.yaml'), 'utf8');
const sampleOne = readFileSync(join(SAMPLE_BANKS, '01-sample.yaml'), 'utf8');

/** The sample bank with one substitution, checked under a file name. */
function variant(from: string, to: string, file = '02-sample.yaml', base = sample) {
  expect(base).toContain(from);
  return checkBankText(base.replace(from, to), file);
}

describe('a valid bank', () => {
  it('carries skills and the course-only mark into the typed questions (absent: none, and not course-only)', () => {
    const { bank, problems } = checkBankText(
      sample.replace('    topics: [delta]\n', '    topics: [delta]\n    skills: ["4.2.2", "1.1.1"]\n    courseOnly: true\n'),
      '02-sample.yaml',
    );
    expect(problems).toEqual([]);
    expect(bank?.questions.map((q) => [q.id, q.skills, q.courseOnly])).toEqual([
      ['t02-single', ['4.2.2', '1.1.1'], true],
      ['t02-single-b', [], false],
    ]);
  });

  it('loads into typed questions with their module and position', () => {
    const { bank, problems } = checkBankText(sampleOne, '01-sample.yaml');
    expect(problems).toEqual([]);
    expect(bank?.module).toBe(1);
    expect(bank?.questions.map((q) => [q.id, q.type, q.module])).toEqual([
      ['t01-single', 'single', 1],
      ['t01-multiple', 'multiple', 1],
      ['t01-order', 'order', 1],
    ]);
    expect(bank?.questions[0]?.at).toEqual({ line: 7, col: 9 });
    expect(bank?.questions[2]?.choices.every((c) => c.correct === false)).toBe(true);
    expect(bank?.questions[2]?.lab).toBe(1);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(checkBankText(`\uFEFF${sample}`, '02-sample.yaml').problems).toEqual([]);
  });
});

// Each rule: a change to a valid bank, the line it must be reported on, and words of the message.
const RULES: Array<[name: string, from: string, to: string, line: number, message: RegExp, base?: string, file?: string]> = [
  [
    'single needs exactly one correct',
    '{text: Insecure, why: It is not.}',
    '{text: Insecure, why: It is not., correct: true}',
    9,
    /exactly 1 correct choice, found 2/,
  ],
  [
    'single needs a correct choice',
    '{text: Secure, why: It is secure., correct: true}',
    '{text: Secure, why: It is secure.}',
    9,
    /exactly 1 correct choice, found 0/,
  ],
  [
    'multiple needs at least two correct',
    '      - text: {en: Second right, ja: 正しい 2}\n        correct: true',
    '      - text: {en: Second right, ja: 正しい 2}',
    32,
    /at least 2 correct choices, found 1/,
    sampleOne,
    '01-sample.yaml',
  ],
  [
    'multiple: "choose N" must agree with the count',
    '(Choose two.)',
    '(Choose three.)',
    30,
    /says choose 3 but 2 choices are correct/,
    sampleOne,
    '01-sample.yaml',
  ],
  ['multiple: every language states the count', '（2 つ選択してください）', '', 31, /must say how many to choose/, sampleOne, '01-sample.yaml'],
  [
    'order needs three items',
    '      - text: {en: Step three, ja: 手順 3}\n        why: {en: Third., ja: 3 番目です。}\n',
    '',
    53,
    /at least 3 items/,
    sampleOne,
    '01-sample.yaml',
  ],
  [
    'order items carry no correct flag',
    '      - text: {en: Step two, ja: 手順 2}\n',
    '      - text: {en: Step two, ja: 手順 2}\n        correct: true\n',
    57,
    /order items have no "correct"/,
    sampleOne,
    '01-sample.yaml',
  ],
  ['module must match the file name', 'module: 2', 'module: 3', 1, /module 3 does not match the file name \(module 2\)/],
  ['ids unique within a file', 'id: t02-single-b', 'id: t02-single', 14, /duplicate id "t02-single"/],
  ['ids are kebab-case', 'id: t02-single-b', 'id: T02 Single', 14, /ids are 3-64 lower-case/],
  ['domain is 1 to 5', 'domain: 5', 'domain: 6', 16, /<=5/],
  ['type is known', 'type: single\n    domain: 5', 'type: truefalse\n    domain: 5', 15, /single|multiple|order/i],
  ['references are https', 'https://docs.aws.amazon.com/example-five.html', 'http://docs.aws.amazon.com/example-five.html', 23, /https:\/\/ URL/],
  ['unknown keys are refused', '    topics: [delta]\n', '    topics: [delta]\n    topic: [oops]\n', 8, /Unrecognized key/],
  ['required fields are required', '    explanation: Secure wins.\n', '', 4, /explanation/],
  ['choice texts are distinct', '{text: Insecure, why: It is not.}', '{text: Secure, why: It is not.}', 11, /same text as choice 1/],
  ['no control characters in text', 'prompt: Pick the secure one.', 'prompt: "Pick \\x07 the secure one."', 8, /control or bidi-override/],
  ['no bidi overrides in text', 'prompt: Pick the secure one.', 'prompt: "Pick \\u202E the secure one."', 8, /control or bidi-override/],
  [
    'no stray space inside Japanese text (a folded line break)',
    'ja: 正しいのはどれですか。',
    'ja: >-\n        正しいのは\n        どれですか。',
    14,
    /space between two Japanese characters/,
    sampleOne,
    '01-sample.yaml',
  ],
  [
    'no space after Japanese punctuation (a folded line break)',
    'ja: 正しいのはどれですか。',
    'ja: >-\n        正しいのは、\n        AWS のどれですか。',
    14,
    /space next to Japanese punctuation/,
    sampleOne,
    '01-sample.yaml',
  ],
  ['skills are exam-guide keys', '    topics: [delta]\n', '    topics: [delta]\n    skills: [4.9.9]\n', 8, /skill keys are exam-guide numbers/],
  [
    'skills are skills of the exam guide',
    '    topics: [delta]\n',
    '    topics: [delta]\n    skills: ["4.3.1"]\n',
    8,
    /"4.3.1" is not a skill of the SOA-C03 exam guide/,
  ],
  ['a skill is named once', '    topics: [delta]\n', '    topics: [delta]\n    skills: ["4.1.1", "4.1.1"]\n', 8, /skill "4.1.1" is listed twice/],
  [
    "the first skill lies in the question's domain",
    '    topics: [delta]\n',
    '    topics: [delta]\n    skills: ["5.1.1", "4.1.1"]\n',
    8,
    /first skill \(5.1.1\) must be in the question's domain 4/,
  ],
  ['courseOnly is true or false', '    topics: [delta]\n', '    topics: [delta]\n    courseOnly: yes\n', 8, /boolean/],
  [
    'a reference is cited once',
    'references: [https://docs.aws.amazon.com/example-four.html]',
    'references: [https://docs.aws.amazon.com/example-four.html, https://docs.aws.amazon.com/example-four.html]',
    13,
    /reference 2 repeats reference 1/,
  ],
  [
    'a single prompt must not ask for several',
    'prompt: Pick the secure one.',
    'prompt: Pick the secure one (choose two).',
    8,
    /says choose 2, but the question is of type single/,
  ],
];

describe('format rules', () => {
  it.each(RULES)('%s', (_name, from, to, line, message, base, file) => {
    const { bank, problems } = variant(from, to, file, base);
    expect(bank).toBeUndefined();
    const hit = problems.find((p) => message.test(p.message) || message.test(p.path));
    expect(hit, JSON.stringify(problems)).toBeDefined();
    expect(hit?.line).toBe(line);
    expect(hit?.file).toBe(file ?? '02-sample.yaml');
  });
});

describe('checks across files', () => {
  it('finds an id used in two banks and names both places', () => {
    const a = checkBankText(sample, 'a/02-sample.yaml').bank;
    const b = checkBankText(sample, 'b/02-sample.yaml').bank;
    const problems = checkAcrossBanks([a!, b!]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: 'b/02-sample.yaml', line: 4, message: 'id "t02-single" is also used in a/02-sample.yaml:4' });
  });
});

describe('helpers', () => {
  it.each([
    ['Which two? (Choose two.)', 2],
    ['(choose THREE)', 3],
    ['どれですか。（2 つ選択してください）', 2],
    ['（３つ選択してください）', 3],
    ['三つ選んでください', 3],
    ['Choose the best option.', undefined],
  ])('statedChoiceCount(%j) = %s', (text, expected) => {
    expect(statedChoiceCount(text)).toBe(expected);
  });

  it.each([
    ['questions/09-monitoring.yaml', 9],
    ['C:\\banks\\14-cost.yaml', 14],
    ['my-bank.yaml', undefined],
    ['9-x.yaml', undefined],
  ])('moduleFromFileName(%j) = %s', (file, expected) => {
    expect(moduleFromFileName(file)).toBe(expected);
  });
});
