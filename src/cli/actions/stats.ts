import { setFlagsFromString } from 'node:v8';
import { repeatedWrongPicks } from '../../engine/distractors.ts';
import { computeStats } from '../../engine/stats.ts';
import { readScoreView } from '../../store/score-file.ts';
import { choiceTextOf } from '../../ui/bank-text.ts';
import { findLeeches } from '../../engine/leech.ts';
import { activeQuestions } from '../../engine/selection.ts';
import { effectiveSettings } from '../../store/score-types.ts';
import { loadBanks } from '../banks.ts';
import type { StatsOptions } from '../commands/stats.ts';
import type { Context } from '../context.ts';
import { baseScheduler } from '../schedule-setup.ts';
import { studyClock } from '../quick-workspace.ts';

/**
 * Progress at a glance, from the history's summary (per question and per day), never from the
 * answers themselves; the banks are loaded whole (in the language shown) because the
 * repeated-wrong-picks section names the choices.
 */
export async function statsCommand(ctx: Context, options: StatsOptions): Promise<number> {
  // V8 doubles the young generation each time a scavenge finds it busy, up to 16 MB a half: reading
  // a long history's summary grew it to the top, and that capacity (not what stats keeps) was most
  // of its peak memory at 1M answers (98 MiB against 64 at none; 81 with the young generation kept
  // at its first size), for no time saved (measured the same). V8 reads this each time it would
  // grow. Not for the study commands: their start was measured slower with it.
  setFlagsFromString('--semi-space-growth-factor=1');
  const banks = [...(await loadBanks(ctx, ctx.lang))].sort((a, b) => a.module - b.module);
  const questions = banks.flatMap((b) => b.questions);
  const byId = new Map(questions.map((q) => [q.id, q] as const));
  const questionOf = (id: string) => byId.get(id);
  const scores = readScoreView(ctx.dataDir, ctx.now);
  const { settings, suspended } = scores.data;
  const scheduler = baseScheduler(settings);
  const clock = studyClock(ctx.now, effectiveSettings(settings).dayStart);
  // Suspended questions count nowhere (not due, not in progress); they are listed on their own.
  const active = activeQuestions(questions, suspended);
  const stats = computeStats({ questions: active, cards: scores.data.cards, history: scores.summary, scheduler, clock });
  const picks = repeatedWrongPicks(scores.summary, questionOf);
  const leeches = findLeeches(scores.summary, new Set(active.map((q) => q.id)));
  if (options.json) {
    const repeatedWrongPicksJson = picks.map((p) => ({ ...p, text: choiceTextOf(p, questionOf, ctx) }));
    ctx.out.print(JSON.stringify({ ...stats, repeatedWrongPicks: repeatedWrongPicksJson, leeches, suspended }, null, 2));
    return 0;
  }
  // The terminal's layout (and the Unicode tables behind it) only for the text view.
  const [{ renderEnv }, { repeatedPickLines }, { leechAndSuspendedLines, moduleTitleOf, statsLines }] = await Promise.all([
    import('../study.ts'),
    import('../../ui/distractor-view.ts'),
    import('../../ui/stats-view.ts'),
  ]);
  const env = renderEnv(ctx);
  for (const line of statsLines(stats, env, moduleTitleOf(ctx.lang))) ctx.out.print(line);
  const pickLines = repeatedPickLines(picks, questionOf, env);
  if (pickLines.length > 0) for (const line of ['', ...pickLines]) ctx.out.print(line);
  for (const line of leechAndSuspendedLines(leeches, suspended, env)) ctx.out.print(line);
  return 0;
}
