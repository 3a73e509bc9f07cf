import { describe, expect, it } from 'vitest';
import type { Presented } from '../../src/engine/grading.ts';
import { parseExamLine, parseSubmitLine } from '../../src/ui/exam-input.ts';
import { messages } from '../../src/ui/messages.ts';
import { question } from '../helpers/questions.ts';

const say = messages('en');
const single: Presented = { question: question('s'), order: [0, 1, 2, 3] };
const sixChoices: Presented = { question: question('six', { choices: 6 }), order: [0, 1, 2, 3, 4, 5] };
const multiple: Presented = { question: question('m', { type: 'multiple' }), order: [0, 1, 2, 3] };

describe('a line at the exam’s Answer: prompt', () => {
  it.each([
    ['b', single, { kind: 'answer', positions: [1] }],
    [' A , c ', multiple, { kind: 'answer', positions: [0, 2] }],
    ['B!', single, { kind: 'answer', positions: [1] }], // marks mean nothing in an exam
    ['n', single, { kind: 'next' }],
    ['P', single, { kind: 'prev' }],
    ['f', single, { kind: 'flag' }],
    ['f', sixChoices, { kind: 'flag' }], // a lone f is always the flag…
    ['F,', sixChoices, { kind: 'answer', positions: [5] }], // …and F, the answer F
    ['s', single, { kind: 'review' }],
    ['q', single, { kind: 'pause' }],
    ['3', single, { kind: 'goto', index: 2 }],
    [' 10 ', single, { kind: 'goto', index: 9 }],
  ] as const)('%j', (line, presented, expected) => {
    expect(parseExamLine(line, presented, 10, say)).toEqual(expected);
  });

  it.each([
    ['z', single, /^Use the letters A to D \(q to quit\)\. n next, p previous, f flag, s review and submit, q stop\.$/],
    ['', single, /^Choose one letter, A to D\./],
    ['a', multiple, /^Choose exactly 2\./],
    ['0', single, /^There is no such question; use a number from 1 to 10\.$/],
    ['11', single, /^There is no such question/],
  ] as const)('%j is invalid, with a hint', (line, presented, hint) => {
    const parsed = parseExamLine(line, presented, 10, say);
    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' && parsed.hint).toMatch(hint);
  });
});

describe('a line at Submit? (y/n)', () => {
  it.each([
    ['y', { kind: 'submit' }],
    ['YES', { kind: 'submit' }],
    ['n', { kind: 'back' }],
    ['no', { kind: 'back' }],
    ['4', { kind: 'goto', index: 3 }],
    ['maybe', { kind: 'invalid', hint: say.examSubmitHint }],
    ['6', { kind: 'invalid', hint: say.examNoSuchQuestion(5) }],
  ] as const)('%j', (line, expected) => {
    expect(parseSubmitLine(line, 5, say)).toEqual(expected);
  });
});
