/**
 * The question types a bank may use, and what each one demands of its choices and prompt. The
 * bank side of adding a type is here alone: the schema's enum is QUESTION_TYPES, and
 * `typeProblems` must handle every type (the compiler sees to it).
 */
import { assertNever } from '../errors.ts';
import type { PathSegment } from './yaml-source.ts';

export const QUESTION_TYPES = ['single', 'multiple', 'order'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** What the type rules read of a question (as the schema has let it through). */
export interface TypedQuestionInput {
  readonly type: QuestionType;
  readonly choices: readonly { readonly correct?: boolean | undefined }[];
}

/** A broken type rule, its path relative to the question. */
export interface TypeProblem {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const KANJI_NUMBERS: Record<string, number> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7 };
const CHOOSE_EN = /\bchoose\s+(two|three|four|five|six|seven|[2-7])\b/i;
const CHOOSE_JA = /([2-7２-７二三四五六七])\s*つ(?:を)?選/;

/** How many answers a prompt text asks for, or undefined when it does not say. */
export function statedChoiceCount(text: string): number | undefined {
  const en = CHOOSE_EN.exec(text);
  if (en?.[1]) return NUMBER_WORDS[en[1].toLowerCase()] ?? Number(en[1]);
  const ja = CHOOSE_JA.exec(text);
  if (ja?.[1]) {
    const digit = ja[1];
    return KANJI_NUMBERS[digit] ?? Number(String.fromCharCode(digit.charCodeAt(0) >= 0xff10 ? digit.charCodeAt(0) - 0xfee0 : digit.charCodeAt(0)));
  }
  return undefined;
}

/**
 * The type's rules for one question; `promptTexts` are the prompt's texts by language (language
 * '' for a plain string).
 */
export function typeProblems(question: TypedQuestionInput, promptTexts: ReadonlyArray<readonly [lang: string, text: string]>): TypeProblem[] {
  const correct = question.choices.filter((choice) => choice.correct === true).length;
  const promptPath = (lang: string) => (lang ? ['prompt', lang] : ['prompt']);
  // Only "choose N" questions say how many to choose.
  const noStatedCount = (): TypeProblem[] =>
    promptTexts.flatMap(([lang, text]) => {
      const stated = statedChoiceCount(text);
      return stated === undefined
        ? []
        : [{ path: promptPath(lang), message: `the prompt says choose ${stated}, but the question is of type ${question.type}` }];
    });

  switch (question.type) {
    case 'single':
      return [
        ...(correct !== 1 ? [{ path: ['choices'], message: `a single-answer question needs exactly 1 correct choice, found ${correct}` }] : []),
        ...noStatedCount(),
      ];
    case 'multiple': {
      const problems: TypeProblem[] = [];
      if (correct < 2) problems.push({ path: ['choices'], message: `a multiple-response question needs at least 2 correct choices, found ${correct}` });
      if (correct >= question.choices.length) problems.push({ path: ['choices'], message: 'a multiple-response question needs at least one wrong choice' });
      for (const [lang, text] of promptTexts) {
        const stated = statedChoiceCount(text);
        if (stated === undefined) {
          problems.push({
            path: promptPath(lang),
            message: 'a multiple-response prompt must say how many to choose, e.g. "(Choose two.)" or "（2 つ選択してください）"',
          });
        } else if (stated !== correct) {
          problems.push({ path: promptPath(lang), message: `the prompt says choose ${stated} but ${correct} choices are correct` });
        }
      }
      return problems;
    }
    case 'order': {
      const problems = noStatedCount();
      if (question.choices.length < 3) problems.push({ path: ['choices'], message: 'an order question needs at least 3 items' });
      question.choices.forEach((choice, c) => {
        if (choice.correct !== undefined)
          problems.push({ path: ['choices', c, 'correct'], message: 'order items have no "correct": their order in the file is the answer' });
      });
      return problems;
    }
    default:
      return assertNever(question.type);
  }
}
