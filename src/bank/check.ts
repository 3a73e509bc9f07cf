/**
 * One bank file's text → a typed Bank or a list of positioned problems; and the checks across
 * files (ids unique over every bank). Pure: the caller reads the files.
 */
import { bankSchema, type BankInput } from './schema.ts';
import { MAX_PROBLEMS_PER_FILE, MAX_QUESTIONS_PER_FILE } from './limits.ts';
import { checkBankRules } from './rules.ts';
import { parseYamlSource, type PathSegment } from './yaml-source.ts';
import type { Bank, BankProblem, Question } from './types.ts';

export interface CheckedBank {
  readonly bank?: Bank;
  readonly problems: readonly BankProblem[];
  /** Problems found but not listed (only positions of the first few are looked up); null: more, not counted. */
  readonly more?: number | null;
}

/** The module number a file name claims (`09-monitoring.yaml` → 9), if any. */
export function moduleFromFileName(file: string): number | undefined {
  const base = file.split(/[\\/]/).pop() ?? file;
  const match = /^(\d{2})-/.exec(base);
  return match ? Number(match[1]) : undefined;
}

export function checkBankText(text: string, file: string): CheckedBank {
  const source = parseYamlSource(text);
  const at = (offset: number, path: readonly PathSegment[], message: string): BankProblem => {
    const { line, col } = source.lineCol(offset);
    return { file, line, col, path: formatPath(path), message };
  };
  if (source.problems.length > 0) {
    const problems = source.problems.map((p) => at(p.offset, p.path, p.message));
    return source.stopped ? { problems, more: null } : { problems };
  }
  const questions = (source.value as { questions?: unknown } | null)?.questions;
  if (Array.isArray(questions) && questions.length > MAX_QUESTIONS_PER_FILE) {
    return {
      problems: [
        at(source.offsetOf(['questions']), ['questions'], `more than ${MAX_QUESTIONS_PER_FILE} questions in one file; split the bank into several files`),
      ],
    };
  }
  const parsed = bankSchema.safeParse(source.value);
  if (!parsed.success) {
    // Positions are looked up only for the problems that can be shown.
    const problems = parsed.error.issues.slice(0, MAX_PROBLEMS_PER_FILE).map((issue) => {
      // An unknown key is best pointed at by the key itself.
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;
      const segments = path.filter((s): s is PathSegment => typeof s !== 'symbol');
      return at(source.offsetOf(segments), segments, issue.message);
    });
    const more = parsed.error.issues.length - problems.length;
    return more > 0 ? { problems: sortProblems(problems), more } : { problems: sortProblems(problems) };
  }
  const ruleProblems = checkBankRules(parsed.data, moduleFromFileName(file));
  if (ruleProblems.length > 0) {
    return { problems: sortProblems(ruleProblems.map((p) => at(source.offsetOf(p.path), p.path, p.message))) };
  }
  return { bank: toBank(parsed.data, file, (q) => source.lineCol(source.offsetOf(['questions', q, 'id']))), problems: [] };
}

function toBank(input: BankInput, file: string, lineOf: (index: number) => Question['at']): Bank {
  const questions: Question[] = input.questions.map((q, index) => ({
    id: q.id,
    type: q.type,
    domain: q.domain as Question['domain'],
    topics: q.topics,
    skills: q.skills ?? [],
    courseOnly: q.courseOnly === true,
    prompt: q.prompt,
    choices: q.choices.map((c) => ({ text: c.text, why: c.why, correct: c.correct === true })),
    explanation: q.explanation,
    references: q.references,
    ...(q.difficulty ? { difficulty: q.difficulty } : {}),
    ...(q.lab ? { lab: q.lab } : {}),
    module: input.module,
    at: lineOf(index),
  }));
  return { module: input.module, title: input.title, questions, file };
}

function formatPath(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function sortProblems(problems: BankProblem[]): BankProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}
