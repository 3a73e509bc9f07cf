/** Loading the banks a command works on; an invalid bank stops the command with every problem. */
import { QuizError } from '../errors.ts';
import { formatProblem, type Bank } from '../bank/types.ts';
import { collectBankFiles, loadBankFiles, type LoadedBanks } from '../store/bank-files.ts';
import type { Context } from './context.ts';

export function loadBanksFrom(ctx: Context, paths: readonly string[]): LoadedBanks {
  return loadBankFiles(collectBankFiles(paths), ctx.io.cwd);
}

export function loadBanks(ctx: Context): readonly Bank[] {
  const loaded = loadBanksFrom(ctx, ctx.bankPaths);
  if (loaded.problems.length > 0) {
    const first = loaded.problems[0];
    throw new QuizError(
      'BANK_INVALID',
      `invalid question bank (${loaded.problems.length} problem(s)); run "cloudops-quiz validate" for the list`,
      first ? [formatProblem(first)] : [],
    );
  }
  return loaded.banks;
}
