import { cueViolations, CUE_LIMITS, measureCues, type CueRate } from '../../bank/cues.ts';
import { formatProblem } from '../../bank/types.ts';
import { QuizError } from '../../errors.ts';
import { sanitizeLine } from '../../ui/sanitize.ts';
import { messages } from '../../ui/messages.ts';
import { table } from '../../ui/table.ts';
import { loadBanksFrom } from '../banks.ts';
import type { ValidateOptions } from '../commands/validate.ts';
import type { Context } from '../context.ts';
import { resolve } from 'node:path';

/**
 * Prints every problem and a summary; with `cues`, also how often surface-reading guessers find
 * the keys. The exit code is 0 when clean (and, with `cues`, every rate within its limit), else 1.
 */
export async function validateCommand(ctx: Context, options: ValidateOptions, paths: readonly string[]): Promise<number> {
  const targets = paths.length > 0 ? paths.map((p) => resolve(ctx.io.cwd, p)) : ctx.bankPaths;
  // Each file checked and released before the next; only the cue measures need every question at once.
  const loaded = await loadBanksFrom(ctx, targets, options.cues ? 'full' : 'check');
  // Checking nothing is not a pass: a folder without banks is most likely the wrong folder.
  if (loaded.files === 0)
    throw new QuizError('BANK_NOT_FOUND', {
      en: `no bank file (*.yaml or *.yml) in ${paths.length > 0 ? paths.join(', ') : 'the banks given'}`,
      ja: `${paths.length > 0 ? paths.join('、') : '指定したバンク'} に問題バンクのファイル (*.yaml、*.yml) がありません`,
    });
  const questions = loaded.summaries.reduce((sum, bank) => sum + bank.questions.length, 0);
  const cues = options.cues ? measureCues(loaded.banks.flatMap((b) => b.questions)) : undefined;
  const cuesOver = cues ? cueViolations(cues) : [];
  const ok = loaded.problems.length === 0 && cuesOver.length === 0;
  const hidden = loaded.more.reduce((sum, m) => sum + (m.count ?? 0), 0);
  const uncounted = loaded.more.some((m) => m.count === null);
  if (options.json) {
    // File names and messages come from outside: sanitized here as on the terminal (JSON.stringify
    // escapes C0 controls but lets C1 controls and bidi overrides through).
    const problems = loaded.problems.map((p) => ({ ...p, file: sanitizeLine(p.file), path: sanitizeLine(p.path), message: sanitizeLine(p.message) }));
    const more = loaded.more.map((m) => ({ file: sanitizeLine(m.file), count: m.count }));
    ctx.out.print(JSON.stringify({ ok, files: loaded.files, questions, problems, more, ...(cues ? { cues, cueLimits: CUE_LIMITS } : {}) }, null, 2));
    return ok ? 0 : 1;
  }
  const say = messages(ctx.lang);
  for (const problem of loaded.problems) ctx.err.print(sanitizeLine(formatProblem(problem)));
  for (const m of loaded.more) ctx.err.print(sanitizeLine(`${m.file}  ${say.validateMore(m.count)}`));
  if (cues) for (const line of cueLines(ctx, cues, cuesOver.length)) ctx.out.print(line);
  if (loaded.problems.length === 0) ctx.out.print(ctx.out.style.green('✔ ') + say.validateClean(loaded.files, questions));
  else ctx.err.print(ctx.err.style.red('✖ ') + say.validateProblems(`${loaded.problems.length + hidden}${uncounted ? '+' : ''}`, loaded.files));
  return ok ? 0 : 1;
}

function cueLines(ctx: Context, cues: readonly CueRate[], over: number): string[] {
  const say = messages(ctx.lang);
  const { style } = ctx.out;
  const pct = (rate: number, limit: number) => {
    const text = `${(100 * rate).toFixed(1)} %`;
    return rate > limit ? style.red(`${text} ✖`) : text;
  };
  const first = cues[0];
  const rows = cues.map((c) => [
    c.guesser,
    pct(c.single.rate, CUE_LIMITS.single),
    pct(c.multiple.rate, CUE_LIMITS.multiple),
    String(c.single.certain.length + c.multiple.certain.length),
  ]);
  return [
    style.bold(say.cuesTitle(first?.single.questions ?? 0, first?.multiple.questions ?? 0)),
    ...table([say.cuesHeader.map((h) => style.bold(h)), ...rows], ['left', 'right', 'right', 'right']),
    say.cuesLimits(`${100 * CUE_LIMITS.single} %`, `${100 * CUE_LIMITS.multiple} %`),
    ...(over > 0 ? [style.red(say.cuesOver(over))] : []),
    '',
  ];
}
