/**
 * The shape of a question bank once it has passed validation. Kept apart from the zod schema so
 * the hot paths (due, stats) can use the types without importing zod at run time.
 */
import type { QuestionType } from './question-types.ts';

export type { QuestionType };

export type Lang = 'en' | 'ja';

/** Every language the program speaks (and a bank's text is compiled for). */
export const LANGS: readonly Lang[] = ['en', 'ja'];

/** A plain string, or a map from language code to string. */
export type LocalizedText = string | Readonly<Record<string, string>>;

export type Domain = 1 | 2 | 3 | 4 | 5;
export type Difficulty = 'easy' | 'medium' | 'hard';

export interface Choice {
  readonly text: LocalizedText;
  readonly why: LocalizedText;
  /** For `order` questions always false: the order in the file is the answer. */
  readonly correct: boolean;
}

export interface Question {
  readonly id: string;
  readonly type: QuestionType;
  readonly domain: Domain;
  readonly topics: readonly string[];
  /** SOA-C03 exam-guide skill keys (`"5.2.2"`) the question tests; empty when the bank names none. */
  readonly skills: readonly string[];
  /**
   * Part of the course but not of the exam (an ordering item, or an out-of-scope service): asked in
   * drills, quizzes and reviews, never in a mock exam or the readiness estimate.
   */
  readonly courseOnly: boolean;
  readonly prompt: LocalizedText;
  readonly choices: readonly Choice[];
  readonly explanation: LocalizedText;
  readonly references: readonly string[];
  readonly difficulty?: Difficulty;
  readonly lab?: number;
  /** The module of the bank the question came from. */
  readonly module: number;
  /** Position of the question's `id` in its bank file, for messages. */
  readonly at: { readonly line: number; readonly col: number };
}

export interface Bank {
  readonly module: number;
  readonly title: LocalizedText;
  readonly questions: readonly Question[];
  /** Where the bank was read from (for messages only). */
  readonly file: string;
}

/** What the quick commands (due, stats) need of a question: no text. */
export type QuestionSummary = Pick<Question, 'id' | 'module' | 'domain' | 'topics' | 'skills' | 'courseOnly' | 'type' | 'at'>;

export interface BankSummary {
  readonly module: number;
  readonly file: string;
  readonly questions: readonly QuestionSummary[];
}

export function summarize(bank: Bank): BankSummary {
  return {
    module: bank.module,
    file: bank.file,
    questions: bank.questions.map(({ id, module, domain, topics, skills, courseOnly, type, at }) => ({
      id,
      module,
      domain,
      topics,
      skills,
      courseOnly,
      type,
      at,
    })),
  };
}

/** One problem found in a bank, with its position in the source. */
export interface BankProblem {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Dotted path to the offending value, e.g. `questions[3].choices[1].why`; empty for the file. */
  readonly path: string;
  readonly message: string;
}

export function formatProblem(problem: BankProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.col}`;
  return problem.path ? `${where}  ${problem.path}: ${problem.message}` : `${where}  ${problem.message}`;
}

/** The text in the wanted language, falling back to English, then to any language present. */
export function localize(text: LocalizedText, lang: Lang): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text['en'] ?? Object.values(text)[0] ?? '';
}

/**
 * The bank as one language reads it: each text the string `localize` gives for `lang`. A session
 * speaks one language, and reading half the text is half the parse (the built-in banks are 3.6 MB
 * of JSON in both languages); shown in that language, it reads exactly as the whole bank does.
 */
export function inLanguage(bank: Bank, lang: Lang): Bank {
  return {
    ...bank,
    title: localize(bank.title, lang),
    questions: bank.questions.map((q) => ({
      ...q,
      prompt: localize(q.prompt, lang),
      choices: q.choices.map((c) => ({ ...c, text: localize(c.text, lang), why: localize(c.why, lang) })),
      explanation: localize(q.explanation, lang),
    })),
  };
}

/** Every string of a localized text, for checks that apply to all languages. */
export function allTexts(text: LocalizedText): Array<[lang: string, value: string]> {
  return typeof text === 'string' ? [['', text]] : Object.entries(text);
}
