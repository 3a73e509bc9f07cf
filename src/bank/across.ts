/** The check across bank files, kept apart from the YAML and schema code so cached loads skip those. */
import type { BankProblem, BankSummary } from './types.ts';

/** Ids must be unique across all banks: progress is keyed on them. */
export function checkAcrossBanks(banks: readonly Pick<BankSummary, 'file' | 'questions'>[]): BankProblem[] {
  const firstSeen = new Map<string, string>();
  const problems: BankProblem[] = [];
  for (const bank of banks) {
    bank.questions.forEach((question, index) => {
      const other = firstSeen.get(question.id);
      if (other !== undefined) {
        problems.push({ file: bank.file, ...question.at, path: `questions[${index}].id`, message: `id "${question.id}" is also used in ${other}` });
      } else firstSeen.set(question.id, `${bank.file}:${question.at.line}`);
    });
  }
  return problems;
}
