import { repeatedWrongPicks } from '../../engine/distractors.ts';
import { computeStats } from '../../engine/stats.ts';
import { createScheduler } from '../../srs/scheduler.ts';
import { readScoreView } from '../../store/score-file.ts';
import { choiceTextOf, repeatedPickLines } from '../../ui/distractor-view.ts';
import { moduleTitleOf, statsLines } from '../../ui/stats-view.ts';
import { loadBanks } from '../banks.ts';
import { renderEnv } from '../study.ts';
import type { Context } from '../context.ts';
import { studyClock } from '../workspace.ts';

/**
 * Progress at a glance. The answers are read as columns (never built into records); the banks
 * are loaded whole because the repeated-wrong-picks section names the choices.
 */
export async function statsCommand(ctx: Context, options: { json?: boolean }): Promise<void> {
  const banks = [...(await loadBanks(ctx))].sort((a, b) => a.module - b.module);
  const questions = banks.flatMap((b) => b.questions);
  const byId = new Map(questions.map((q) => [q.id, q] as const));
  const questionOf = (id: string) => byId.get(id);
  const scores = readScoreView(ctx.dataDir, ctx.now);
  const scheduler = createScheduler(scores.data.settings.requestRetention);
  const stats = computeStats({ questions, cards: scores.data.cards, answers: scores.answers, scheduler, clock: studyClock(ctx.now) });
  const picks = repeatedWrongPicks(scores.answers, questionOf);
  if (options.json) {
    const repeatedWrongPicksJson = picks.map((p) => ({ ...p, text: choiceTextOf(p, questionOf, ctx) }));
    ctx.out.print(JSON.stringify({ ...stats, repeatedWrongPicks: repeatedWrongPicksJson }, null, 2));
    return;
  }
  const env = renderEnv(ctx);
  for (const line of statsLines(stats, env, moduleTitleOf(ctx.lang))) ctx.out.print(line);
  const pickLines = repeatedPickLines(picks, questionOf, env);
  if (pickLines.length > 0) for (const line of ['', ...pickLines]) ctx.out.print(line);
}
