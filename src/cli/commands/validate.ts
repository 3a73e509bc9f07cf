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
  const hidden = loaded.more.reduce((sum, m) => sum + (m.count ?? 0), 0);
  const uncounted = loaded.more.some((m) => m.count === null);
  if (options.json) {
    // File names and messages come from outside: sanitized here as on the terminal (JSON.stringify
    // escapes C0 controls but lets C1 controls and bidi overrides through).
    const problems = loaded.problems.map((p) => ({ ...p, file: sanitizeLine(p.file), path: sanitizeLine(p.path), message: sanitizeLine(p.message) }));
    const more = loaded.more.map((m) => ({ file: sanitizeLine(m.file), count: m.count }));
    ctx.out.print(JSON.stringify({ ok, files: loaded.files, questions, problems, more }, null, 2));
    return ok ? 0 : 1;
  }
  const say = messages(ctx.lang);
  for (const problem of loaded.problems) ctx.err.print(sanitizeLine(formatProblem(problem)));
  for (const m of loaded.more) ctx.err.print(sanitizeLine(`${m.file}  ${say.validateMore(m.count)}`));
  if (ok) ctx.out.print(ctx.out.style.green('✔ ') + say.validateClean(loaded.files, questions));
  else ctx.err.print(ctx.err.style.red('✖ ') + say.validateProblems(`${loaded.problems.length + hidden}${uncounted ? '+' : ''}`, loaded.files));
  return ok ? 0 : 1;
}
