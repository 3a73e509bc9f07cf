import { formatProblem } from '../../bank/types.ts';
import { sanitizeLine } from '../../ui/sanitize.ts';
import { messages } from '../../ui/messages.ts';
import { loadBanksFrom } from '../banks.ts';
import type { Context } from '../context.ts';
import { resolve } from 'node:path';

/** Prints every problem and a summary; the exit code is 0 when clean and 1 when not. */
export async function validateCommand(ctx: Context, paths: readonly string[], options: { json?: boolean }): Promise<number> {
  const targets = paths.length > 0 ? paths.map((p) => resolve(ctx.io.cwd, p)) : ctx.bankPaths;
  const loaded = await loadBanksFrom(ctx, targets);
  const questions = loaded.banks.reduce((sum, bank) => sum + bank.questions.length, 0);
  const ok = loaded.problems.length === 0;
  if (options.json) {
    ctx.out.print(JSON.stringify({ ok, files: loaded.files, questions, problems: loaded.problems }, null, 2));
    return ok ? 0 : 1;
  }
  const say = messages(ctx.lang);
  for (const problem of loaded.problems) ctx.err.print(sanitizeLine(formatProblem(problem)));
  if (ok) ctx.out.print(ctx.out.style.green('✔ ') + say.validateClean(loaded.files, questions));
  else ctx.err.print(ctx.err.style.red('✖ ') + say.validateProblems(loaded.problems.length, loaded.files));
  return ok ? 0 : 1;
}
