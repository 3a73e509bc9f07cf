/**
 * `optimize`: fit FSRS-6 to the person's history, judge the fit on the newest answers it never
 * saw, and adopt it only when it predicts them better than the defaults (srs/fit-decision.ts).
 * The parameters live in the settings; cards keep their due dates unless `--reschedule` asks for
 * every schedule to be rebuilt from the history with the parameters in use.
 */
import { decideFit, MIN_REVIEWS, type OptimizeReport } from '../../srs/fit-decision.ts';
import { measureFit } from '../../srs/fit-metrics.ts';
import { reviewItems, splitByTime } from '../../srs/review-history.ts';
import { ScoreFile } from '../../store/score-file.ts';
import { effectiveSettings, type Settings } from '../../store/score-types.ts';
import { activeQuestions } from '../../engine/selection.ts';
import { optimizeLines } from '../../ui/optimize-view.ts';
import { loadQuestionSummaries } from '../banks.ts';
import type { OptimizeOptions } from '../commands/optimize.ts';
import { changedSettings } from '../../store/settings-change.ts';
import type { Context } from '../context.ts';
import { fitParameters } from '../fsrs-optimizer.ts';
import { rescheduleAll } from '../schedule-setup.ts';
import { renderEnv } from '../study.ts';
import { studyClock } from '../workspace.ts';

function sameParameters(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((w, i) => w === b[i]));
}

function withParameters(settings: Settings, parameters: readonly number[] | undefined): Settings {
  const { fsrsParameters: _dropped, ...rest } = settings;
  return parameters ? { ...rest, fsrsParameters: [...parameters] } : rest;
}

export async function optimizeCommand(ctx: Context, options: OptimizeOptions): Promise<number> {
  const store = ScoreFile.open(ctx.dataDir, ctx.now);
  const items = reviewItems(store.history());
  const before = store.data.settings.fsrsParameters;
  let report: OptimizeReport;
  if (options.reset) {
    report = { ...emptyReport(items.length), decision: 'reset', changed: before !== undefined };
  } else if (items.length < MIN_REVIEWS) {
    report = { ...emptyReport(items.length), decision: 'too-little-history', parameters: before ?? null };
  } else {
    const { train, test } = splitByTime(items);
    const parameters = await fitParameters(train);
    const fit = { parameters, defaults: measureFit(test), fitted: measureFit(test, parameters) };
    const decision = decideFit(fit.defaults, fit.fitted);
    const after = decision === 'adopt' ? fit.parameters : undefined;
    report = {
      ...emptyReport(items.length),
      decision,
      changed: !sameParameters(before, after),
      train: train.length,
      test: test.length,
      metrics: { defaults: fit.defaults, fitted: fit.fitted },
      fitted: fit.parameters,
      parameters: after ?? null,
    };
  }
  if (report.changed) {
    store.record([
      { k: 'settings', settings: changedSettings(store.data.settings, withParameters(store.data.settings, report.parameters ?? undefined), ctx.now) },
    ]);
    store.checkpoint(ctx.now);
  }
  if (options.reschedule) {
    const counted = activeQuestions(await loadQuestionSummaries(ctx), store.data.suspended).map((q) => q.id);
    const clock = studyClock(ctx.now, effectiveSettings(store.data.settings).dayStart);
    report = { ...report, rescheduled: rescheduleAll(store, counted, clock) };
  }
  if (options.json) ctx.out.print(JSON.stringify(report, null, 2));
  else for (const line of optimizeLines(report, renderEnv(ctx))) ctx.out.print(line);
  return 0;
}

function emptyReport(reviews: number): OptimizeReport {
  return {
    decision: 'reset',
    changed: false,
    reviews,
    minimumReviews: MIN_REVIEWS,
    train: 0,
    test: 0,
    metrics: null,
    fitted: null,
    parameters: null,
    rescheduled: null,
  };
}
