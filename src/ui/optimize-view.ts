/** The `optimize` screen: the history used, both sets of parameters measured, the decision. */
import type { OptimizeReport } from '../srs/fit-decision.ts';
import type { RenderEnv } from './render-env.ts';
import { table } from './table.ts';
import { hanging, wrap } from './width.ts';

/** The parameters as `config` and `optimize` show them: four decimals, or the word for defaults. */
export function parametersText(parameters: readonly number[] | null | undefined, say: RenderEnv['say']): string {
  return parameters ? parameters.map((w) => w.toFixed(4)).join(', ') : say.parametersDefault;
}

export function optimizeLines(report: OptimizeReport, env: RenderEnv): string[] {
  const { say, style } = env;
  const lines: string[] = [];
  const say3 = (n: number) => n.toFixed(4);
  if (report.decision === 'reset') lines.push(wrap(say.optimizeReset, env.width));
  else if (report.decision === 'too-little-history') lines.push(wrap(say.optimizeTooLittle(report.reviews, report.minimumReviews), env.width));
  else if (report.metrics) {
    lines.push(wrap(say.optimizeHistory(report.reviews, report.train, report.test), env.width), '');
    const { defaults, fitted } = report.metrics;
    lines.push(
      ...table(
        [
          say.optimizeHeader.map((h) => style.bold(h)),
          [say.optimizeDefaults, say3(defaults.logLoss), say3(defaults.rmseBins)],
          [say.optimizeFitted, say3(fitted.logLoss), say3(fitted.rmseBins)],
        ],
        ['left', 'right', 'right'],
      ),
    );
    lines.push(style.dim(wrap(say.optimizeMetricsNote, env.width)), '');
    const verdict = report.decision === 'adopt' ? style.green.bold(wrap(say.optimizeAdopted, env.width)) : style.yellow(wrap(say.optimizeKept, env.width));
    lines.push(verdict);
    if (!report.changed) lines.push(wrap(say.optimizeUnchanged, env.width));
  }
  lines.push(hanging(`${say.optimizeParameters}: `, parametersText(report.parameters, say), env.width));
  if (report.rescheduled !== null) lines.push(wrap(say.optimizeRescheduled(report.rescheduled), env.width));
  else if (report.changed) lines.push(style.dim(wrap(say.optimizeRescheduleHint, env.width)));
  return lines;
}
